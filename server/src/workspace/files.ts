import { promises as fs, type Dirent } from 'fs';
import * as path from 'path';
import picomatch from 'picomatch';

/**
 * File discovery for `reg-policy lint` and the language server's workspace lint.
 * A pattern is a file, a folder (every .reg file below it) or a glob (picomatch syntax,
 * relative to `cwd`). Folder walks skip `node_modules` and `.git`; an explicitly named
 * file is always taken.
 */
export interface FindFilesOptions {
  readonly cwd: string;
  /** Extensions taken from folder walks (compared case-insensitively, as on Windows). */
  readonly extensions?: readonly string[];
  /** Folder names never entered by a walk. */
  readonly skipFolders?: readonly string[];
}

export const DEFAULT_SKIP_FOLDERS: readonly string[] = ['node_modules', '.git'];

/** A pattern that named nothing: the CLI turns it into exit code 2. */
export class NoFilesError extends Error {
  constructor(readonly pattern: string) {
    super(`no files matching "${pattern}"`);
  }
}

/** Absolute paths, sorted and without duplicates. No patterns means every .reg file under `cwd`. */
export async function findFiles(patterns: readonly string[], options: FindFilesOptions): Promise<string[]> {
  const extensions = (options.extensions ?? ['.reg']).map((e) => e.toLowerCase());
  const skip = new Set(options.skipFolders ?? DEFAULT_SKIP_FOLDERS);
  const hasExtension = (file: string): boolean => extensions.includes(path.extname(file).toLowerCase());
  const found = new Set<string>();

  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    let matched = 0;
    const take = (file: string): void => {
      matched++;
      found.add(file);
    };
    const absolute = path.resolve(options.cwd, pattern);
    const stat = await fs.stat(absolute).catch(() => undefined);
    if (stat?.isFile()) {
      take(absolute);
    } else if (stat?.isDirectory()) {
      await walk(absolute, skip, (file) => hasExtension(file) && take(file));
    } else if (picomatch.scan(toPosix(pattern)).isGlob) {
      await addGlobMatches(pattern, options.cwd, skip, take);
    } else {
      throw new NoFilesError(pattern);
    }
    // An empty folder is fine (nothing to lint); a glob or path that matches nothing is a typo.
    if (matched === 0 && !stat?.isDirectory()) throw new NoFilesError(pattern);
  }
  return [...found].sort();
}

async function addGlobMatches(pattern: string, cwd: string, skip: ReadonlySet<string>, take: (file: string) => void): Promise<void> {
  // Split into the literal folder and the glob below it, and match paths relative to that folder:
  // `..` in the folder and glob characters in `cwd` then need no special care.
  const scanned = picomatch.scan(toPosix(pattern));
  const base = path.resolve(cwd, scanned.base || '.');
  const matches = picomatch(scanned.glob, { dot: true, nocase: process.platform === 'win32' });
  const basePosix = toPosix(base);
  await walk(base, skip, (file) => {
    if (matches(path.posix.relative(basePosix, toPosix(file)))) take(file);
  });
}

async function walk(folder: string, skip: ReadonlySet<string>, visit: (file: string) => void): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch {
    return; // unreadable folders are skipped, as a shell glob would
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!skip.has(entry.name)) await walk(full, skip, visit);
    } else if (entry.isFile()) {
      visit(full);
    } else if (entry.isSymbolicLink()) {
      // Follow links to files only: a linked folder could loop.
      const target = await fs.stat(full).catch(() => undefined);
      if (target?.isFile()) visit(full);
    }
  }
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
