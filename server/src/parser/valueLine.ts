import type { Fix } from '../findings/types';
import { isStringType } from '../model/bytes';
import type { TextSpan } from '../model/types';
import type { ValueDataKind, ValueLine } from './ast';
import type { ByteBuffer } from './byteBuffer';
import { detachString, indexInRange, isHexDigit, ParseContext, RawLine, type ValueDataSource } from './context';
import { ProblemCode } from './errors';
import { readHexBytes, readWholeHexLine } from './hexData';
import type { LineSink } from './lineSink';
import { readQuoted } from './quoted';
import { TokenKind } from './tokens';

export const MAX_VALUE_NAME = 16383;

const ignoresLine = (): string => 'regedit ignores this line';

/**
 * A value line as the parser fills it in. `bytes` is a view into the arena (see ByteArena); `bytes`
 * and `text` are read on first access when the parse only checked them. A big export keeps one of
 * these per value, and the collector copies each: the bytes, the text and where to read them share
 * one field. (Packing the data kind and validity into one number as well cost more in accessors
 * than it saved the collector: 498 -> 519 ms median for the 32 MB export.)
 */
export class MutableValueLine implements ValueLine {
  get kind(): 'value' {
    return 'value';
  }
  name: string | null = null;
  dataKind: ValueDataKind = 'invalid';
  type = -1;
  valid = false;
  lastLine: number;
  end: number;
  // Spans are kept as numbers and made into objects on access (fewer objects per line).
  nameEnd: number;
  dataStart: number;
  dataEnd: number;
  /** The arena chunk holding the bytes, the unescaped text, where to read either later, or null. */
  private data: Uint8Array | string | ValueDataSource | null = null;
  private byteOffset = 0;
  private byteLength = 0;
  private readonly eolLength: number;

  constructor(
    readonly line: number,
    private readonly lineStart: number,
    private readonly lineEnd: number,
    eolEnd: number,
    readonly contentStart: number,
  ) {
    this.nameEnd = contentStart + 1;
    this.dataStart = lineEnd;
    this.dataEnd = lineEnd;
    this.lastLine = line;
    this.end = lineEnd;
    this.eolLength = eolEnd - lineEnd;
  }

  /** The name (`@` or its opening quote) is the first thing on the line. */
  get nameStart(): number {
    return this.contentStart;
  }

  get span(): TextSpan {
    return { offset: this.lineStart, length: this.lineEnd - this.lineStart };
  }

  get eol(): TextSpan {
    return { offset: this.lineEnd, length: this.eolLength };
  }

  get nameSpan(): TextSpan {
    return { offset: this.nameStart, length: this.nameEnd - this.nameStart };
  }

  get dataSpan(): TextSpan {
    return { offset: this.dataStart, length: this.dataEnd - this.dataStart };
  }

  setData(start: number, end: number): void {
    this.dataStart = start;
    this.dataEnd = end;
  }

  get text(): string | undefined {
    const data = this.data;
    if (typeof data === 'string') return data;
    if (data === null || data instanceof Uint8Array || this.dataKind !== 'string') return undefined;
    return (this.data = data.text(this));
  }

  setText(value: string): void {
    this.data = value;
  }

  get bytes(): Uint8Array | undefined {
    let chunk = this.data;
    if (chunk === null || typeof chunk === 'string') return undefined;
    if (!(chunk instanceof Uint8Array)) {
      if (this.dataKind === 'string') return undefined;
      chunk = chunk.bytes(this);
      this.setBytes(chunk, 0, chunk.length);
    }
    return this.byteOffset === 0 && this.byteLength === chunk.length ? chunk : chunk.subarray(this.byteOffset, this.byteOffset + this.byteLength);
  }

  setBytes(chunk: Uint8Array, offset: number, length: number): void {
    this.data = chunk;
    this.byteOffset = offset;
    this.byteLength = length;
  }

  /** The data (bytes, or a string's text) is to be read from `source` when asked for: the parse only checked it. */
  setDataLater(source: ValueDataSource): void {
    this.data = source;
  }

  /** A copy of this (complete) value line. */
  private copy(): MutableValueLine {
    const moved = new MutableValueLine(this.line, this.lineStart, this.lineEnd, this.lineEnd + this.eolLength, this.contentStart);
    moved.name = this.name;
    moved.type = this.type;
    moved.lastLine = this.lastLine;
    moved.end = this.end;
    moved.nameEnd = this.nameEnd;
    moved.dataStart = this.dataStart;
    moved.dataEnd = this.dataEnd;
    moved.data = this.data;
    moved.byteOffset = this.byteOffset;
    moved.byteLength = this.byteLength;
    moved.dataKind = this.dataKind;
    moved.valid = this.valid;
    return moved;
  }

  /** The same line with strings of its own (see detachString). */
  detached(): MutableValueLine {
    const copy = this.copy();
    copy.name = this.name === null ? null : detachString(this.name);
    const text = this.text;
    if (text !== undefined) copy.data = detachString(text);
    return copy;
  }

  toJSON(): object {
    const { kind, line, span, eol, contentStart, name, nameSpan, dataKind, type, dataSpan, text, valid, lastLine, end } = this;
    return { kind, line, span, eol, contentStart, name, nameSpan, dataKind, type, dataSpan, text, bytes: this.bytes && [...this.bytes], valid, lastLine, end };
  }
}

/** A hex value whose line ended with `,\`: the following lines belong to it. */
export interface PendingHex {
  readonly node: MutableValueLine;
  readonly index: number;
  /** The bytes so far; null when they are not collected (see ParseContext.dataLater). */
  readonly bytes: ByteBuffer | null;
  /** Offset of the last continuation backslash (for the "remove it" fix). */
  backslash: number;
  backslashLine: number;
}

/** How messages name a hex value: the default value, or the hex value "X". */
function hexLabel(ctx: ParseContext, node: MutableValueLine): string {
  return node.name === '' ? 'the default value' : `the hex value "${ctx.excerpt(node.nameStart + 1, node.nameEnd - 1, 40)}"`;
}

export function newNode(line: RawLine, p: number): MutableValueLine {
  return new MutableValueLine(line.number, line.start, line.end, line.eolEnd, p);
}

function reject(ctx: ParseContext, node: MutableValueLine, from: number, line: RawLine, dataKind?: ValueDataKind): MutableValueLine {
  ctx.emit(TokenKind.Invalid, from, line.end);
  node.valid = false;
  if (dataKind) node.dataKind = dataKind;
  return node;
}

/** Parses a line starting (after blanks, at `p`) with `@` or `"` into `lines`; returns the hex value it leaves open, if any. */
export function parseValueLine(ctx: ParseContext, line: RawLine, p: number, lines: LineSink): PendingHex | null {
  const text = ctx.text;
  const node = newNode(line, p);
  const index = lines.length;
  lines.push(node);
  ctx.emit(TokenKind.Whitespace, line.start, p);
  const ignores = 'regedit ignores this line';
  let q: number;
  if (text.charCodeAt(p) === 64) {
    ctx.emit(TokenKind.DefaultName, p, p + 1);
    node.name = '';
    q = p + 1;
  } else {
    const quoted = readQuoted(text, p, line.end, true, ctx.names);
    if (quoted.error) {
      if (quoted.error.kind === 'nulEscape') {
        ctx.report(ProblemCode.NulEscape, quoted.error.offset, quoted.error.offset + 2, `${ignores}: \\0 is not allowed in a value name`);
      } else {
        const why = quoted.error.kind === 'backslashAtEnd' ? 'a value name cannot continue on the next line' : 'the value name has no closing quote';
        ctx.report(ProblemCode.MalformedName, p, line.end, `${ignores}: ${why}`);
      }
      reject(ctx, node, p, line);
      return null;
    }
    ctx.emit(TokenKind.ValueName, p, quoted.end);
    node.name = quoted.value;
    node.nameEnd = quoted.end;
    reportUnknownEscapes(ctx, quoted.unknownEscapes, 'value name');
    q = quoted.end;
  }
  const eq = ctx.skipWs(q, line.end);
  ctx.emit(TokenKind.Whitespace, q, eq);
  if (text.charCodeAt(eq) !== 61) {
    const found = eq >= line.end ? "no '=' follows the value name" : `only spaces may come between the value name and '=' (found "${ctx.excerpt(eq, line.end, 10)}")`;
    ctx.report(ProblemCode.MalformedName, p, line.end, `${ignores}: ${found}`);
    node.name = null;
    reject(ctx, node, eq, line);
    return null;
  }
  ctx.emit(TokenKind.Equals, eq, eq + 1);
  if ((node.name?.length ?? 0) > MAX_VALUE_NAME) {
    ctx.report(ProblemCode.NameTooLong, node.nameStart, node.nameEnd, `regedit cannot store this value: a value name has at most ${MAX_VALUE_NAME} characters (this one has ${node.name?.length})`);
  }
  const r = ctx.skipWs(eq + 1, line.end);
  ctx.emit(TokenKind.Whitespace, eq + 1, r);
  // regedit trims trailing blanks of the first line of a value before reading the data.
  const limit = ctx.trimEnd(r, line.end);
  const pending = parseData(ctx, line, node, r, limit, index);
  ctx.emit(TokenKind.Whitespace, ctx.coveredOr(line.end), line.end);
  if ((node.name?.length ?? 0) > MAX_VALUE_NAME) node.valid = false;
  return pending;
}

function reportUnknownEscapes(ctx: ParseContext, offsets: readonly number[], what: string): void {
  for (const at of offsets) {
    ctx.report(ProblemCode.UnknownEscape, at, at + 2, `regedit drops the backslash of the unknown escape "${ctx.excerpt(at, at + 2)}" in this ${what} (write \\\\ for a backslash)`, {
      fixes: [{ title: 'Escape the backslash', edits: [{ offset: at, length: 1, newText: '\\\\' }] }],
    });
  }
}

/** After the data: blanks, then end of line or a `;` comment; `#` and anything else reject the line. */
function checkTail(ctx: ParseContext, node: MutableValueLine, from: number, limit: number, line: RawLine, what: string): boolean {
  const t = ctx.skipWs(from, limit);
  ctx.emit(TokenKind.Whitespace, from, t);
  if (t >= limit) return true;
  const c = ctx.text.charCodeAt(t);
  if (c === 59) {
    ctx.emit(TokenKind.Comment, t, line.end);
    return true;
  }
  if (c === 35) {
    ctx.report(ProblemCode.HashComment, t, line.end, "regedit ignores this line: '#' does not start a comment after data (only ';' does)", {
      fixes: [{ title: "Use ';' for the comment", edits: [{ offset: t, length: 1, newText: ';' }] }],
    });
  } else {
    ctx.report(ProblemCode.JunkAfterData, t, limit, `regedit ignores this line: only a ';' comment may follow ${what} (found "${ctx.excerpt(t, limit)}")`);
  }
  reject(ctx, node, t, line);
  return false;
}

function parseData(ctx: ParseContext, line: RawLine, node: MutableValueLine, r: number, limit: number, index: number): PendingHex | null {
  const text = ctx.text;
  const ignores = 'regedit ignores this line';
  if (r >= limit) {
    ctx.report(ProblemCode.UnsupportedData, node.contentStart, line.end, `${ignores}: the value has no data after '='`);
    reject(ctx, node, r, line);
    return null;
  }
  const c = text.charCodeAt(r);
  if (c === 34) {
    node.dataKind = 'string';
    node.type = 1;
    const quoted = readQuoted(text, r, limit, ctx.dataLater === null);
    if (quoted.error) {
      reportStringError(ctx, quoted.error, r, limit);
      reject(ctx, node, r, line);
      return null;
    }
    ctx.emit(TokenKind.String, r, quoted.end);
    reportUnknownEscapes(ctx, quoted.unknownEscapes, 'string');
    if (ctx.dataLater === null) node.setText(quoted.value);
    else node.setDataLater(ctx.dataLater);
    node.setData(r, quoted.end);
    node.valid = checkTail(ctx, node, quoted.end, limit, line, 'the closing quote');
    return null;
  }
  if (c === 45) {
    node.dataKind = 'delete';
    ctx.emit(TokenKind.DeleteValue, r, r + 1);
    node.setData(r, r + 1);
    node.valid = checkTail(ctx, node, r + 1, limit, line, "the '-' that deletes a value");
    return null;
  }
  if (text.startsWith('dword:', r)) {
    parseDword(ctx, line, node, r, limit);
    return null;
  }
  if (text.startsWith('hex:', r) || text.startsWith('hex(', r)) return parseHex(ctx, line, node, r, limit, index);
  reportUnsupported(ctx, r, limit);
  reject(ctx, node, r, line);
  return null;
}

function reportStringError(ctx: ParseContext, error: NonNullable<ReturnType<typeof readQuoted>['error']>, r: number, limit: number): void {
  const ignores = 'regedit ignores this line';
  if (error.kind === 'nulEscape') {
    ctx.report(ProblemCode.NulEscape, error.offset, error.offset + 2, `${ignores}: \\0 cannot put a NUL character into a string (use hex(1): or hex(7): data)`);
  } else if (error.kind === 'backslashAtEnd') {
    ctx.report(ProblemCode.UnterminatedString, r, limit, `${ignores}: the string ends with a backslash and has no closing quote (strings cannot continue on the next line)`);
  } else if (error.escapedQuoteAtEnd) {
    ctx.report(ProblemCode.UnterminatedString, r, limit, `${ignores}: the string has no closing quote because the final \\" is an escaped quote (write \\\\ for a backslash)`, {
      fixes: [{ title: 'Escape the final backslash', edits: [{ offset: limit - 2, length: 1, newText: '\\\\' }] }],
    });
  } else {
    ctx.report(ProblemCode.UnterminatedString, r, limit, `${ignores}: the string has no closing quote`, {
      fixes: [{ title: 'Add the closing quote', edits: [{ offset: limit, length: 0, newText: '"' }] }],
    });
  }
}

/** Reports why regedit ignores a dword line (`why` finishes "regedit ignores this line: ...") and rejects it. */
function rejectDword(ctx: ParseContext, node: MutableValueLine, line: RawLine, d: number, start: number, end: number, why: string, fixes?: Fix[]): void {
  ctx.report(ProblemCode.MalformedDword, start, end, `regedit ignores this line: ${why}`, { fixes });
  reject(ctx, node, start < d ? d : start, line);
}

function parseDword(ctx: ParseContext, line: RawLine, node: MutableValueLine, r: number, limit: number): void {
  const text = ctx.text;
  node.dataKind = 'dword';
  node.type = 4;
  ctx.emit(TokenKind.TypePrefix, r, r + 6);
  const d = ctx.skipWs(r + 6, limit);
  ctx.emit(TokenKind.Whitespace, r + 6, d);
  let e = d;
  while (e < limit && isHexDigit(text.charCodeAt(e))) e++;
  const count = e - d;
  if (count === 0) {
    if (d >= limit) return rejectDword(ctx, node, line, d, r, limit, 'dword: has no digits', [{ title: 'Write dword:00000000', edits: [{ offset: r + 6, length: limit - r - 6, newText: '00000000' }] }]);
    if (text.charCodeAt(d) === 59) {
      // Wine stores 0 here; the value is modelled as Wine imports it and the strict reading adds an error.
      ctx.report(ProblemCode.MalformedDword, r, d, 'regedit may ignore this line: dword: has no digits (only Wine reads this as 0)', {
        fixes: [{ title: 'Write dword:00000000', edits: [{ offset: d, length: 0, newText: '00000000' }] }],
      });
      storeDword(ctx, node, d, d);
      node.setData(r, d);
      node.valid = checkTail(ctx, node, d, limit, line, 'the DWORD digits');
      return;
    }
    return rejectDword(ctx, node, line, d, d, limit, `a DWORD is 1 to 8 hex digits (found "${ctx.excerpt(d, limit)}")`);
  }
  if (count === 1 && text.charCodeAt(d) === 48 && (text.charCodeAt(e) === 120 || text.charCodeAt(e) === 88)) {
    let f = e + 1;
    while (f < limit && isHexDigit(text.charCodeAt(f))) f++;
    const fixes = f - e - 1 >= 1 && f - e - 1 <= 8 ? [{ title: 'Remove the 0x prefix', edits: [{ offset: d, length: 2, newText: '' }] }] : undefined;
    return rejectDword(ctx, node, line, d, d, f, 'a DWORD is written in hex without a 0x prefix', fixes);
  }
  if (count > 8) {
    const significant = text.slice(d, e).replace(/^0+(?=.)/, '');
    const fixes = significant.length <= 8 ? [{ title: `Write dword:${significant.padStart(8, '0')}`, edits: [{ offset: d, length: count, newText: significant.padStart(8, '0') }] }] : undefined;
    return rejectDword(ctx, node, line, d, d, e, `a DWORD has at most 8 hex digits (found ${count})`, fixes);
  }
  ctx.emit(TokenKind.DwordDigits, d, e);
  const t = ctx.skipWs(e, limit);
  if (t < limit && t > e && isHexDigit(text.charCodeAt(t))) return rejectDword(ctx, node, line, d, d, limit, 'a DWORD cannot contain spaces');
  if (t < limit && text.charCodeAt(t) !== 59 && text.charCodeAt(t) !== 35) {
    return rejectDword(ctx, node, line, d, e, limit, `only a ';' comment may follow the DWORD digits (found "${ctx.excerpt(t, limit)}")`);
  }
  storeDword(ctx, node, d, e);
  node.setData(r, e);
  node.valid = checkTail(ctx, node, e, limit, line, 'the DWORD digits');
}

/** The DWORD written with the hex digits in [start, end): 0 when there are none (`dword:;`, read as Wine does). */
export function dwordValue(text: string, start: number, end: number): number {
  return start < end ? parseInt(text.slice(start, end), 16) >>> 0 : 0;
}

/** Gives a dword value the bytes of the digits in [start, end), or where to read them later (see DataRereader). */
export function storeDword(ctx: ParseContext, node: MutableValueLine, start: number, end: number): void {
  if (ctx.dataLater !== null) node.setDataLater(ctx.dataLater);
  else node.setBytes(ctx.arena.storeDword(dwordValue(ctx.text, start, end)), ctx.arena.lastOffset, 4);
}

function parseHex(ctx: ParseContext, line: RawLine, node: MutableValueLine, r: number, limit: number, index: number): PendingHex | null {
  const text = ctx.text;
  const ignores = 'regedit ignores this line';
  node.dataKind = 'hex';
  let bodyStart: number;
  if (text.charCodeAt(r + 3) === 58) {
    node.type = 3;
    bodyStart = r + 4;
  } else if (isHexDigit(text.charCodeAt(r + 4)) && text.charCodeAt(r + 5) === 41 && text.charCodeAt(r + 6) === 58) {
    // One digit, as exporters write the type: no slices, no regular expression.
    node.type = parseInt(text[r + 4], 16);
    bodyStart = r + 7;
  } else {
    // Wine tolerates blanks before N (not after); the type is read as Wine reads it, with an error.
    const n = ctx.skipWs(r + 4, limit);
    let j = n;
    while (j < limit && isHexDigit(text.charCodeAt(j))) j++;
    const digits = text.slice(n, j);
    const significant = digits.replace(/^0+(?=.)/, '');
    const closeOk = text.charCodeAt(j) === 41 && text.charCodeAt(j + 1) === 58;
    if (digits.length === 0 || !closeOk || significant.length > 8) {
      const close = indexInRange(text, 41, r, limit);
      const end = close >= 0 ? Math.min(close + 2, limit) : limit;
      const why = digits.length === 0
        ? `the type in hex(...) must be hex digits without a prefix or spaces (found "${ctx.excerpt(r, end)}")`
        : significant.length > 8
          ? 'the type in hex(...) is at most ffffffff'
          : text.charCodeAt(j) !== 41 ? `the type in hex(...) must be hex digits (found "${ctx.excerpt(r, end)}")` : "hex(N) must be followed directly by ':'";
      const fixes = /^hex\((0x|0X|x)[0-9a-fA-F]{1,8}\):/.test(text.slice(r, limit))
        ? [{ title: 'Remove the 0x prefix', edits: [{ offset: r + 4, length: text.slice(r + 4, r + 6).toLowerCase() === '0x' ? 2 : 1, newText: '' }] }]
        : undefined;
      ctx.report(ProblemCode.InvalidHexType, r, end, `${ignores}: ${why}`, { fixes });
      reject(ctx, node, r, line);
      return null;
    }
    node.type = parseInt(significant, 16) >>> 0;
    bodyStart = j + 2;
    if (n > r + 4) {
      ctx.report(ProblemCode.InvalidHexType, r, bodyStart, `regedit may ignore this line: no blank may come inside hex(...) (only Wine accepts it)`, {
        fixes: [{ title: 'Remove the blank', edits: [{ offset: r + 4, length: n - r - 4, newText: '' }] }],
      });
    }
  }
  ctx.emit(TokenKind.TypePrefix, r, bodyStart);
  // String types are collected all the same: the model converts their bytes right away.
  const bytes = ctx.dataLater === null || isStringType(node.type) ? ctx.hexBytes : null;
  bytes?.reset();
  const result = (ctx.tokens === null ? readWholeHexLine(text, bodyStart, limit, bytes) : null) ?? readHexBytes(ctx, bodyStart, limit, line.end, bytes, ignoresLine);
  node.setData(r, bodyStart);
  if (result.kind === 'error') {
    reject(ctx, node, ctx.coveredOr(line.end), line);
    return null;
  }
  node.setData(r, Math.max(bodyStart, result.dataEnd));
  if (result.kind === 'end') {
    storeHexBytes(ctx, node, bytes);
    node.valid = true;
    return null;
  }
  return { node, index, bytes, backslash: result.backslash, backslashLine: line.number };
}

/** Completes a pending hex value (continuations over, or end of file). */
export function completeHex(ctx: ParseContext, pending: PendingHex, valid: boolean): void {
  pending.node.valid = valid;
  if (valid) storeHexBytes(ctx, pending.node, pending.bytes);
}

/** Gives a complete, valid hex value its bytes: the ones collected, or where to read them later. */
export function storeHexBytes(ctx: ParseContext, node: MutableValueLine, bytes: ByteBuffer | null): void {
  if (bytes === null) {
    if (ctx.dataLater !== null) node.setDataLater(ctx.dataLater);
    return;
  }
  const stored = ctx.arena.storeBuffer(bytes);
  node.setBytes(stored.chunk, stored.offset, bytes.length);
}

/**
 * Reads one line while a hex value continues, into `lines`; true when the value is complete. Blank and `;` lines are skipped; a line
 * starting with a hex digit continues the bytes; anything else makes regedit discard the
 * value and swallow that line.
 */
export function continueHex(ctx: ParseContext, line: RawLine, pending: PendingHex, lines: LineSink): boolean {
  const text = ctx.text;
  const p = ctx.skipWs(line.start, line.end);
  ctx.emit(TokenKind.Whitespace, line.start, p);
  const node = pending.node;
  if (p >= line.end || text.charCodeAt(p) === 59) {
    ctx.emit(TokenKind.Comment, p, line.end);
    lines.pushContinuation(line.start, line.end, line.eolEnd, p, pending.index, 'skipped');
    return false;
  }
  node.lastLine = line.number;
  node.end = line.end;
  if (isHexDigit(text.charCodeAt(p))) {
    const result = (ctx.tokens === null ? readWholeHexLine(text, p, line.end, pending.bytes) : null)
      ?? readHexBytes(ctx, p, line.end, line.end, pending.bytes, () => `regedit discards ${hexLabel(ctx, node)} (line ${node.line})`);
    lines.pushContinuation(line.start, line.end, line.eolEnd, p, pending.index, 'data');
    if (result.kind === 'error') {
      completeHex(ctx, pending, false);
      return true;
    }
    node.setData(node.dataStart, result.dataEnd);
    if (result.kind === 'continue') {
      pending.backslash = result.backslash;
      pending.backslashLine = line.number;
      return false;
    }
    completeHex(ctx, pending, true);
    return true;
  }
  ctx.emit(TokenKind.Invalid, p, line.end);
  const hash = text.charCodeAt(p) === 35;
  const message = hash
    ? `regedit discards ${hexLabel(ctx, node)} (line ${node.line}) and this line: a '#' line inside a hex continuation ends the value (use ';' for comments)`
    : `regedit swallows this line: ${hexLabel(ctx, node)} on line ${node.line} ends with ',\\', so this line is read as its continuation; the value and this line are both discarded`;
  const fixes: Fix[] = hash
    ? [{ title: "Use ';' for the comment", edits: [{ offset: p, length: 1, newText: ';' }] }]
    : [{ title: `Remove the continuation backslash on line ${pending.backslashLine}`, edits: [{ offset: pending.backslash, length: 1, newText: '' }] }];
  ctx.report(ProblemCode.BrokenContinuation, p, line.end, message, {
    fixes,
    related: [{ offset: node.contentStart, length: node.span.offset + node.span.length - node.contentStart, message: 'the hex value that is discarded' }],
  });
  completeHex(ctx, pending, false);
  lines.pushContinuation(line.start, line.end, line.eolEnd, p, pending.index, 'swallowed');
  return true;
}

function reportUnsupported(ctx: ParseContext, r: number, limit: number): void {
  const text = ctx.text;
  const rhs = text.slice(r, limit);
  const ignores = 'regedit ignores this line';
  const at = (why: string, fixes?: Fix[]): void => ctx.report(ProblemCode.UnsupportedData, r, limit, `${ignores}: ${why}`, { fixes });
  const lowerPrefix = /^(dword:|hex:|hex\()/i.exec(rhs);
  if (lowerPrefix) {
    const word = lowerPrefix[1];
    return at(`the type keyword is lower case (write ${word.toLowerCase()} instead of ${word})`, [
      { title: `Write ${word.toLowerCase()}`, edits: [{ offset: r, length: word.length, newText: word.toLowerCase() }] },
    ]);
  }
  const qword = /^qword:\s*([0-9a-fA-F]{1,16})\s*$/i.exec(rhs);
  if (/^qword:/i.test(rhs)) {
    const fixes = qword ? [{ title: 'Write it as hex(b): (8 little-endian bytes)', edits: [{ offset: r, length: limit - r, newText: `hex(b):${qwordBytes(qword[1])}` }] }] : undefined;
    return at('there is no qword: type; a REG_QWORD is written as hex(b): followed by 8 little-endian bytes', fixes);
  }
  if (/^str(\(\d+\))?:/i.test(rhs)) return at('str: data is not supported (only Wine once read it); use "..." for REG_SZ or hex(2): for REG_EXPAND_SZ');
  if (/^\\/.test(rhs)) return at('the data starts with a backslash, so it is not a string (a string starts with ")');
  if (rhs.startsWith('#')) return at("the value has no data ('#' does not start a comment)");
  if (rhs.startsWith(';')) return at('the value has no data before the comment');
  if (/^hex/.test(rhs)) return at(`"${ctx.excerpt(r, limit)}" is not hex: or hex(N):`);
  return at(`unknown data "${ctx.excerpt(r, limit)}" (expected "string", dword:, hex:, hex(N): or -)`);
}

function qwordBytes(digits: string): string {
  const padded = digits.padStart(16, '0');
  const out: string[] = [];
  for (let i = 14; i >= 0; i -= 2) out.push(padded.slice(i, i + 2).toLowerCase());
  return out.join(',');
}
