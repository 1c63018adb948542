/**
 * The registry model: what importing a .reg file does, in file order, with the exact
 * bytes the registry would store. Built from the parser's syntax tree by model/build.ts.
 *
 * All offsets are UTF-16 code-unit offsets into the decoded text of the document.
 */

export interface TextSpan {
  readonly offset: number;
  readonly length: number;
}

export type RootKeyName =
  | 'HKEY_LOCAL_MACHINE'
  | 'HKEY_CURRENT_USER'
  | 'HKEY_CLASSES_ROOT'
  | 'HKEY_USERS'
  | 'HKEY_CURRENT_CONFIG'
  | 'HKEY_DYN_DATA';

export type Importer = 'regedit' | 'reg';

/** A key path as written in the file, with its root resolved to the full name. */
export interface RegistryPath {
  readonly root: RootKeyName;
  /** The root exactly as written (`HKLM`, `hkey_local_machine`, ...). */
  readonly rootAsWritten: string;
  /** Path segments below the root, as written; trailing backslashes dropped. */
  readonly segments: readonly string[];
  /** Full root name + `\` + segments, as regedit would open it (no trailing backslash). */
  readonly text: string;
  /** Case-folded form of `text` for comparisons (registry names are case-insensitive). */
  readonly key: string;
}

/** REG_* type numbers. */
export const RegType = {
  NONE: 0,
  SZ: 1,
  EXPAND_SZ: 2,
  BINARY: 3,
  DWORD: 4,
  DWORD_BIG_ENDIAN: 5,
  LINK: 6,
  MULTI_SZ: 7,
  RESOURCE_LIST: 8,
  FULL_RESOURCE_DESCRIPTOR: 9,
  RESOURCE_REQUIREMENTS_LIST: 10,
  QWORD: 11,
} as const;

/** How the data was written on the value line. */
export type DataForm = 'string' | 'dword' | 'hex';

interface OperationBase {
  /** 1-based line of the line that produced the operation (first line of a continued value). */
  readonly line: number;
  /** From the first non-blank character of the line(s) to the end of the last line, without its line break. */
  readonly span: TextSpan;
  /** Index into RegModel.sections of the key section this operation belongs to. */
  readonly section: number;
  readonly path: RegistryPath;
}

export interface CreateKeyOp extends OperationBase {
  readonly kind: 'createKey';
  /** Span of the path text between the brackets. */
  readonly pathSpan: TextSpan;
}

export interface DeleteKeyOp extends OperationBase {
  readonly kind: 'deleteKey';
  /** Span of the path text after `[-`. */
  readonly pathSpan: TextSpan;
}

export interface SetValueOp extends OperationBase {
  readonly kind: 'setValue';
  /** '' is the default value (`@` or `""`). */
  readonly name: string;
  /** Span of `@` or of the quoted name including its quotes. */
  readonly nameSpan: TextSpan;
  /** REG_* type number. */
  readonly type: number;
  /** The exact bytes the registry stores (UTF-16LE strings with their terminator, DWORD little-endian, ...). */
  readonly data: Uint8Array;
  readonly form: DataForm;
  /** Span of the right-hand side: from the opening quote / `dword:` / `hex` to the end of the data (comments excluded). */
  readonly dataSpan: TextSpan;
}

export interface DeleteValueOp extends OperationBase {
  readonly kind: 'deleteValue';
  readonly name: string;
  readonly nameSpan: TextSpan;
  /** Span of the `-`. */
  readonly dataSpan: TextSpan;
}

export type Operation = CreateKeyOp | DeleteKeyOp | SetValueOp | DeleteValueOp;

/**
 * A key section: a key line (well-formed or not) and the lines after it up to the next
 * key line. Fixes use sections to insert values where an author would put them.
 */
export interface KeySection {
  /** 1-based line of the key line. */
  readonly line: number;
  /** Span of the key line without its line break. */
  readonly span: TextSpan;
  /** The resolved path, or null when the line names no valid root or is malformed. */
  readonly path: RegistryPath | null;
  readonly deletion: boolean;
  /** True when regedit makes this key current (values after it are imported). */
  readonly opened: boolean;
  /**
   * Offset where a new value line for this section is inserted: just after the line break
   * of the last non-blank line of the section (or at the end of the text when that line
   * has no line break; inserting there needs a leading line break).
   */
  readonly insertAt: number;
  /** Leading whitespace used by the section's value lines ('' when none). */
  readonly indent: string;
}

export interface RegModel {
  /** False when regedit imports nothing (bad header or encoding); operations are then empty. */
  readonly imports: boolean;
  readonly operations: readonly Operation[];
  readonly sections: readonly KeySection[];
  /** Problems that depend on import state (see ModelProblem); buildModel always sets it. */
  readonly problems?: readonly ModelProblem[];
}

/**
 * A problem found while building the model (it needs the current key or the file
 * encoding): values dropped for want of an open key, hex(1/2/7) data regedit misreads.
 * Same shape as the parser's problems; `code` is a syntax rule id (REG0xx).
 */
export interface ModelProblem {
  readonly code: string;
  readonly offset: number;
  readonly length: number;
  readonly message: string;
  readonly severity?: 'error' | 'warning' | 'information' | 'hint';
  readonly fixes?: readonly { readonly title: string; readonly edits: readonly { readonly offset: number; readonly length: number; readonly newText: string }[] }[];
  readonly related?: readonly { readonly offset: number; readonly length: number; readonly message: string }[];
}
