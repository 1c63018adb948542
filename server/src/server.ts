import {
  CodeActionKind,
  createConnection,
  DocumentDiagnosticReportKind,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { analyzeText } from './engine';
import { Debouncer } from './handlers/debouncer';
import { DocumentAnalyses } from './handlers/documentAnalyses';
import { SettingsCache } from './handlers/settingsCache';
import { StatusNotification } from './protocol';
import { codeActions, FIX_ALL_KIND } from './services/codeActions';
import { toDiagnostics } from './services/diagnostics';
import { VERSION } from './version';

// Wiring only: features live in services/ (pure) and handlers/ (state); this file connects them.
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let capabilities = { configuration: false, pullDiagnostics: false };

const settings = new SettingsCache(connection, () => capabilities.configuration);
const analyses = new DocumentAnalyses(async (document) =>
  analyzeText({
    uri: document.uri,
    version: document.version,
    text: document.getText(),
    settings: await settings.get(document.uri),
    fsPath: document.uri.startsWith('file:') ? URI.parse(document.uri).fsPath : undefined,
  }),
);
const pushDebounce = new Debouncer(150);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const c = params.capabilities ?? {};
  capabilities = {
    configuration: !!c.workspace?.configuration,
    pullDiagnostics: !!c.textDocument?.diagnostic,
  };
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      diagnosticProvider: capabilities.pullDiagnostics
        ? { identifier: 'reg-policy', interFileDependencies: false, workspaceDiagnostics: false }
        : undefined,
    },
    serverInfo: { name: 'reg-policy-language-server', version: VERSION },
  };
});

async function publish(document: TextDocument): Promise<void> {
  const analysis = await analyses.get(document);
  if (documents.get(document.uri)?.version !== analysis.version) return; // stale: a newer version is on its way
  connection.sendDiagnostics({ uri: document.uri, version: analysis.version, diagnostics: toDiagnostics(document, analysis.findings) });
  sendStatus(analysis);
}

function sendStatus(analysis: Awaited<ReturnType<typeof analyzeText>>): void {
  const count = (s: string): number => analysis.findings.filter((f) => f.severity === s).length;
  void connection.sendNotification(StatusNotification, {
    uri: analysis.uri,
    packs: [...analysis.packs],
    targetOs: [...analysis.targetOs],
    errors: count('error'),
    warnings: count('warning'),
    infos: count('information'),
  });
}

documents.onDidChangeContent((event) => {
  if (capabilities.pullDiagnostics) return;
  pushDebounce.schedule(event.document.uri, () => void publish(event.document));
});

documents.onDidClose((event) => {
  pushDebounce.cancel(event.document.uri);
  analyses.delete(event.document.uri);
  if (!capabilities.pullDiagnostics) connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.languages.diagnostics.on(async (params, token) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const analysis = await analyses.get(document);
  if (token.isCancellationRequested) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  sendStatus(analysis);
  return { kind: DocumentDiagnosticReportKind.Full, items: toDiagnostics(document, analysis.findings) };
});

connection.onCodeAction(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const analysis = await analyses.get(document);
  return codeActions(document, analysis.findings, params.context);
});

connection.onDidChangeConfiguration((change) => {
  settings.reset(change.settings);
  analyses.clear();
  refreshDiagnostics();
});

function refreshDiagnostics(): void {
  if (capabilities.pullDiagnostics) {
    void connection.languages.diagnostics.refresh();
  } else {
    for (const document of documents.all()) void publish(document);
  }
}

documents.listen(connection);
connection.listen();
