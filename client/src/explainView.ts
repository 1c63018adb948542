import { EventEmitter, TextDocumentContentProvider, Uri } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExplainRequest } from '../../server/src/protocol';

export const EXPLAIN_SCHEME = 'reg-policy-explain';

/** Read-only documents `reg-policy-explain:<file>.txt?<uri>` showing what importing a file does. */
export class ExplainContentProvider implements TextDocumentContentProvider {
  private readonly changed = new EventEmitter<Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  static uriFor(target: Uri): Uri {
    return Uri.from({ scheme: EXPLAIN_SCHEME, path: `${target.path}.explain.txt`, query: target.toString() });
  }

  async provideTextDocumentContent(uri: Uri): Promise<string> {
    const response = await this.client.sendRequest(ExplainRequest, { uri: uri.query });
    return response.text;
  }

  refresh(uri: Uri): void {
    this.changed.fire(uri);
  }
}
