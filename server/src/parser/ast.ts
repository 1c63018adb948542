import type { TextSpan, RegistryPath } from '../model/types';
import type { DecodedText } from './encoding';
import type { ParseProblem } from './errors';
import type { TokenList } from './tokens';

export type HeaderKind =
  /** `Windows Registry Editor Version 5.00` */
  | 'v5'
  /** `REGEDIT4` */
  | 'v4'
  /** `REGEDIT`: Windows 3.1 format */
  | 'win31'
  /** Starts with `REGEDIT` but is none of the above: accepted, nothing imported. */
  | 'regeditPrefixed'
  | 'invalid';

interface LineBase {
  /** 1-based line number. */
  readonly line: number;
  /** The line without its line break. */
  readonly span: TextSpan;
  /** The line break ('' length 0 at end of file). */
  readonly eol: TextSpan;
  /** Offset of the first character that is not a space or tab. */
  readonly contentStart: number;
}

export interface HeaderLine extends LineBase {
  readonly kind: 'header';
  readonly headerKind: HeaderKind;
  /** The header text after leading whitespace. */
  readonly text: string;
}

export interface BlankLine extends LineBase {
  readonly kind: 'blank';
}

export interface CommentLine extends LineBase {
  readonly kind: 'comment';
  readonly marker: ';' | '#';
}

/** A line regedit skips because it does not start with `[`, `@` or `"`. */
export interface IgnoredLine extends LineBase {
  readonly kind: 'ignored';
}

export type KeyLineStatus =
  /** Well-formed; `path` is set and regedit opens/creates (or deletes) it. */
  | 'ok'
  /** Ignored for its form (whitespace after `[`, no `]`): the current key stays current. */
  | 'malformed'
  /** Well-formed but regedit cannot open/delete it (bad root, bad path): the current key is cleared. */
  | 'failed';

export interface KeyLine extends LineBase {
  readonly kind: 'key';
  readonly deletion: boolean;
  readonly status: KeyLineStatus;
  /** Text between `[` (or `[-`) and the last `]`; null when there is no `]`. */
  readonly pathSpan: TextSpan | null;
  readonly rootSpan: TextSpan | null;
  /** Spans of the path segments below the root (trailing empty segments dropped). */
  readonly segmentSpans: readonly TextSpan[];
  readonly path: RegistryPath | null;
}

export type ValueDataKind = 'string' | 'dword' | 'hex' | 'delete' | 'invalid';

export interface ValueLine extends LineBase {
  readonly kind: 'value';
  /** The value name ('' = default), or null when the name itself is malformed. */
  readonly name: string | null;
  /** `@` or the quoted name with its quotes. */
  readonly nameSpan: TextSpan;
  readonly dataKind: ValueDataKind;
  /** REG_* type number (string 1, dword 4, hex: 3, hex(N): N); -1 for delete/invalid. */
  readonly type: number;
  /** Right-hand side, from the quote / `dword:` / `hex` / `-` to the end of the data, comments excluded. */
  readonly dataSpan: TextSpan;
  /** Decoded string for `"..."` data. */
  readonly text?: string;
  /** Raw bytes as written for `dword:` (4 bytes LE) and `hex` data (before the 7.6 post-processing). */
  readonly bytes?: Uint8Array;
  /** True when regedit accepts the line (and, if a key is open, stores the value). */
  readonly valid: boolean;
  /** 1-based number of the last physical line of the value (continuations included). */
  readonly lastLine: number;
  /** Offset of the end of the last line, without its line break. */
  readonly end: number;
}

/** A physical line consumed by a hex continuation (data, skipped blank/`;` lines, or the line that broke it). */
export interface ContinuationLine extends LineBase {
  readonly kind: 'continuation';
  /** Index into RegDocument.lines of the value line that owns this line. */
  readonly owner: number;
  readonly role: 'data' | 'skipped' | 'swallowed';
}

/** A line of a Windows 3.1 (`REGEDIT`) file that sets a HKEY_CLASSES_ROOT default value. */
export interface Win31Line extends LineBase {
  readonly kind: 'win31';
  readonly path: RegistryPath | null;
  readonly pathSpan: TextSpan;
  readonly value: string;
  readonly valueSpan: TextSpan;
}

export type LineNode = HeaderLine | BlankLine | CommentLine | IgnoredLine | KeyLine | ValueLine | ContinuationLine | Win31Line;

export interface RegDocument {
  readonly text: string;
  readonly decoded: DecodedText;
  readonly importer: 'regedit' | 'reg';
  readonly header: HeaderLine | null;
  /** One node per physical line, in order. */
  readonly lines: readonly LineNode[];
  readonly tokens: TokenList;
  readonly problems: readonly ParseProblem[];
  /** False when regedit imports nothing: bad header, or an encoding regedit refuses. */
  readonly imports: boolean;
}
