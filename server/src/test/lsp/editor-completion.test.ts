import * as assert from 'assert';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-protocol';
import { EditorSession, openSession } from './editor-session';
import { serverForSuite } from './lspClient';

const PROTOCOLS = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';

function items(result: CompletionItem[] | CompletionList | null): CompletionItem[] {
  return Array.isArray(result) ? result : (result?.items ?? []);
}

describe('LSP: completion (bundled server over stdio)', () => {
  const server = serverForSuite({ pull: true });
  let session: EditorSession;

  it('offers `TLS 1.2` as the next segment of a SCHANNEL protocols path', async () => {
    const line = `[${PROTOCOLS}\\`;
    session = await openSession(server(), `Windows Registry Editor Version 5.00\r\n\r\n${line}`);
    const result = items(await session.request('textDocument/completion', { position: { line: 2, character: line.length }, context: { triggerKind: 2, triggerCharacter: '\\' } }));
    const tls = result.find((i) => i.label === 'TLS 1.2');
    assert.ok(tls, result.map((i) => i.label).join(', '));
    assert.strictEqual((tls.textEdit as TextEdit).newText, 'TLS 1.2');
  });

  it('offers the header on line 1', async () => {
    session = await openSession(server(), '');
    const labels = items(await session.request('textDocument/completion', { position: { line: 0, character: 0 } })).map((i) => i.label);
    assert.deepStrictEqual(labels, ['Windows Registry Editor Version 5.00', 'REGEDIT4']);
  });

  it('offers the known value names of the current key as plain text to a client without snippets', async () => {
    session = await openSession(server(), `Windows Registry Editor Version 5.00\r\n\r\n[${PROTOCOLS}\\TLS 1.2\\Client]\r\n`);
    const result = items(await session.request('textDocument/completion', { position: { line: 3, character: 0 } }));
    const enabled = result.find((i) => i.label === '"Enabled"');
    assert.strictEqual((enabled?.textEdit as TextEdit).newText, '"Enabled"=dword:00000001');
  });

  it('offers the type prefixes after `=`', async () => {
    session = await openSession(server(), 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\Demo]\r\n"X"=');
    const labels = items(await session.request('textDocument/completion', { position: { line: 3, character: 4 } })).map((i) => i.label);
    for (const prefix of ['dword:', 'hex:', 'hex(2):', 'hex(7):', 'hex(b):']) assert.ok(labels.includes(prefix), prefix);
  });
});
