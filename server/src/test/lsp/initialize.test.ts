import * as assert from 'assert';
import { startServer, TestServer } from './lspClient';

describe('LSP: initialize and robustness (bundled server over stdio)', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.shutdown();
    server = undefined;
  });

  it('offers pull diagnostics to a client that supports them', async () => {
    server = await startServer({ pull: true });
    const caps = server.initializeResult.capabilities;
    assert.strictEqual(caps.textDocumentSync, 2, 'incremental sync');
    assert.ok(caps.diagnosticProvider, 'diagnosticProvider');
    assert.deepStrictEqual(caps.codeActionProvider && typeof caps.codeActionProvider === 'object' && caps.codeActionProvider.codeActionKinds, [
      'quickfix',
      'source.fixAll.regPolicy',
    ]);
    assert.strictEqual(server.initializeResult.serverInfo?.name, 'reg-policy-language-server');
  });

  it('does not offer pull diagnostics to a push-only client (Neovim 0.7)', async () => {
    server = await startServer({ pull: false });
    assert.strictEqual(server.initializeResult.capabilities.diagnosticProvider, undefined);
  });

  it('survives malformed requests and keeps answering', async () => {
    server = await startServer({ pull: true });
    const c = server.connection;
    await assert.rejects(c.sendRequest('textDocument/hover', { nonsense: true }));
    await assert.rejects(c.sendRequest('regPolicy/doesNotExist', {}));
    const actions = await c.sendRequest('textDocument/codeAction', {
      textDocument: { uri: 'file:///never/opened.reg' },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.deepStrictEqual(actions, []);
    // Still alive: a normal request after the bad ones is answered.
    const report = await c.sendRequest('textDocument/diagnostic', { textDocument: { uri: 'file:///never/opened.reg' } });
    assert.deepStrictEqual(report, { kind: 'full', items: [] });
    assert.strictEqual(server.process.exitCode, null);
  });
});
