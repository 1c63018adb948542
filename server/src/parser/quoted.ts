import type { ParseContext } from './context';

export type QuotedError =
  /** No closing quote before the end of the line. */
  | { kind: 'unterminated'; escapedQuoteAtEnd: boolean }
  /** A backslash is the last character of the line. */
  | { kind: 'backslashAtEnd'; offset: number }
  /** `\0`: regedit rejects the line. */
  | { kind: 'nulEscape'; offset: number };

export interface QuotedResult {
  /** Offset just after the closing quote (or the end of the scanned range on error). */
  readonly end: number;
  readonly value: string;
  readonly error: QuotedError | null;
  /** Offsets of `\x` escapes regedit does not know (the backslash is dropped). */
  readonly unknownEscapes: readonly number[];
}

/**
 * Reads a quoted name or string starting at the `"` at `start`, with regedit's escapes:
 * `\\`, `\"`, `\n`, `\r`; `\0` and a trailing `\` reject the line; any other `\x` is `x`.
 */
const NO_ESCAPES: number[] = [];

export function readQuoted(ctx: ParseContext, start: number, limit: number): QuotedResult {
  const text = ctx.text;
  let i = start + 1;
  let chunkStart = i;
  let parts: string[] | null = null;
  let unknownEscapes: number[] = NO_ESCAPES;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const last = text.slice(chunkStart, i);
      // One join, not join + concatenation: a concatenated string is copied again when first read.
      if (parts) parts.push(last);
      return { end: i + 1, value: parts ? parts.join('') : last, error: null, unknownEscapes };
    }
    if (c !== 92) {
      i++;
      continue;
    }
    if (i + 1 >= limit) return { end: limit, value: '', error: { kind: 'backslashAtEnd', offset: i }, unknownEscapes };
    const next = text.charCodeAt(i + 1);
    parts ??= [];
    parts.push(text.slice(chunkStart, i));
    if (next === 48) return { end: limit, value: '', error: { kind: 'nulEscape', offset: i }, unknownEscapes };
    if (next === 110) parts.push('\n');
    else if (next === 114) parts.push('\r');
    else if (next === 92 || next === 34) parts.push(text[i + 1]);
    else {
      if (unknownEscapes === NO_ESCAPES) unknownEscapes = [];
      unknownEscapes.push(i);
      parts.push(text[i + 1]);
    }
    i += 2;
    chunkStart = i;
  }
  const escapedQuoteAtEnd = limit - start >= 3 && text.charCodeAt(limit - 1) === 34 && text.charCodeAt(limit - 2) === 92;
  return { end: limit, value: '', error: { kind: 'unterminated', escapedQuoteAtEnd }, unknownEscapes };
}
