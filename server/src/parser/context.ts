import type { Fix, RelatedLocation, Severity } from '../findings/types';
import type { Importer } from '../model/types';
import type { ValueLine } from './ast';
import type { ParseProblem, ProblemCode } from './errors';
import { ByteArena } from './byteArena';
import { ByteBuffer } from './byteBuffer';
import { knownWithoutNuls, type DecodedText } from './encoding';
import { NameTable } from './nameTable';
import { TokenKind, TokenList } from './tokens';

/** One physical line: [start, end) is the text, [end, eolEnd) its line break. */
export interface RawLine {
  readonly number: number;
  readonly start: number;
  readonly end: number;
  readonly eolEnd: number;
}

export interface ReportExtras {
  readonly severity?: Severity;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedLocation[];
  readonly tags?: readonly ('unnecessary' | 'deprecated')[];
}

/** Reads the data of a value line that its parse checked but did not keep (see ParseContext.dataLater). */
export interface ValueDataSource {
  /** The bytes of a valid `dword:` or hex value. */
  bytes(node: ValueLine): Uint8Array;
  /** The unescaped text of a `"..."` value whose quotes were read without error. */
  text(node: ValueLine): string;
}

/**
 * Shared state of one parse: the text, the token list (when one is recorded) and the problems
 * found so far.
 */
export class ParseContext {
  /** Null unless tokens are asked for: nothing in the lint path reads them, and a 32 MB export has ten million. */
  readonly tokens: TokenList | null;
  readonly problems: ParseProblem[] = [];
  /** Bytes of the hex value being read (only one is read at a time). */
  readonly hexBytes = new ByteBuffer();
  /** Where the data bytes of all values are kept. */
  readonly arena: ByteArena;
  /** The value names and root spellings read so far (a repeated one is one string). */
  readonly names = new NameTable();

  readonly text: string;
  readonly unicode: boolean;
  /** False when the text may hold NUL characters (the line loop then looks for them). */
  readonly nulFree: boolean;
  /**
   * Set when values' data is checked but not kept (no bytes for hex and dword values, no unescaped
   * string): the nodes read it from here on first access. Null when the parse keeps it (editor
   * parses, whose nodes outlive their text).
   */
  readonly dataLater: ValueDataSource | null;

  constructor(
    private readonly decoded: DecodedText,
    readonly importer: Importer,
    options: { readonly arenaChunkSize?: number; readonly recordTokens?: boolean; readonly nulFree?: boolean; readonly dataLater?: ValueDataSource } = {},
  ) {
    this.text = decoded.text;
    this.unicode = decoded.unicode;
    this.nulFree = options.nulFree === true || knownWithoutNuls(decoded);
    // Smaller chunks for incremental parses, which store few values but keep their chunk alive.
    this.arena = new ByteArena(options.arenaChunkSize);
    this.tokens = options.recordTokens ? new TokenList() : null;
    this.dataLater = options.dataLater ?? null;
  }

  /** The file's line break, for fixes that insert lines (asked for rarely: finding it scans the text). */
  get eolText(): string {
    return eolText(this.decoded);
  }

  emit(kind: TokenKind, start: number, end: number): void {
    if (this.tokens !== null && end > start) this.tokens.push(kind, start, end - start);
  }

  /** Where the tokens so far end (`fallback` when no tokens are recorded: only token emission asks). */
  coveredOr(fallback: number): number {
    return this.tokens === null ? fallback : this.tokens.covered;
  }

  report(code: ProblemCode, start: number, end: number, message: string, extras: ReportExtras = {}): void {
    this.problems.push({ code, offset: start, length: Math.max(0, end - start), message, ...extras });
  }

  /** First offset at or after `from` (before `limit`) that is not a space or tab. */
  skipWs(from: number, limit: number): number {
    let i = from;
    while (i < limit) {
      const c = this.text.charCodeAt(i);
      if (c !== 32 && c !== 9) break;
      i++;
    }
    return i;
  }

  /** Offset after the last character before `limit` that is not a space or tab (not before `from`). */
  trimEnd(from: number, limit: number): number {
    let i = limit;
    while (i > from) {
      const c = this.text.charCodeAt(i - 1);
      if (c !== 32 && c !== 9) break;
      i--;
    }
    return i;
  }

  /** Emits whitespace then `kind` for [from, end), whitespace first when the range starts with it. */
  emitWsThen(kind: TokenKind, from: number, end: number): void {
    const p = this.skipWs(from, end);
    this.emit(TokenKind.Whitespace, from, p);
    this.emit(kind, p, end);
  }

  /** A short, printable excerpt of the text for messages. */
  excerpt(start: number, end: number, max = 20): string {
    const raw = this.text.slice(start, Math.min(end, start + max));
    return end - start > max ? `${raw}…` : raw;
  }
}

export function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * First offset in [from, to) holding the character code `c`, or -1 (a bounded indexOf: an unbounded
 * one runs on to the next match in the file, which makes a file of such lines quadratic).
 */
export function indexInRange(text: string, c: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/** Last offset in [from, to) holding the character code `c`, or -1 (a bounded lastIndexOf). */
export function lastIndexInRange(text: string, c: number, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === c) return i;
  return -1;
}

export function isWs(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * The same characters in a string of its own. V8 makes a substring of 13 characters or more a
 * view into its parent, which keeps the whole parent (a document text) alive; nodes that outlive
 * their text (the incremental parser keeps nodes across edits) hold detached strings instead.
 */
export function detachString(s: string): string {
  // Concatenating and slicing again flattens into a new string (a content-preserving copy).
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/** The line break a file uses (CR LF when it has none or mixes them, as regedit writes). */
export function eolText(decoded: DecodedText): string {
  return decoded.eol === 'lf' ? '\n' : decoded.eol === 'cr' ? '\r' : '\r\n';
}
