import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import {
  ClientCapabilities,
  createProtocolConnection,
  Diagnostic,
  InitializeResult,
  ProtocolConnection,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const SERVER_BUNDLE = path.join(REPO_ROOT, 'server', 'dist', 'server.js');

export interface TestServer {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  readonly initializeResult: InitializeResult;
  /**
   * Resolves with the diagnostics last published for `uri` if they satisfy `accept`, otherwise with the next
   * publication that does (so a result that arrived before the call is not missed).
   */
  nextDiagnostics(uri: string, accept?: (d: Diagnostic[]) => boolean): Promise<PublishDiagnosticsParams>;
  stderr(): string;
  shutdown(): Promise<void>;
}

/** Capabilities of a client that pulls diagnostics (VS Code) or only takes pushed ones (Neovim 0.7). */
export function clientCapabilities(options: { pull: boolean; configuration?: boolean }): ClientCapabilities {
  return {
    workspace: {
      configuration: options.configuration ?? false,
      didChangeWatchedFiles: { dynamicRegistration: false },
      ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
    textDocument: {
      synchronization: { dynamicRegistration: false },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    },
  };
}

/** Spawns the bundled language server over stdio, as other editors do, and initializes it. */
export async function startServer(options: {
  pull: boolean;
  configuration?: boolean;
  rootUri?: string | null;
  initializationOptions?: unknown;
}): Promise<TestServer> {
  const child = spawn(process.execPath, [...(process.env.LSP_NODE_ARGS ? process.env.LSP_NODE_ARGS.split(' ') : []), SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters: { uri: string; accept: (d: Diagnostic[]) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const latest = new Map<string, PublishDiagnosticsParams>();
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    latest.set(params.uri, params);
    for (const w of [...waiters]) {
      if (w.uri === params.uri && w.accept(params.diagnostics)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(params);
      }
    }
  });
  connection.listen();
  const initializeResult = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    capabilities: clientCapabilities(options),
    initializationOptions: options.initializationOptions,
  })) as InitializeResult;
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    initializeResult,
    nextDiagnostics: (uri, accept = () => true) => {
      const last = latest.get(uri);
      if (last && accept(last.diagnostics)) return Promise.resolve(last);
      return new Promise((resolve) => waiters.push({ uri, accept, resolve }));
    },
    stderr: () => stderr,
    shutdown: async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await exited;
      connection.dispose();
    },
  };
}

/**
 * Starts a server before the tests of the enclosing `describe` and shuts it down after them (the
 * tests of an editor-feature file share one server, each on documents of its own).
 */
export function serverForSuite(options: Parameters<typeof startServer>[0]): () => TestServer {
  let server: TestServer | undefined;
  before(async () => {
    server = await startServer(options);
  });
  after(async () => {
    await server?.shutdown();
  });
  return () => {
    if (!server) throw new Error('the suite server has not started');
    return server;
  };
}
