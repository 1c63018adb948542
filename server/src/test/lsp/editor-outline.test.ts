import * as assert from 'assert';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver-protocol';
import { EditorSession, openSession, serviceFixture } from './editor-session';
import { serverForSuite } from './lspClient';

describe('LSP: document symbols and folding ranges (bundled server over stdio)', () => {
  const server = serverForSuite({ pull: true });
  let session: EditorSession;

  it('returns the keys with their values as the outline', async () => {
    session = await openSession(server(), serviceFixture('tls12.reg'));
    const symbols = await session.request<DocumentSymbol[]>('textDocument/documentSymbol', {});
    assert.deepStrictEqual(symbols.map((s) => s.name.slice(s.name.lastIndexOf('\\') + 1)), ['Client', 'v4.0.30319', 'Old']);
    assert.deepStrictEqual(symbols[0]!.children!.map((c) => `${c.name}: ${c.detail}`), ['Enabled: REG_DWORD 0x00000001 (1)', 'DisabledByDefault: REG_DWORD 0x00000000 (0)']);
  });

  it('returns folding ranges for key sections, continued values and comment blocks', async () => {
    session = await openSession(server(), serviceFixture('messy.reg'));
    const ranges = await session.request<FoldingRange[]>('textDocument/foldingRange', {});
    const view = ranges.map((r) => `${r.startLine}-${r.endLine}${r.kind ? ` ${r.kind}` : ''}`);
    assert.ok(view.includes('1-13'), view.join(', '));
    assert.ok(view.includes('7-9'), 'the continued hex value');
    assert.ok(view.includes('17-18 comment'), 'the comment block');
  });
});
