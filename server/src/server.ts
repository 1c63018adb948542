import { promises as fs } from 'fs';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { ConfigError, isIgnored } from './config';
import { Analysis, Engine } from './engine';
import { explain } from './explain';
import { formatExplanation } from './cli/commands/explain';
import { fixAll } from './lint';
import { encodeText } from './parser';
import { builtinPacks } from './policy';
import {
  ExplainRequest,
  FixAllWorkspaceRequest,
  LintWorkspaceRequest,
  ListPacksRequest,
  PackTemplateRequest,
  StatusNotification,
} from './protocol';
import { ConfigProblems } from './handlers/configProblems';
import { Debouncer } from './handlers/debouncer';
import { DocumentAnalyses } from './handlers/documentAnalyses';
import { registerEditorFeatures } from './handlers/editorFeatures';
import { SettingsCache } from './handlers/settingsCache';
import { codeActions, FIX_ALL_KIND } from './services/codeActions';
import { toDiagnostics } from './services/diagnostics';
import { packMergeEdits, packTemplateText } from './services/packTemplate';
import { lineBreakOf, toLspEdit } from './services/textEdits';
import { VERSION } from './version';
import { WorkspaceLinter } from './workspace/workspaceLinter';

// Wiring only: features live in services/ (pure), handlers/ (state) and workspace/; this file connects them.
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let capabilities = {
  configuration: false,
  pullDiagnostics: false,
  diagnosticRefresh: false,
  workspaceFolders: false,
  progress: false,
  watchedFilesRegistration: false,
};
let rootPath: string | undefined;

const engine = new Engine();
const settings = new SettingsCache(connection, () => capabilities.configuration);
const fsPathOf = (uri: string): string | undefined => (uri.startsWith('file:') ? URI.parse(uri).fsPath : undefined);
const analyses = new DocumentAnalyses(async (document) => {
  const analysis = await engine.analyzeText({
    uri: document.uri,
    version: document.version,
    text: document.getText(),
    settings: await settings.get(document.uri),
    fsPath: fsPathOf(document.uri),
  });
  void reportConfigError(analysis.configError);
  return analysis;
});
const pushDebounce = new Debouncer(150);
const editorFeatures = registerEditorFeatures(connection, documents, analyses, (uri) => settings.get(uri));

// Config files and packs that failed to load get their error on the file itself; cleared once they load.
const configProblems = new ConfigProblems(connection);
const reportConfigError = (error: ConfigError | undefined): Promise<void> => configProblems.report(error);

const workspaceLinter = new WorkspaceLinter({
  folders: async () => {
    const folders = capabilities.workspaceFolders ? await connection.workspace.getWorkspaceFolders() : null;
    const paths = (folders ?? []).map((f) => fsPathOf(f.uri)).filter((p): p is string => !!p);
    return paths.length > 0 ? paths : rootPath ? [rootPath] : [];
  },
  excludes: async (folder) => {
    const uri = URI.file(folder).toString();
    const s = await settings.get(uri);
    if (!s.lintWorkspace) return false;
    const filesExclude = capabilities.configuration
      ? ((await connection.workspace.getConfiguration({ scopeUri: uri, section: 'files.exclude' }).catch(() => ({}))) as Record<string, boolean> | null)
      : null;
    return [...Object.entries(filesExclude ?? {}).filter(([, on]) => on === true).map(([glob]) => glob), ...s.exclude];
  },
  lintFile: async (fsPath) => {
    const uri = URI.file(fsPath).toString();
    try {
      const analysis = await engine.analyzeFile(uri, fsPath, await settings.get(uri));
      void reportConfigError(analysis.configError);
      if (isIgnored(analysis.config, fsPath)) return { uri, diagnostics: [], fixable: 0 };
      const document = TextDocument.create(uri, 'reg', 0, analysis.text);
      return { uri, diagnostics: toDiagnostics(document, analysis.findings), fixable: analysis.findings.filter((f) => f.fixes?.length).length };
    } catch {
      return { uri, diagnostics: [], fixable: 0 }; // unreadable or vanished meanwhile: nothing to show
    }
  },
  isOpen: (uri) => documents.get(uri) !== undefined,
  publish: (uri, diagnostics) => connection.sendDiagnostics({ uri, diagnostics }),
});

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const c = params.capabilities ?? {};
  capabilities = {
    configuration: !!c.workspace?.configuration,
    pullDiagnostics: !!c.textDocument?.diagnostic,
    diagnosticRefresh: !!c.workspace?.diagnostics?.refreshSupport,
    workspaceFolders: !!c.workspace?.workspaceFolders,
    progress: !!c.window?.workDoneProgress,
    watchedFilesRegistration: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
  };
  const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
  rootPath = root ? fsPathOf(root) : params.rootPath ?? undefined;
  return {
    capabilities: {
      ...editorFeatures.capabilities(c),
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      diagnosticProvider: capabilities.pullDiagnostics
        ? { identifier: 'reg-policy', interFileDependencies: false, workspaceDiagnostics: false }
        : undefined,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'reg-policy-language-server', version: VERSION },
  };
});

connection.onInitialized(() => {
  if (capabilities.watchedFilesRegistration) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.reg' }, { globPattern: '**/.regpolicy.json' }, { globPattern: '**/*.regpack.json' }],
    });
  }
  if (capabilities.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(() => void lintWorkspace());
  }
  void lintWorkspace();
});

async function lintWorkspace(): Promise<{ files: number; findings: number }> {
  const progress = capabilities.progress ? await connection.window.createWorkDoneProgress() : undefined;
  progress?.begin('Reg Policy: linting .reg files', 0, undefined, true);
  try {
    const summary = await workspaceLinter.lintAll(progress?.token);
    return { files: summary.files, findings: summary.findings };
  } finally {
    progress?.done();
  }
}

function sendStatus(analysis: Analysis): void {
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

async function publish(document: TextDocument): Promise<void> {
  const analysis = await analyses.get(document);
  if (documents.get(document.uri)?.version !== analysis.version) return; // stale: a newer version is on its way
  connection.sendDiagnostics({ uri: document.uri, version: analysis.version, diagnostics: toDiagnostics(document, analysis.findings) });
  sendStatus(analysis);
}

documents.onDidOpen((event) => {
  // The editor buffer wins over what the workspace lint read from disk.
  if (capabilities.pullDiagnostics) workspaceLinter.clear(event.document.uri);
});

documents.onDidChangeContent((event) => {
  if (capabilities.pullDiagnostics) return;
  pushDebounce.schedule(event.document.uri, () => void publish(event.document));
});

documents.onDidClose((event) => {
  const uri = event.document.uri;
  pushDebounce.cancel(uri);
  analyses.delete(uri);
  if (!capabilities.pullDiagnostics) connection.sendDiagnostics({ uri, diagnostics: [] });
  // Back to what is on disk, if the workspace lint covers the file.
  const fsPath = fsPathOf(uri);
  if (fsPath) {
    void workspaceLinter.covers(fsPath).then(async (covered) => {
      if (covered) await workspaceLinter.lintOne(fsPath);
    });
  }
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
  if (analysis.version !== document.version) return [];
  return codeActions(document, analysis.findings, params.context, () => fixAll(analysis.decoded, analysis.config).text);
});

function refreshDiagnostics(): void {
  if (capabilities.pullDiagnostics) {
    // Clients that pull but cannot be asked to re-pull get fresh results on their next pull (next edit).
    if (capabilities.diagnosticRefresh) {
      connection.languages.diagnostics.refresh().catch((err: unknown) => connection.console.warn(`diagnostic refresh failed: ${String(err)}`));
    }
  } else {
    for (const document of documents.all()) void publish(document);
  }
}

function everythingChanged(): void {
  engine.clearConfig();
  analyses.clear();
  configProblems.clear();
  refreshDiagnostics();
  void lintWorkspace();
}

connection.onDidChangeConfiguration((change) => {
  settings.reset(change.settings);
  everythingChanged();
});

connection.onDidChangeWatchedFiles(async (params) => {
  let configChanged = false;
  for (const change of params.changes) {
    const fsPath = fsPathOf(change.uri);
    if (!fsPath) continue;
    if (/\.regpolicy\.json$|\.regpack\.json$|\.json$/i.test(fsPath)) {
      configChanged = true;
    } else if (/\.reg$/i.test(fsPath)) {
      engine.forgetEncoding(fsPath);
      if (change.type === FileChangeType.Deleted) workspaceLinter.clear(change.uri);
      else if (!documents.get(change.uri) && (await workspaceLinter.covers(fsPath))) await workspaceLinter.lintOne(fsPath);
    }
  }
  if (configChanged) everythingChanged();
});

connection.onRequest(ExplainRequest, async ({ uri }) => {
  const document = documents.get(uri);
  const fsPath = fsPathOf(uri);
  const name = fsPath ?? uri;
  if (document) {
    const analysis = await analyses.get(document);
    const bytes = encodeText(analysis.decoded.text, analysis.decoded);
    return { text: formatExplanation(explain(bytes, { file: name, importer: analysis.config.importer, codePage: analysis.config.codePage })) };
  }
  if (!fsPath) return { text: `${uri}: not open and not a file on disk` };
  const bytes = await fs.readFile(fsPath).catch(() => undefined);
  if (!bytes) return { text: `${fsPath}: cannot read the file` };
  const { config } = await engine.configFor(fsPath, await settings.get(uri));
  return { text: formatExplanation(explain(bytes, { file: fsPath, importer: config.importer, codePage: config.codePage })) };
});

connection.onRequest(LintWorkspaceRequest, () => lintWorkspace());

connection.onRequest(ListPacksRequest, () =>
  builtinPacks.map((p) => ({ id: p.id, title: p.title, enabledByDefault: p.id === 'azure-backup-tls12' })),
);

connection.onRequest(PackTemplateRequest, async ({ packId, uri }) => {
  const pack = builtinPacks.find((p) => p.id === packId);
  if (!pack) throw new Error(`unknown rule pack "${packId}"`);
  const document = uri ? documents.get(uri) : undefined;
  if (!document) return { text: packTemplateText(pack), edits: [] };
  const analysis = await analyses.get(document);
  const eol = lineBreakOf(analysis.text);
  return { text: packTemplateText(pack, eol), edits: packMergeEdits(document.getText(), analysis.model, pack, eol).map((e) => toLspEdit(document, e)) };
});

connection.onRequest(FixAllWorkspaceRequest, async () => {
  let filesChanged = 0;
  let fixesApplied = 0;
  for (const fsPath of await workspaceLinter.files()) {
    const uri = URI.file(fsPath).toString();
    const open = documents.get(uri);
    const analysis = open ? await analyses.get(open) : await engine.analyzeFile(uri, fsPath, await settings.get(uri));
    const fixed = fixAll(analysis.decoded, analysis.config);
    if (fixed.applied === 0 || fixed.text === analysis.decoded.text) continue;
    if (open) {
      // Open documents are edited in the editor, which saves them in their own encoding.
      const end = open.positionAt(open.getText().length);
      await connection.workspace.applyEdit({ changes: { [uri]: [{ range: { start: { line: 0, character: 0 }, end }, newText: fixed.text }] } });
    } else {
      await fs.writeFile(fsPath, encodeText(fixed.text, analysis.decoded));
    }
    filesChanged++;
    fixesApplied += fixed.applied;
  }
  if (filesChanged > 0) void lintWorkspace();
  return { filesChanged, fixesApplied };
});


// A bug in one request must not take the server (and every editor feature) down with it.
process.on('unhandledRejection', (reason) => connection.console.error(`reg-policy: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));

documents.listen(connection);
connection.listen();
