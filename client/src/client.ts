import * as path from 'path';
import { ExtensionContext, LogOutputChannel, workspace } from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

/** Builds the language client; the server is the bundled server/dist/server.js, run over IPC. */
export function createClient(context: ExtensionContext, outputChannel: LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('server', 'dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'reg' },
      { scheme: 'untitled', language: 'reg' },
    ],
    outputChannel,
    synchronize: {
      // Config files and extra rule packs change what the server reports, opened or not.
      fileEvents: [
        workspace.createFileSystemWatcher('**/*.reg'),
        workspace.createFileSystemWatcher('**/.regpolicy.json'),
        workspace.createFileSystemWatcher('**/*.regpack.json'),
      ],
    },
    diagnosticPullOptions: {
      onChange: true,
      onSave: true,
    },
  };
  return new LanguageClient('regPolicy', 'Reg Policy', serverOptions, clientOptions);
}
