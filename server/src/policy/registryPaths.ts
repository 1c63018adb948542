/**
 * Small key-path helpers the policy engine needs on canonical pack paths and on raw key
 * lines that the model could not resolve (an abbreviated root in regedit mode). Kept local
 * so policy/ does not depend on model/ internals beyond model/types.ts.
 */

export const FULL_ROOTS = [
  'HKEY_LOCAL_MACHINE',
  'HKEY_CURRENT_USER',
  'HKEY_CLASSES_ROOT',
  'HKEY_USERS',
  'HKEY_CURRENT_CONFIG',
] as const;

/** Abbreviations reg.exe and PowerShell accept but regedit rejects (mistake M08). */
export const ROOT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
  HKCR: 'HKEY_CLASSES_ROOT',
  HKU: 'HKEY_USERS',
  HKCC: 'HKEY_CURRENT_CONFIG',
};

/** Registry names compare case-insensitively; spaces are significant. */
export function foldName(name: string): string {
  return name.toUpperCase();
}

export function splitKeyPath(text: string): { root: string; segments: string[] } {
  const parts = text.split('\\');
  return { root: parts[0] ?? '', segments: parts.slice(1) };
}

export function joinKeyPath(root: string, segments: readonly string[]): string {
  return [root, ...segments].join('\\');
}

/**
 * The 32-bit view of a 64-bit HKLM\SOFTWARE path: WOW6432Node goes right after SOFTWARE.
 * Returns undefined for paths that are not redirected (SYSTEM, HKCU, ...).
 */
export function wow64Twin(root: string, segments: readonly string[]): string[] | undefined {
  if (root !== 'HKEY_LOCAL_MACHINE' || segments.length < 2) return undefined;
  if (foldName(segments[0]!) !== 'SOFTWARE' || foldName(segments[1]!) === 'WOW6432NODE') return undefined;
  return [segments[0]!, 'WOW6432Node', ...segments.slice(1)];
}

export interface RawKeyPath {
  /** Root with abbreviations expanded, upper-cased; undefined when it names no root. */
  readonly root: string | undefined;
  readonly rootAsWritten: string;
  readonly segments: readonly string[];
  /** Offset (into the document) and length of the path text between `[` and `]`. */
  readonly offset: number;
  readonly length: number;
}

/**
 * Reads the path of a key line such as `[HKLM\SOFTWARE\X]` directly from the text, for
 * sections whose path the model left null. Returns undefined for deletions and for lines
 * that do not look like a key line at all.
 */
export function readRawKeyLine(text: string, lineOffset: number, lineLength: number): RawKeyPath | undefined {
  const line = text.slice(lineOffset, lineOffset + lineLength);
  const open = line.indexOf('[');
  const close = line.lastIndexOf(']');
  if (open < 0 || close <= open + 1 || line.slice(0, open).trim() !== '') return undefined;
  const inner = line.slice(open + 1, close);
  if (inner.startsWith('-')) return undefined;
  const parts = inner.split('\\').filter((s, i) => i === 0 || s !== '');
  const rootAsWritten = parts[0] ?? '';
  const upper = rootAsWritten.toUpperCase();
  const root = (FULL_ROOTS as readonly string[]).includes(upper) ? upper : ROOT_ABBREVIATIONS[upper];
  return { root, rootAsWritten, segments: parts.slice(1), offset: lineOffset + open + 1, length: inner.length };
}
