import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { REPO_ROOT, TestServer } from './lspClient';

export const SERVICE_FIXTURES = path.join(REPO_ROOT, 'test-fixtures', 'services');

export function serviceFixture(name: string): string {
  return fs.readFileSync(path.join(SERVICE_FIXTURES, name), 'latin1');
}

/** A document opened on a started server, and the text the client holds for it. */
export interface EditorSession {
  readonly server: TestServer;
  readonly uri: string;
  readonly document: TextDocument;
  request<R>(method: string, params: Record<string, unknown>): Promise<R>;
}

let counter = 0;

/** Opens a new document (a fresh URI each time, so the tests of a file can share one server). */
export async function openSession(server: TestServer, text: string): Promise<EditorSession> {
  const uri = `file:///editor-features/doc${++counter}.reg`;
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'reg', version: 1, text } });
  return {
    server,
    uri,
    document: TextDocument.create(uri, 'reg', 1, text),
    request: <R>(method: string, params: Record<string, unknown>) => server.connection.sendRequest(method, { textDocument: { uri }, ...params }) as Promise<R>,
  };
}

/** The 0-based position of `needle` (plus `delta`) in the session's text. */
export function positionIn(session: EditorSession, needle: string, delta = 0): { line: number; character: number } {
  const offset = session.document.getText().indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" not in the document`);
  return session.document.positionAt(offset + delta);
}
