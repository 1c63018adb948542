import { CancellationToken } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine';

export type Analyze = (document: TextDocument) => Promise<Analysis>;

/**
 * One analysis per document version: parse + model + findings are computed once per version and shared by
 * diagnostics, code actions, hover, symbols, folding and formatting.
 */
export class DocumentAnalyses {
  private readonly cache = new Map<string, { version: number; analysis: Promise<Analysis> }>();

  constructor(private readonly analyze: Analyze) {}

  get(document: TextDocument): Promise<Analysis> {
    const cached = this.cache.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = this.analyze(document);
    this.cache.set(document.uri, { version: document.version, analysis });
    // A failed analysis must not stick: the next request tries again.
    analysis.catch(() => {
      if (this.cache.get(document.uri)?.analysis === analysis) this.cache.delete(document.uri);
    });
    return analysis;
  }

  delete(uri: string): void {
    this.cache.delete(uri);
  }

  /** Settings, config files or packs changed: every analysis is stale. */
  clear(): void {
    this.cache.clear();
  }
}

/** Thrown (and mapped to ServerCancelled) when a newer version made the work pointless. */
export class StaleError extends Error {}

export function throwIfStale(document: TextDocument, current: TextDocument | undefined, token?: CancellationToken): void {
  if (token?.isCancellationRequested || (current && current.version !== document.version)) throw new StaleError();
}
