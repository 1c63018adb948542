import type { ByteBuffer } from './byteBuffer';
import { isHexDigit, isWs, ParseContext } from './context';
import { ProblemCode } from './errors';
import { TokenKind, TokenList } from './tokens';

export type HexRunResult =
  /** The value is complete. */
  | { kind: 'end'; dataEnd: number }
  /** The line ends with a continuation `\`: the value goes on on the next line. */
  | { kind: 'continue'; dataEnd: number; backslash: number }
  /** regedit rejects the value (a problem has been reported). */
  | { kind: 'error' };

/**
 * Reads a comma-separated hex byte list from `from` to `limit`, the way regedit's
 * convert_hex_csv_to_hex does, appending the bytes to `out`. `what()` starts every message
 * ("regedit ignores this line", "regedit discards the hex value of line 5").
 * On a first line `limit` excludes the trailing whitespace (regedit trims it); on a
 * continuation line it does not, so `01,02,␠` is rejected there as regedit rejects it.
 * (`what` is a function: the words are needed only for a problem, and most lines have none.)
 * With `out` null the bytes are only checked (see ParseContext.dataLater).
 */
export function readHexBytes(ctx: ParseContext, from: number, limit: number, lineEnd: number, out: ByteBuffer | null, what: () => string): HexRunResult {
  const text = ctx.text;
  let s = from;
  let dataEnd = from;
  const tokens = ctx.tokens;
  for (;;) {
    if (s >= limit) return { kind: 'end', dataEnd };
    // Fast path for what exporters write: runs of two hex digits and a comma.
    const fast = readPlainBytes(text, s, tokens, out);
    if (fast > s) {
      s = fast;
      dataEnd = s;
      continue;
    }
    const b = ctx.skipWs(s, limit);
    ctx.emit(TokenKind.Whitespace, s, b);
    if (b >= limit) {
      ctx.report(ProblemCode.BrokenContinuation, s, limit, `${what()}: on a continuation line nothing may follow the last comma (not even spaces)`, {
        fixes: [{ title: 'Remove the trailing whitespace', edits: [{ offset: s, length: limit - s, newText: '' }] }],
      });
      ctx.emit(TokenKind.Invalid, b, lineEnd);
      return { kind: 'error' };
    }
    const c = text.charCodeAt(b);
    if (isHexDigit(c)) {
      let e = b;
      while (e < limit && isHexDigit(text.charCodeAt(e))) e++;
      let digitsStart = b;
      if (c === 48 && e === b + 1 && (text.charCodeAt(e) === 120 || text.charCodeAt(e) === 88) && isHexDigit(text.charCodeAt(e + 1))) {
        // Wine reads bytes with the C number parser, which takes a 0x prefix; the byte is
        // stored as Wine does, and the strict reading adds an error.
        ctx.report(ProblemCode.InvalidHexByte, b, b + 2, `${what().replace(/^regedit (ignore|discard)s/, 'regedit may $1')}: hex bytes are written without a 0x prefix (only Wine accepts it)`, {
          fixes: [{ title: 'Remove the 0x prefix', edits: [{ offset: b, length: 2, newText: '' }] }],
        });
        digitsStart = b + 2;
        e = digitsStart;
        while (e < limit && isHexDigit(text.charCodeAt(e))) e++;
      }
      const value = e - digitsStart > 2 ? parseHexBig(text.slice(digitsStart, e)) : e - digitsStart === 2 ? (hexValue(text.charCodeAt(digitsStart)) << 4) | hexValue(text.charCodeAt(digitsStart + 1)) : hexValue(text.charCodeAt(digitsStart));
      if (value > 0xff) {
        ctx.report(ProblemCode.InvalidHexByte, b, e, `${what()}: a hex byte is at most FF (found ${ctx.excerpt(b, e)})`);
        ctx.emit(TokenKind.Invalid, b, lineEnd);
        return { kind: 'error' };
      }
      ctx.emit(TokenKind.HexByte, b, e);
      out?.push(value);
      dataEnd = e;
      if (e >= limit) return { kind: 'end', dataEnd };
      if (text.charCodeAt(e) === 44) {
        ctx.emit(TokenKind.Comma, e, e + 1);
        dataEnd = e + 1;
        s = e + 1;
        continue;
      }
      const t = ctx.skipWs(e, limit);
      ctx.emit(TokenKind.Whitespace, e, t);
      if (t >= limit) return { kind: 'end', dataEnd };
      const d = text.charCodeAt(t);
      if (d === 59) {
        ctx.emit(TokenKind.Comment, t, lineEnd);
        return { kind: 'end', dataEnd };
      }
      if (d === 44) {
        ctx.report(ProblemCode.SpaceBeforeComma, e, t, `${what()}: no space may come between a hex byte and the following comma`, {
          fixes: [{ title: 'Remove the space', edits: [{ offset: e, length: t - e, newText: '' }] }],
        });
      } else if (d === 92) {
        ctx.report(ProblemCode.BrokenContinuation, e, t + 1, `${what()}: a continuation backslash must follow a comma (write ",\\"); the next line is read as a line of its own`, {
          fixes: [{ title: "Add the comma before '\\'", edits: [{ offset: e, length: t - e, newText: ',' }] }],
        });
      } else if (d === 35) {
        reportHash(ctx, t, lineEnd, what);
      } else if (isWs(text.charCodeAt(e)) && isHexDigit(d)) {
        ctx.report(ProblemCode.InvalidHexByte, e, t + 1, `${what()}: hex bytes must be separated by commas`);
      } else {
        ctx.report(ProblemCode.InvalidHexByte, t, t + 1, `${what()}: "${ctx.excerpt(t, limit, 10)}" is not a hex byte`);
      }
      ctx.emit(TokenKind.Invalid, e, lineEnd);
      return { kind: 'error' };
    }
    if (c === 92) {
      ctx.emit(TokenKind.Continuation, b, b + 1);
      const t = ctx.skipWs(b + 1, lineEnd);
      ctx.emit(TokenKind.Whitespace, b + 1, t);
      if (t >= lineEnd || text.charCodeAt(t) === 59) {
        ctx.emit(TokenKind.Comment, t, lineEnd);
        return { kind: 'continue', dataEnd: b + 1, backslash: b };
      }
      if (text.charCodeAt(t) === 35) reportHash(ctx, t, lineEnd, what);
      else ctx.report(ProblemCode.BrokenContinuation, t, lineEnd, `${what()}: only a ';' comment may follow the continuation backslash`);
      ctx.emit(TokenKind.Invalid, t, lineEnd);
      return { kind: 'error' };
    }
    if (c === 59) {
      ctx.emit(TokenKind.Comment, b, lineEnd);
      return { kind: 'end', dataEnd };
    }
    if (c === 44) {
      ctx.report(ProblemCode.EmptyHexElement, b, b + 1, `${what()}: empty element in the byte list (a comma with no byte before it)`, {
        fixes: [{ title: 'Remove the extra comma', edits: [{ offset: b, length: 1, newText: '' }] }],
      });
    } else if (c === 35) {
      reportHash(ctx, b, lineEnd, what);
    } else {
      ctx.report(ProblemCode.InvalidHexByte, b, b + 1, `${what()}: "${ctx.excerpt(b, limit, 10)}" is not a hex byte`);
    }
    ctx.emit(TokenKind.Invalid, b, lineEnd);
    return { kind: 'error' };
  }
}

function reportHash(ctx: ParseContext, at: number, lineEnd: number, what: () => string): void {
  ctx.report(ProblemCode.HashComment, at, lineEnd, `${what()}: '#' does not start a comment after data (only ';' does)`, {
    fixes: [{ title: "Use ';' for the comment", edits: [{ offset: at, length: 1, newText: ';' }] }],
  });
}

function parseHexBig(digits: string): number {
  const significant = digits.replace(/^0+/, '');
  return significant.length > 8 ? Number.MAX_SAFE_INTEGER : parseInt(significant || '0', 16);
}

/** Value of a hex digit character code, or -1. */
function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** `hh,` elements, as many as follow: regular expressions run as native code, a character loop does not. */
const PLAIN_BYTES = /(?:[0-9a-fA-F]{2},)*/y;

/**
 * Reads `hh,` elements from `s` as long as they come, emitting their tokens and (when `out` is
 * set) their bytes; returns where it stopped. The run cannot pass `limit`: it holds no blank, NUL
 * or line break, and `limit` is the end of the line or of its trimmed text.
 */
function readPlainBytes(text: string, s: number, tokens: TokenList | null, out: ByteBuffer | null): number {
  PLAIN_BYTES.lastIndex = s;
  PLAIN_BYTES.test(text);
  const end = PLAIN_BYTES.lastIndex;
  if (tokens !== null) for (let i = s; i < end; i += 3) tokens.appendByteAndComma(i);
  if (out !== null) pushPlainBytes(text, s, end, out);
  return end;
}

/** Adds the bytes of already matched `hh,` elements (or `hh,...,hh`) in [from, end) to `out`. */
function pushPlainBytes(text: string, from: number, end: number, out: ByteBuffer): void {
  for (let i = from; i < end; i += 3) out.push((hexValue(text.charCodeAt(i)) << 4) | hexValue(text.charCodeAt(i + 1)));
}

/** A line of hex data as exporters write it: `hh,` elements, then a last byte or the continuation mark. */
const WHOLE_LINE = /(?:[0-9a-fA-F]{2},)*(?:[0-9a-fA-F]{2}|\\)/y;

/**
 * Reads hex data from `from` to `end` in one match when it has the shape exporters write (`hh,`
 * elements ending in `hh` or `\`, nothing after), adding the bytes to `out` when given; returns how
 * the run ends, or null for any other shape, which readHexBytes reads with its diagnostics. For
 * parses that record no tokens: most lines of an export are such lines, and one native match with
 * no call per element is what makes them cheap (also before the JIT compiler has optimised the parse).
 */
export function readWholeHexLine(text: string, from: number, end: number, out: ByteBuffer | null): Exclude<HexRunResult, { kind: 'error' }> | null {
  WHOLE_LINE.lastIndex = from;
  if (!WHOLE_LINE.test(text) || WHOLE_LINE.lastIndex !== end) return null;
  const continued = text.charCodeAt(end - 1) === 92;
  if (out !== null) pushPlainBytes(text, from, continued ? end - 1 : end, out);
  return continued ? { kind: 'continue', dataEnd: end, backslash: end - 1 } : { kind: 'end', dataEnd: end };
}
