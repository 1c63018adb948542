/**
 * Hover, completion, document symbols, folding ranges and formatting: the LSP handlers that feed the pure services
 * in services/ with the version-keyed analysis of a document. server.ts calls registerEditorFeatures once and merges
 * the capabilities it returns into its InitializeResult.
 */
import type { CancellationToken, ClientCapabilities, Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../engine';
import { buildModel } from '../model';
import type { Importer } from '../model/types';
import { decodedFromText, parse } from '../parser';
import { builtinPacks } from '../policy';
import type { LoadedPack } from '../policy/types';
import type { RegPolicySettings } from '../protocol';
import { ServiceCancelled } from '../services/cancellation';
import { completion, COMPLETION_TRIGGERS } from '../services/completion';
import type { EditorInput } from '../services/editorInput';
import { foldingRanges } from '../services/folding';
import { formatting, rangeFormatting } from '../services/formatting';
import { hover } from '../services/hover';
import type { EditorKnowledge } from '../services/packKnowledge';
import { knowledgeFromPacks } from '../services/packKnowledge';
import { documentSymbols } from '../services/symbols';
import type { DocumentAnalyses } from './documentAnalyses';
import { StaleError } from './documentAnalyses';

export interface EditorFeatureOptions {
  /**
   * The loaded packs enforced for an analysis; default: the packs of its resolved configuration (custom packs
   * included), else the built-in packs named in `analysis.packs`.
   */
  readonly packsFor?: (analysis: Analysis) => readonly LoadedPack[];
}

export interface EditorFeatures {
  /** The capabilities to merge into the InitializeResult; reads the client's snippet support. */
  capabilities(client?: ClientCapabilities): ServerCapabilities;
}

/** What the editor features read from an analysis's resolved configuration, when the engine provides one. */
interface ConfigView {
  readonly config?: { readonly packs?: readonly LoadedPack[]; readonly importer?: Importer };
}

function configuredPacks(analysis: Analysis): readonly LoadedPack[] {
  return (analysis as ConfigView).config?.packs ?? builtinPacks.filter((p) => analysis.packs.includes(p.id));
}

/** One index per set of packs: packs change rarely, requests come on every keystroke. */
function knowledgeCache(): (packs: readonly LoadedPack[]) => EditorKnowledge {
  let lastKey = '';
  let last: EditorKnowledge | undefined;
  let lastPacks: readonly LoadedPack[] = [];
  return (packs) => {
    const key = packs.map((p) => `${p.source}@${p.version}`).join('|');
    if (!last || key !== lastKey || packs.some((p, i) => p !== lastPacks[i])) {
      last = knowledgeFromPacks(packs);
      lastKey = key;
      lastPacks = packs;
    }
    return last;
  };
}

export function registerEditorFeatures(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  analyses: DocumentAnalyses,
  getSettings: (uri: string) => Promise<RegPolicySettings>,
  options: EditorFeatureOptions = {},
): EditorFeatures {
  const packsFor = options.packsFor ?? configuredPacks;
  const knowledgeFor = knowledgeCache();
  let snippets = false;

  /** The analysed document, or null when it is not open (or the request is already cancelled). */
  async function inputFor(uri: string, token: CancellationToken): Promise<(EditorInput & { importer?: Importer }) | null> {
    const textDocument = documents.get(uri);
    if (!textDocument) return null;
    const analysis = await analyses.get(textDocument);
    if (token.isCancellationRequested) throw new ServiceCancelled();
    // Until the engine carries the tree and model, parse here (editor text, Unicode as VS Code holds it).
    const document = analysis.document ?? parse(decodedFromText(analysis.text));
    const model = analysis.model ?? buildModel(document);
    const importer = (analysis as ConfigView).config?.importer;
    return { textDocument, document, model, findings: analysis.findings, knowledge: knowledgeFor(packsFor(analysis)), importer };
  }

  /** Runs a request; a cancelled or stale request answers RequestCancelled rather than a partial result. */
  async function run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ServiceCancelled || error instanceof StaleError) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
      throw error;
    }
  }

  connection.onHover((params, token) =>
    run(async () => {
      const input = await inputFor(params.textDocument.uri, token);
      return input ? hover(input, params.position, token) : null;
    }),
  );

  connection.onCompletion((params, token) =>
    run(async () => {
      const input = await inputFor(params.textDocument.uri, token);
      if (!input) return [];
      // A .regpolicy.json's importer wins over the editor setting, as it does for diagnostics.
      const importer = input.importer ?? (await getSettings(params.textDocument.uri)).importer;
      return completion(input, params.position, { importer, snippets }, token);
    }),
  );

  connection.onDocumentSymbol((params, token) =>
    run(async () => {
      const input = await inputFor(params.textDocument.uri, token);
      return input ? documentSymbols(input, token) : [];
    }),
  );

  connection.onFoldingRanges((params, token) =>
    run(async () => {
      const input = await inputFor(params.textDocument.uri, token);
      return input ? foldingRanges(input.document, token) : [];
    }),
  );

  connection.onDocumentFormatting((params, token) =>
    run(async () => {
      const input = await inputFor(params.textDocument.uri, token);
      return input ? formatting(input.textDocument, input.document, token) : [];
    }),
  );

  connection.onDocumentRangeFormatting((params, token) =>
    run(async () => {
      const input = await inputFor(params.textDocument.uri, token);
      return input ? rangeFormatting(input.textDocument, input.document, params.range, token) : [];
    }),
  );

  return {
    capabilities(client?: ClientCapabilities): ServerCapabilities {
      snippets = client?.textDocument?.completion?.completionItem?.snippetSupport === true;
      return {
        hoverProvider: true,
        completionProvider: { triggerCharacters: [...COMPLETION_TRIGGERS], resolveProvider: false },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
      };
    },
  };
}
