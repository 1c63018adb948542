import type { Importer, RegistryPath, RootKeyName } from './types';

export const ROOT_KEYS: readonly RootKeyName[] = [
  'HKEY_LOCAL_MACHINE',
  'HKEY_CURRENT_USER',
  'HKEY_CLASSES_ROOT',
  'HKEY_USERS',
  'HKEY_CURRENT_CONFIG',
  'HKEY_DYN_DATA',
];

/** Abbreviations that `reg import` accepts (regedit does not). */
export const ROOT_ABBREVIATIONS: Readonly<Record<string, RootKeyName>> = {
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
  HKCR: 'HKEY_CLASSES_ROOT',
  HKU: 'HKEY_USERS',
  HKCC: 'HKEY_CURRENT_CONFIG',
};

export type RootResolution =
  | { readonly kind: 'full'; readonly root: RootKeyName }
  /** An abbreviation: accepted by `reg import`, not by regedit. */
  | { readonly kind: 'abbreviation'; readonly root: RootKeyName }
  /** HKEY_DYN_DATA under `reg import`, which does not know it. */
  | { readonly kind: 'unsupported'; readonly root: RootKeyName }
  | { readonly kind: 'unknown' };

const resolved = new Map<string, RootResolution>();

/** Resolves a root name as written (case-insensitive). */
export function resolveRoot(written: string): RootResolution {
  // Files spell their roots a handful of ways; remember each spelling once.
  let result = resolved.get(written);
  if (!result) {
    result = resolveRootUncached(written);
    if (resolved.size < 256) resolved.set(written, result);
  }
  return result;
}

function resolveRootUncached(written: string): RootResolution {
  const upper = written.toUpperCase();
  const full = ROOT_KEYS.find((r) => r === upper);
  if (full) return { kind: 'full', root: full };
  const abbreviated = ROOT_ABBREVIATIONS[upper];
  if (abbreviated) return { kind: 'abbreviation', root: abbreviated };
  return { kind: 'unknown' };
}

/** True when `importer` opens keys under the root as written. */
export function rootAccepted(resolution: RootResolution, importer: Importer): boolean {
  if (resolution.kind === 'full') return !(importer === 'reg' && resolution.root === 'HKEY_DYN_DATA');
  return resolution.kind === 'abbreviation' && importer === 'reg';
}

/** Case-folded comparison key (registry names are case-insensitive). */
export function foldKey(text: string): string {
  return text.toLowerCase();
}

/**
 * A registry path whose segments and folded key are made on first use: a big export has tens of
 * thousands of key lines, and most of their paths are never split or compared (seven objects per key
 * fewer for the parse of a big export, each one the garbage collector would copy).
 */
class KeyPath implements RegistryPath {
  private segmentList: readonly string[] | undefined;
  private folded: string | undefined = undefined;

  constructor(
    readonly root: RootKeyName,
    readonly rootAsWritten: string,
    /** Full root name + `\` + segments (no trailing backslash). */
    readonly text: string,
    segments?: readonly string[],
  ) {
    this.segmentList = segments;
  }

  get segments(): readonly string[] {
    return (this.segmentList ??= this.text.length > this.root.length ? this.text.slice(this.root.length + 1).split('\\') : []);
  }

  get key(): string {
    return (this.folded ??= foldKey(this.text));
  }

  toJSON(): RegistryPath {
    return { root: this.root, rootAsWritten: this.rootAsWritten, segments: this.segments, text: this.text, key: this.key };
  }
}

/** `text`: the canonical text when the caller has it already (it must be `root\\segments...`). */
export function makeRegistryPath(root: RootKeyName, rootAsWritten: string, segments: readonly string[], text?: string): RegistryPath {
  return new KeyPath(root, rootAsWritten, text ?? (segments.length > 0 ? `${root}\\${segments.join('\\')}` : root), segments);
}

/** A path from its canonical text (the full root name, then `\` and each segment; no trailing backslash). */
export function registryPathFromText(root: RootKeyName, rootAsWritten: string, text: string): RegistryPath {
  return new KeyPath(root, rootAsWritten, text);
}

/**
 * Parses `HKEY_...\A\B` (or an abbreviation, when `importer` is 'reg' or `allowAbbreviations`)
 * into a RegistryPath. Trailing backslashes are dropped, as regedit drops them. Null when the
 * root is not a root.
 */
export function parseRegistryPath(text: string, options: { importer?: Importer; allowAbbreviations?: boolean } = {}): RegistryPath | null {
  const slash = text.indexOf('\\');
  const rootAsWritten = slash < 0 ? text : text.slice(0, slash);
  const resolution = resolveRoot(rootAsWritten);
  if (resolution.kind === 'unknown') return null;
  if (resolution.kind === 'abbreviation' && !(options.allowAbbreviations || options.importer === 'reg')) return null;
  const segments = slash < 0 ? [] : text.slice(slash + 1).split('\\');
  while (segments.length > 0 && segments[segments.length - 1] === '') segments.pop();
  return makeRegistryPath(resolution.root, rootAsWritten, segments);
}

/** Same key (case-insensitive)? */
export function samePath(a: RegistryPath, b: RegistryPath): boolean {
  return a.key === b.key;
}

/** True when `inner` is `outer` or below it. */
export function isSameOrBelow(inner: RegistryPath, outer: RegistryPath): boolean {
  return inner.key === outer.key || inner.key.startsWith(`${outer.key}\\`);
}

export function parentPath(path: RegistryPath): RegistryPath | null {
  if (path.segments.length === 0) return null;
  return makeRegistryPath(path.root, path.rootAsWritten, path.segments.slice(0, -1));
}

export function childPath(path: RegistryPath, name: string): RegistryPath {
  return makeRegistryPath(path.root, path.rootAsWritten, [...path.segments, name]);
}

export type RegistryView = '64' | '32' | 'shared';

const WOW = 'wow6432node';

function isSoftware(path: RegistryPath): boolean {
  return path.root === 'HKEY_LOCAL_MACHINE' && path.segments.length > 0 && foldKey(path.segments[0]) === 'software';
}

/**
 * Which view of HKLM\SOFTWARE a path is in: '32' under SOFTWARE\WOW6432Node (what 32-bit
 * programs see as SOFTWARE), '64' elsewhere under SOFTWARE, 'shared' outside SOFTWARE.
 * (Windows shares a few SOFTWARE subkeys between views; they are reported as '64'/'32' as written.)
 */
export function registryView(path: RegistryPath): RegistryView {
  if (!isSoftware(path)) return 'shared';
  return path.segments.length > 1 && foldKey(path.segments[1]) === WOW ? '32' : '64';
}

/**
 * The same key in the other view: HKLM\SOFTWARE\X <-> HKLM\SOFTWARE\WOW6432Node\X.
 * Null outside HKLM\SOFTWARE, and for SOFTWARE and SOFTWARE\WOW6432Node themselves.
 */
export function wow64TwinPath(path: RegistryPath): RegistryPath | null {
  if (!isSoftware(path)) return null;
  const [software, ...rest] = path.segments;
  if (rest.length > 0 && foldKey(rest[0]) === WOW) {
    if (rest.length === 1) return null;
    return makeRegistryPath(path.root, path.rootAsWritten, [software, ...rest.slice(1)]);
  }
  if (rest.length === 0) return null;
  return makeRegistryPath(path.root, path.rootAsWritten, [software, 'WOW6432Node', ...rest]);
}

/** Splits a folded key into its segments and returns the canonical display text for a root. */
export function isRootKeyName(name: string): name is RootKeyName {
  return (ROOT_KEYS as readonly string[]).includes(name);
}
