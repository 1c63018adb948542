import * as fs from 'fs';
import * as path from 'path';
import { Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { REPO_ROOT, TestServer } from './lspClient';

export const LSP_FIXTURES = path.join(REPO_ROOT, 'test-fixtures', 'lsp');

export function fixtureText(name: string): string {
  return fs.readFileSync(path.join(LSP_FIXTURES, name), 'latin1');
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code)).sort();
}

/** Opens `text` as `uri` (version 1) and returns a TextDocument mirror to apply edits to. */
export async function open(server: TestServer, uri: string, text: string): Promise<TextDocument> {
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'reg', version: 1, text } });
  return TextDocument.create(uri, 'reg', 1, text);
}

/** Applies edits to the mirror and sends the whole new text as the next version. */
export async function change(server: TestServer, doc: TextDocument, edits: TextEdit[]): Promise<TextDocument> {
  const text = TextDocument.applyEdits(doc, edits);
  const next = TextDocument.create(doc.uri, 'reg', doc.version + 1, text);
  await server.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: doc.uri, version: next.version },
    contentChanges: [{ text }],
  });
  return next;
}

export async function pull(server: TestServer, uri: string): Promise<Diagnostic[]> {
  const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { kind: string; items: Diagnostic[] };
  return report.items;
}

export function fileUri(p: string): string {
  return URI.file(p).toString();
}
