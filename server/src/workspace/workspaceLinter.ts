import * as path from 'path';
import picomatch from 'picomatch';
import { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { findFiles, toPosix } from './files';

export interface FileLint {
  readonly uri: string;
  readonly diagnostics: Diagnostic[];
  readonly fixable: number;
}

export interface WorkspaceLinterDeps {
  /** Workspace folder paths (file system paths). */
  folders(): Promise<string[]>;
  /** `files.exclude` + `regPolicy.exclude` globs of a folder, relative to it; false = workspace lint is off. */
  excludes(folder: string): Promise<string[] | false>;
  /** Reads, decodes and lints one file from disk; never throws for bad content. */
  lintFile(fsPath: string): Promise<FileLint>;
  isOpen(uri: string): boolean;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  progress?: { begin(total: number): void; report(done: number, total: number): void; done(): void };
}

export interface WorkspaceLintSummary {
  readonly files: number;
  readonly findings: number;
  readonly cancelled: boolean;
}

/**
 * Lints every .reg file of the workspace folders from disk, opened or not, and publishes the results of the
 * files that are not open (open documents get theirs from the editor buffer). Remembers what it published so
 * a deleted or excluded file's problems disappear.
 */
export class WorkspaceLinter {
  private readonly published = new Set<string>();
  private generation = 0;

  constructor(private readonly deps: WorkspaceLinterDeps) {}

  async lintAll(token?: CancellationToken): Promise<WorkspaceLintSummary> {
    const generation = ++this.generation;
    const files = await this.files();
    const stale = new Set(this.published);
    let findings = 0;
    this.deps.progress?.begin(files.length);
    try {
      for (let i = 0; i < files.length; i++) {
        if (token?.isCancellationRequested || generation !== this.generation) {
          return { files: i, findings, cancelled: true };
        }
        const uri = URI.file(files[i]).toString();
        stale.delete(uri);
        findings += await this.lintOne(files[i]);
        if (i % 25 === 0) this.deps.progress?.report(i + 1, files.length);
      }
    } finally {
      this.deps.progress?.done();
    }
    for (const uri of stale) this.clear(uri);
    return { files: files.length, findings, cancelled: false };
  }

  /** Lints one file again (created or changed on disk) and returns its number of findings. */
  async lintOne(fsPath: string): Promise<number> {
    const result = await this.deps.lintFile(fsPath);
    if (!this.deps.isOpen(result.uri)) {
      this.deps.publish(result.uri, result.diagnostics);
      this.published.add(result.uri);
    }
    return result.diagnostics.length;
  }

  /** A file was deleted, or opened in the editor (the editor buffer wins). */
  clear(uri: string): void {
    if (this.published.delete(uri)) this.deps.publish(uri, []);
  }

  /** Whether `fsPath` is a .reg file the workspace lint covers (inside a folder, not excluded). */
  async covers(fsPath: string): Promise<boolean> {
    if (path.extname(fsPath).toLowerCase() !== '.reg') return false;
    for (const folder of await this.deps.folders()) {
      const relative = path.relative(folder, fsPath);
      if (relative.startsWith('..') || path.isAbsolute(relative)) continue;
      const excludes = await this.deps.excludes(folder);
      if (excludes === false) return false;
      return !excluder(excludes)(toPosix(relative));
    }
    return false;
  }

  /** The .reg files the workspace lint covers: every folder's files minus the excluded ones. */
  async files(): Promise<string[]> {
    const all: string[] = [];
    for (const folder of await this.deps.folders()) {
      const excludes = await this.deps.excludes(folder);
      if (excludes === false) continue;
      const excluded = excluder(excludes);
      const files = await findFiles([], { cwd: folder }).catch(() => [] as string[]);
      all.push(...files.filter((f) => !excluded(toPosix(path.relative(folder, f)))));
    }
    return all;
  }
}

/** A glob excludes the paths it matches and everything below a folder it matches (as files.exclude does). */
function excluder(globs: readonly string[]): (relativePosix: string) => boolean {
  if (globs.length === 0) return () => false;
  return picomatch(globs.flatMap((g) => [g, `${g}/**`]), { dot: true, nocase: true });
}
