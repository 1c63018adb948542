import * as assert from 'assert';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EditorSession, openSession, serviceFixture } from './editor-session';
import { serverForSuite } from './lspClient';

describe('LSP: document and range formatting (bundled server over stdio)', () => {
  const server = serverForSuite({ pull: true });
  let session: EditorSession;

  const options = { tabSize: 2, insertSpaces: true };

  it('formats the whole document into the canonical layout', async () => {
    session = await openSession(server(), serviceFixture('messy.reg'));
    const edits = await session.request<TextEdit[]>('textDocument/formatting', { options });
    assert.strictEqual(TextDocument.applyEdits(session.document, edits), serviceFixture('messy.formatted.reg'));
  });

  it('formats only the selected lines', async () => {
    session = await openSession(server(), serviceFixture('messy.reg'));
    const range = { start: { line: 3, character: 0 }, end: { line: 3, character: 5 } };
    const edits = await session.request<TextEdit[]>('textDocument/rangeFormatting', { range, options });
    assert.deepStrictEqual(edits.map((e) => [e.range.start.line, e.newText]), [[3, '"Upper"=dword:00abcdef']]);
  });

  it('returns no edits for a formatted document', async () => {
    session = await openSession(server(), serviceFixture('messy.formatted.reg'));
    assert.deepStrictEqual(await session.request('textDocument/formatting', { options }), []);
  });
});
