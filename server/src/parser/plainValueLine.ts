import { isStringType } from '../model/bytes';
import type { ParseContext, RawLine } from './context';
import { readWholeHexLine } from './hexData';
import type { LineSink } from './lineSink';
import { MAX_VALUE_NAME, newNode, storeDword, storeHexBytes, type PendingHex } from './valueLine';

/** A name without escapes, its closing quote and `=` (no blanks): what exporters write. */
const PLAIN_NAME = /[^"\\\r\n]*"=/y;
/** Eight hex digits after `dword:`, as exporters write them. */
const PLAIN_DWORD = /dword:[0-9a-fA-F]{8}/y;
/** A string whose escapes are all ones regedit knows and accepts (no `\0`, no backslash before the end). */
const PLAIN_STRING = /"(?:[^"\\\r\n]|\\[\\"nr])*"/y;
/** `hex:` or `hex(N):` with one digit. */
const PLAIN_HEX = /hex(?::|\([0-9a-fA-F]\):)/y;

/**
 * Reads a value line of the shape exporters write (`"Name"=` or `@=`, then eight dword digits, a
 * string with known escapes, or hex data in one match, nothing after) into `lines`; returns the hex
 * value it leaves open or null, or undefined (having read nothing) for any other shape, which
 * parseValueLine reads with its diagnostics. For parses that record no tokens and leave data for later
 * (see ParseContext.dataLater): a value line is then a few native matches instead of some thirty calls,
 * which counts most before the JIT compiler has optimised the parse.
 */
export function readPlainValueLine(ctx: ParseContext, line: RawLine, p: number, lines: LineSink): PendingHex | null | undefined {
  const text = ctx.text;
  const end = line.end;
  let eq: number;
  if (text.charCodeAt(p) === 64) {
    eq = p + 1;
    if (text.charCodeAt(eq) !== 61) return undefined;
  } else {
    PLAIN_NAME.lastIndex = p + 1;
    if (!PLAIN_NAME.test(text)) return undefined;
    eq = PLAIN_NAME.lastIndex - 1;
    if (eq > end || eq - p - 2 > MAX_VALUE_NAME) return undefined;
  }
  const r = eq + 1;
  const c = text.charCodeAt(r);
  // Every shape read here runs to the end of the line: so do the data and its span.
  let bodyStart = -1;
  if (c === 100) {
    PLAIN_DWORD.lastIndex = r;
    if (!PLAIN_DWORD.test(text) || PLAIN_DWORD.lastIndex !== end) return undefined;
  } else if (c === 34) {
    PLAIN_STRING.lastIndex = r;
    if (!PLAIN_STRING.test(text) || PLAIN_STRING.lastIndex !== end) return undefined;
  } else if (c === 104) {
    PLAIN_HEX.lastIndex = r;
    if (!PLAIN_HEX.test(text)) return undefined;
    bodyStart = PLAIN_HEX.lastIndex;
  } else {
    return undefined;
  }
  const type = c === 100 ? 4 : c === 34 ? 1 : text.charCodeAt(r + 3) === 58 ? 3 : parseInt(text[r + 4], 16);
  // The hex data last: its bytes may be collected (string types), so nothing may fail after them.
  const bytes = bodyStart >= 0 && isStringType(type) ? ctx.hexBytes : null;
  bytes?.reset();
  const hex = bodyStart >= 0 ? readWholeHexLine(text, bodyStart, end, bytes) : null;
  if (bodyStart >= 0 && hex === null) return undefined;
  const node = newNode(line, p);
  const index = lines.length;
  lines.push(node);
  node.name = eq === p + 1 ? '' : ctx.names.get(text, p + 1, eq - 1);
  node.nameEnd = eq;
  node.type = type;
  node.setData(r, end);
  if (c === 100) {
    node.dataKind = 'dword';
    storeDword(ctx, node, r + 6, end);
  } else if (c === 34) {
    node.dataKind = 'string';
    node.setDataLater(ctx.dataLater!);
  } else {
    node.dataKind = 'hex';
  }
  if (hex === null || hex.kind === 'end') {
    if (hex !== null) storeHexBytes(ctx, node, bytes);
    node.valid = true;
    return null;
  }
  return { node, index, bytes, backslash: hex.backslash, backslashLine: line.number };
}
