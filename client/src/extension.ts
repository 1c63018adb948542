import { ExtensionContext, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { registerCommands } from './commands';
import { EXPLAIN_SCHEME, ExplainContentProvider } from './explainView';
import { registerStatusItem } from './status';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel('Reg Policy', { log: true });
  client = createClient(context, output);
  const explain = new ExplainContentProvider(client);
  const getClient = (): LanguageClient => {
    if (!client) throw new Error('Reg Policy language server is not running');
    return client;
  };
  context.subscriptions.push(
    output,
    workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, explain),
    registerCommands({ getClient, restart: () => getClient().restart(), output, explain }),
    registerStatusItem(client),
  );
  await client.start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
