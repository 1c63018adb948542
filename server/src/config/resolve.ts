import * as path from 'path';
import picomatch from 'picomatch';
import type { Importer } from '../model/types';
import { DEFAULT_CODE_PAGE, normalizeCodePage } from '../parser';
import { builtinPacks, isOsId, OS_IDS, type LoadedPack, type OsId } from '../policy';
import { ruleCatalog } from '../lint/ruleCatalog';
import { ConfigError } from './errors';
import { loadPackFile } from './packFiles';
import { escapePointerSegment } from './parse';
import type { ConfigFileContents, SeveritySetting } from './schema';

/** Settings given on the command line (or by the language server); they win over the file. */
export interface ConfigOverrides {
  /** Use this file for every linted file instead of discovering one. Absolute. */
  readonly configFile?: string;
  /** Extra rule pack files, enforced on top of the configured packs. Absolute. */
  readonly packFiles?: readonly string[];
  /** Replaces the enabled pack ids. */
  readonly packs?: readonly string[];
  readonly targetOs?: readonly string[];
  readonly importer?: Importer;
  readonly codePage?: string;
  /** Merged over the file's `rules`. */
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
  /** Where the overrides come from, for error messages: command-line flags (default) or editor settings. */
  readonly origin?: 'cli' | 'settings';
}

const OVERRIDE_NAMES = {
  cli: { targetOs: '--target-os', codePage: '--code-page', rules: 'rules', packs: 'packs' },
  settings: { targetOs: 'regPolicy.targetOs', codePage: 'regPolicy.codePage', rules: 'regPolicy.rules', packs: 'regPolicy.packs' },
} as const;

export interface ResolvedConfig {
  /** The `.regpolicy.json` in force, or undefined when defaults apply. */
  readonly file?: string;
  /** Folder that relative paths and ignore globs are relative to. */
  readonly baseDir: string;
  /** Packs to enforce. */
  readonly packs: readonly LoadedPack[];
  /** Every pack known here (built-in and loaded): its rule ids are valid in `rules` and directives. */
  readonly availablePacks: readonly LoadedPack[];
  /** Severity overrides by upper-cased rule id. */
  readonly rules: ReadonlyMap<string, SeveritySetting>;
  /** Undefined: every OS the packs name (the strictest reading). */
  readonly targetOs?: readonly OsId[];
  readonly importer: Importer;
  readonly codePage: string;
  readonly ignore: readonly string[];
}

export type PackFileLoader = (file: string) => Promise<LoadedPack>;

/** Where the settings come from: a file (errors name it and a JSON pointer) or a command-line flag. */
interface Origin {
  readonly file: string;
  readonly pointer: (...segments: (string | number)[]) => string;
}

const fromFile = (file: string): Origin => ({
  file,
  pointer: (...segments) => segments.map((s) => `/${escapePointerSegment(String(s))}`).join(''),
});
const fromFlag = (flag: string): Origin => ({ file: flag, pointer: () => '' });

/** Combines a parsed config file (possibly empty) with overrides into the settings lint uses. */
export async function resolveConfig(
  contents: ConfigFileContents,
  where: { readonly file?: string; readonly baseDir: string },
  overrides: ConfigOverrides = {},
  loadPack: PackFileLoader = loadPackFile,
): Promise<ResolvedConfig> {
  const file = where.file ? fromFile(where.file) : fromFlag('(defaults)');
  const names = OVERRIDE_NAMES[overrides.origin ?? 'cli'];

  const extra: LoadedPack[] = [];
  for (const relative of contents.extraPacks ?? []) extra.push(await loadPack(path.resolve(where.baseDir, relative)));
  for (const absolute of overrides.packFiles ?? []) extra.push(await loadPack(absolute));
  const availablePacks = uniqueById([...builtinPacks, ...extra]);

  const packs = enabledPacks(contents, overrides, availablePacks, extra, file, fromFlag(names.packs));
  const targetOs = checkOs(overrides.targetOs, fromFlag(names.targetOs)) ?? checkOs(contents.targetOs, file, 'targetOs');
  const codePage = checkCodePage(overrides.codePage, fromFlag(names.codePage)) ?? checkCodePage(contents.codePage, file, 'codePage');

  const known = new Set(ruleCatalog(availablePacks).map((r) => r.id.toUpperCase()));
  const rules = new Map<string, SeveritySetting>();
  const addRules = (map: Readonly<Record<string, SeveritySetting>> | undefined, origin: Origin): void => {
    for (const [id, setting] of Object.entries(map ?? {})) {
      if (!known.has(id.toUpperCase())) {
        throw new ConfigError(origin.file, origin.pointer('rules', id), `unknown rule "${id}"`);
      }
      rules.set(id.toUpperCase(), setting);
    }
  };
  addRules(contents.rules, file);
  addRules(overrides.rules, fromFlag(names.rules));

  return {
    file: where.file,
    baseDir: where.baseDir,
    packs,
    availablePacks,
    rules,
    targetOs,
    importer: overrides.importer ?? contents.importer ?? 'regedit',
    codePage: codePage ?? DEFAULT_CODE_PAGE,
    ignore: contents.ignore ?? [],
  };
}

function uniqueById(packs: readonly LoadedPack[]): LoadedPack[] {
  // A later pack with the same id (a local copy of a built-in pack) replaces the earlier one.
  const byId = new Map<string, LoadedPack>();
  for (const p of packs) byId.set(p.id, p);
  return [...byId.values()];
}

function enabledPacks(
  contents: ConfigFileContents,
  overrides: ConfigOverrides,
  available: readonly LoadedPack[],
  extra: readonly LoadedPack[],
  file: Origin,
  overrideOrigin: Origin,
): LoadedPack[] {
  const [ids, origin] = overrides.packs
    ? [overrides.packs, overrideOrigin]
    : contents.packs
      ? [contents.packs, file]
      : [builtinPacks.filter((p) => p.enabledByDefault).map((p) => p.id), file];
  const wanted = new Set<string>();
  ids.forEach((id, i) => {
    if (!available.some((p) => p.id === id)) {
      const names = available.map((p) => p.id).join(', ');
      throw new ConfigError(origin.file, origin.pointer('packs', i), `unknown pack "${id}" (available: ${names})`);
    }
    wanted.add(id);
  });
  for (const p of extra) wanted.add(p.id);
  return available.filter((p) => wanted.has(p.id));
}

function checkOs(list: readonly string[] | undefined, origin: Origin, key = ''): OsId[] | undefined {
  if (!list) return undefined;
  return list.map((name, i) => {
    const id = name.toLowerCase();
    if (!isOsId(id)) throw new ConfigError(origin.file, origin.pointer(key, i), `unknown OS "${name}" (known: ${OS_IDS.join(', ')})`);
    return id;
  });
}

function checkCodePage(codePage: string | undefined, origin: Origin, key = ''): string | undefined {
  if (codePage === undefined) return undefined;
  const normalized = normalizeCodePage(codePage);
  if (!normalized) throw new ConfigError(origin.file, origin.pointer(key), `unknown code page "${codePage}"`);
  return normalized;
}

const ignoreMatchers = new WeakMap<ResolvedConfig, (relative: string) => boolean>();

/** True when one of the config's ignore globs (relative to its folder) matches the file. */
export function isIgnored(config: ResolvedConfig, filePath: string): boolean {
  if (config.ignore.length === 0) return false;
  const relative = path.relative(config.baseDir, filePath).split(path.sep).join('/');
  if (relative.startsWith('../') || path.isAbsolute(relative)) return false;
  let matcher = ignoreMatchers.get(config);
  if (!matcher) {
    matcher = picomatch([...config.ignore], { dot: true, nocase: process.platform === 'win32' });
    ignoreMatchers.set(config, matcher);
  }
  return matcher(relative);
}
