import * as assert from 'assert';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { EditorSession, openSession, positionIn, serviceFixture } from './editor-session';
import { serverForSuite } from './lspClient';

describe('LSP: capabilities and hover (bundled server over stdio)', () => {
  const server = serverForSuite({ pull: true });
  let session: EditorSession;

  it('announces hover, completion, symbols, folding and formatting', async () => {
    session = await openSession(server(), 'REGEDIT4\r\n');
    const caps = session.server.initializeResult.capabilities;
    assert.ok(caps.hoverProvider, 'hoverProvider');
    assert.deepStrictEqual(caps.completionProvider?.triggerCharacters, ['[', '\\', '"', '=']);
    assert.ok(caps.documentSymbolProvider, 'documentSymbolProvider');
    assert.ok(caps.foldingRangeProvider, 'foldingRangeProvider');
    assert.ok(caps.documentFormattingProvider, 'documentFormattingProvider');
    assert.ok(caps.documentRangeFormattingProvider, 'documentRangeFormattingProvider');
  });

  it('answers a hover on a value with its type and decoded data as Markdown', async () => {
    session = await openSession(server(), serviceFixture('tls12.reg'));
    const hover = await session.request<Hover>('textDocument/hover', { position: positionIn(session, '"Big"', 1) });
    const contents = hover.contents as MarkupContent;
    assert.strictEqual(contents.kind, 'markdown');
    assert.match(contents.value, /`REG_QWORD`/);
    assert.match(contents.value, /4294967298 \(0x0000000100000002\)/);
    assert.deepStrictEqual(hover.range, { start: { line: 12, character: 0 }, end: { line: 12, character: 36 } });
  });

  it('answers a hover on a key with what the packs check there', async () => {
    session = await openSession(server(), serviceFixture('tls12.reg'));
    const hover = await session.request<Hover>('textDocument/hover', { position: positionIn(session, 'TLS 1.2\\Client]') });
    assert.match((hover.contents as MarkupContent).value, /Rule packs check this key[\s\S]*AZB-002/);
  });

  it('follows incremental edits: the hover reads the new version', async () => {
    session = await openSession(server(), serviceFixture('tls12.reg'));
    const at = positionIn(session, 'dword:00000001');
    await session.server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: session.uri, version: 2 },
      contentChanges: [{ range: { start: { line: at.line, character: at.character + 13 }, end: { line: at.line, character: at.character + 14 } }, text: 'f' }],
    });
    const hover = await session.request<Hover>('textDocument/hover', { position: at });
    assert.match((hover.contents as MarkupContent).value, /15 \(0x0000000f\)/);
  });

  it('answers null on a blank line and for a document that is not open', async () => {
    session = await openSession(server(), serviceFixture('tls12.reg'));
    assert.strictEqual(await session.request('textDocument/hover', { position: { line: 1, character: 0 } }), null);
    const other = await session.server.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///not/open.reg' }, position: { line: 0, character: 0 } });
    assert.strictEqual(other, null);
  });
});
