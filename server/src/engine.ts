/**
 * The language server's view of the core: turns a document (editor text or a file on disk) into an Analysis
 * (syntax tree + model + findings) with the configuration that applies to it.
 *
 * Configuration: a `.regpolicy.json` found by walking up from the file wins (it is what the CLI and CI use);
 * files without one use the editor's `regPolicy.*` settings.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { ConfigError, ConfigResolver, type ConfigOverrides, type ResolvedConfig } from './config';
import type { Finding } from './findings/types';
import { lintDocument } from './lint';
import type { RegModel } from './model/types';
import type { RegDocument } from './parser/ast';
import { decodeBytes, decodedFromText, type DecodedText } from './parser';
import type { RegPolicySettings } from './protocol';

export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly findings: readonly Finding[];
  /** The syntax tree and registry model of this version. */
  readonly document: RegDocument;
  readonly model: RegModel;
  readonly decoded: DecodedText;
  readonly config: ResolvedConfig;
  /** Ids of the packs enforced for this document, and the target OSes it is checked for. */
  readonly packs: readonly string[];
  readonly targetOs: readonly string[];
  /** Set when the `.regpolicy.json` (or a pack it names) failed to load; defaults were used instead. */
  readonly configError?: ConfigError;
}

export interface AnalyzeInput {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly settings: RegPolicySettings;
  /** File path when the document lives on disk (config discovery, encoding sniffing). */
  readonly fsPath?: string;
}

type EncodingHint = { unicode: boolean; encoding: string; bom: boolean };

function settingsOverrides(settings: RegPolicySettings): ConfigOverrides {
  const rules = Object.fromEntries(Object.entries(settings.rules).filter(([, v]) => ['off', 'error', 'warning', 'information', 'hint'].includes(v)));
  return {
    origin: 'settings',
    packs: settings.packs,
    targetOs: settings.targetOs.length > 0 ? settings.targetOs : undefined,
    importer: settings.importer,
    codePage: settings.codePage,
    rules,
  };
}

export class Engine {
  private fileResolver = new ConfigResolver({});
  private readonly settingsResolvers = new Map<string, ConfigResolver>();
  private readonly encodings = new Map<string, Promise<EncodingHint>>();
  /**
   * The last syntax tree of each editor document, for the incremental parse of its next version.
   * Weak: the analysis cache keeps it alive while the document is open, and lets it go on close.
   */
  private readonly lastTrees = new Map<string, WeakRef<RegDocument>>();

  /** Config files or pack files changed on disk. */
  clearConfig(): void {
    this.fileResolver = new ConfigResolver({});
    this.settingsResolvers.clear();
  }

  forgetEncoding(fsPath: string): void {
    this.encodings.delete(fsPath);
  }

  async configFor(fsPath: string | undefined, settings: RegPolicySettings): Promise<{ config: ResolvedConfig; error?: ConfigError }> {
    let error: ConfigError | undefined;
    if (fsPath) {
      try {
        const fromFile = await this.fileResolver.forFile(fsPath);
        if (fromFile.file) return { config: fromFile };
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        error = err;
      }
    }
    const key = JSON.stringify(settings);
    let resolver = this.settingsResolvers.get(key);
    if (!resolver) {
      resolver = new ConfigResolver(settingsOverrides(settings), fsPath ? path.dirname(fsPath) : process.cwd());
      this.settingsResolvers.set(key, resolver);
    }
    try {
      return { config: await resolver.forFile(fsPath ?? path.join(process.cwd(), 'untitled.reg')), error };
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      // Settings name an unknown pack or rule: fall back to the built-in defaults, and say why.
      return { config: await new ConfigResolver({}).forFile(path.join(process.cwd(), 'untitled.reg')), error: error ?? err };
    }
  }

  /** Editor text: the encoding comes from the file on disk (BOM sniffing), as regedit would read it. */
  async analyzeText(input: AnalyzeInput): Promise<Analysis> {
    const { config, error } = await this.configFor(input.fsPath, input.settings);
    const hint = input.fsPath ? await this.encodingOf(input.fsPath, config.codePage) : { unicode: false, encoding: config.codePage, bom: false };
    const previous = this.lastTrees.get(input.uri)?.deref();
    const decoded = decodedFromText(input.text, hint, previous?.decoded);
    const analysis = this.analysis(input.uri, input.version, decoded, config, error, { previous });
    this.lastTrees.set(input.uri, new WeakRef(analysis.document));
    this.forgetCollectedTrees();
    return analysis;
  }

  /** Drops entries whose tree was collected (closed documents), so the map does not grow with every URI ever opened. */
  private forgetCollectedTrees(): void {
    if (this.lastTrees.size < 64) return;
    for (const [uri, tree] of this.lastTrees) if (tree.deref() === undefined) this.lastTrees.delete(uri);
  }

  /** A file on disk that is not open in the editor. */
  async analyzeFile(uri: string, fsPath: string, settings: RegPolicySettings): Promise<Analysis> {
    const { config, error } = await this.configFor(fsPath, settings);
    const bytes = await fs.readFile(fsPath);
    const decoded = decodeBytes(bytes, { codePage: config.codePage });
    return this.analysis(uri, 0, decoded, config, error);
  }

  private analysis(uri: string, version: number, decoded: DecodedText, config: ResolvedConfig, configError?: ConfigError, edit?: { previous?: RegDocument }): Analysis {
    const result = lintDocument(decoded, config, edit);
    return {
      uri,
      version,
      text: decoded.text,
      findings: result.findings,
      document: result.doc,
      model: result.model,
      decoded,
      config,
      packs: config.packs.map((p) => p.id),
      targetOs: config.targetOs ? [...config.targetOs] : [],
      configError,
    };
  }

  private encodingOf(fsPath: string, codePage: string): Promise<EncodingHint> {
    let hint = this.encodings.get(fsPath);
    if (!hint) {
      hint = sniffEncoding(fsPath, codePage);
      this.encodings.set(fsPath, hint);
    }
    return hint;
  }
}

async function sniffEncoding(fsPath: string, codePage: string): Promise<EncodingHint> {
  const head = Buffer.alloc(4);
  let read = 0;
  try {
    const handle = await fs.open(fsPath, 'r');
    try {
      read = (await handle.read(head, 0, 4, 0)).bytesRead;
    } finally {
      await handle.close();
    }
  } catch {
    return { unicode: false, encoding: codePage, bom: false }; // not on disk (yet): what a new file would be
  }
  const bytes = head.subarray(0, read);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { unicode: true, encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { unicode: false, encoding: 'utf-16be', bom: true };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { unicode: false, encoding: 'utf-8', bom: true };
  if (read >= 2 && bytes[1] === 0 && bytes[0] !== 0) return { unicode: false, encoding: 'utf-16le', bom: false };
  return { unicode: false, encoding: codePage, bom: false };
}
