import type { NameTable } from './nameTable';

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
  /** The unescaped text ('' on error, or when it was not asked for). */
  readonly value: string;
  readonly error: QuotedError | null;
  /** Offsets of `\x` escapes regedit does not know (the backslash is dropped). */
  readonly unknownEscapes: readonly number[];
}

const NO_ESCAPES: number[] = [];
/** An escape: the character after the backslash stands for itself (`\\`, `\"`, unknown escapes)... */
const ESCAPE = /\\(.)/gs;
/** ...except `\n` and `\r`. */
const unescapeOne = (_: string, c: string): string => (c === 'n' ? '\n' : c === 'r' ? '\r' : c);

/**
 * Reads a quoted name or string starting at the `"` at `start`, with regedit's escapes:
 * `\\`, `\"`, `\n`, `\r`; `\0` and a trailing `\` reject the line; any other `\x` is `x`.
 * With `unescape` false the quotes are only checked (the text is read again when asked for); a text
 * without escapes comes from `names` when it is given.
 */
export function readQuoted(text: string, start: number, limit: number, unescape = true, names?: NameTable): QuotedResult {
  let i = start + 1;
  let escapes = false;
  // Only `\\` escapes (Windows paths): a plain replaceAll, much cheaper than a regular expression.
  let backslashesOnly = true;
  let newlines = false;
  let unknownEscapes: number[] = NO_ESCAPES;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      if (!unescape) return { end: i + 1, value: '', error: null, unknownEscapes };
      if (!escapes && names !== undefined) return { end: i + 1, value: names.get(text, start + 1, i), error: null, unknownEscapes };
      const raw = text.slice(start + 1, i);
      // Unescaped by native replacement: slicing the pieces between escapes and joining them costs more.
      const value = !escapes ? raw : backslashesOnly ? raw.replaceAll('\\\\', '\\') : newlines ? raw.replace(ESCAPE, unescapeOne) : raw.replace(ESCAPE, '$1');
      return { end: i + 1, value, error: null, unknownEscapes };
    }
    if (c !== 92) {
      i++;
      continue;
    }
    if (i + 1 >= limit) return { end: limit, value: '', error: { kind: 'backslashAtEnd', offset: i }, unknownEscapes };
    const next = text.charCodeAt(i + 1);
    if (next === 48) return { end: limit, value: '', error: { kind: 'nulEscape', offset: i }, unknownEscapes };
    escapes = true;
    if (next !== 92) backslashesOnly = false;
    if (next === 110 || next === 114) newlines = true;
    else if (next !== 92 && next !== 34) {
      if (unknownEscapes === NO_ESCAPES) unknownEscapes = [];
      unknownEscapes.push(i);
    }
    i += 2;
  }
  const escapedQuoteAtEnd = limit - start >= 3 && text.charCodeAt(limit - 1) === 34 && text.charCodeAt(limit - 2) === 92;
  return { end: limit, value: '', error: { kind: 'unterminated', escapedQuoteAtEnd }, unknownEscapes };
}
