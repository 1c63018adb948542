import * as assert from 'assert';
import { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { change, codes, fixtureText, open, pull } from './documents';
import { startServer, TestServer } from './lspClient';

const URI_A = 'file:///virtual/missing-wow64.reg';

describe('LSP: diagnostics and code actions', () => {
  let server: TestServer;
  afterEach(() => server?.shutdown());

  it('pull: reports the missing WOW6432Node values with source, code, docs link and fix data', async () => {
    server = await startServer({ pull: true });
    await open(server, URI_A, fixtureText('missing-wow64.reg'));
    const diagnostics = await pull(server, URI_A);
    assert.deepStrictEqual(codes(diagnostics), ['AZB-003', 'AZB-004']);
    for (const d of diagnostics) {
      assert.strictEqual(d.source, 'reg-policy');
      assert.match(d.codeDescription?.href ?? '', new RegExp(`/docs/rules/${d.code}\\.md$`));
      assert.ok((d.data as { fixes: unknown[] }).fixes.length > 0, 'fix carried in data');
      assert.match(String(d.message), /WOW6432Node/);
    }
  });

  it('push: a client without pull support gets publishDiagnostics', async () => {
    server = await startServer({ pull: false });
    const published = server.nextDiagnostics(URI_A, (d) => d.length > 0);
    await open(server, URI_A, fixtureText('missing-wow64.reg'));
    assert.deepStrictEqual(codes((await published).diagnostics), ['AZB-003', 'AZB-004']);
  });

  it('the preferred quick fix inserts the WOW6432Node section and the diagnostics clear', async () => {
    server = await startServer({ pull: true });
    let doc = await open(server, URI_A, fixtureText('missing-wow64.reg'));
    const diagnostics = await pull(server, URI_A);
    const target = diagnostics.find((d) => d.code === 'AZB-003') as Diagnostic;
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI_A },
      range: target.range,
      context: { diagnostics: [target] },
    })) as CodeAction[];
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred?.edit?.changes, `a preferred fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(actions.some((a) => a.title === 'Disable AZB-003 for this line'));
    assert.ok(actions.some((a) => a.command?.command === 'regPolicy.openRuleDocs'));
    doc = await change(server, doc, preferred.edit.changes[URI_A]);
    assert.match(doc.getText(), /\[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\\.NETFramework\\v4\.0\.30319\]\r\n/);
    const after = await pull(server, URI_A);
    assert.deepStrictEqual(codes(after).filter((c) => c === 'AZB-003'), []);
  });

  it('source.fixAll.regPolicy fixes everything fixable; linting the result finds nothing fixable', async () => {
    server = await startServer({ pull: true });
    const uri = 'file:///virtual/several-problems.reg';
    let doc = await open(server, uri, fixtureText('several-problems.reg'));
    const before = await pull(server, uri);
    assert.ok(before.length >= 3, codes(before).join(','));
    const actions = (await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.regPolicy'] },
    })) as CodeAction[];
    assert.deepStrictEqual(actions.map((a) => a.kind), ['source.fixAll.regPolicy'], 'context.only respected');
    doc = await change(server, doc, actions[0].edit!.changes![uri]);
    const after = await pull(server, uri);
    const fixable = after.filter((d) => (d.data as { fixes: unknown[] }).fixes.length > 0);
    assert.deepStrictEqual(codes(fixable), [], doc.getText());
    assert.ok(after.length < before.length);
  });

  it('a configuration change that switches a rule off clears its findings', async () => {
    server = await startServer({ pull: true, configuration: true });
    let rules: Record<string, string> = {};
    server.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'regPolicy' ? { packs: ['azure-backup-tls12'], rules } : {})),
    );
    await open(server, URI_A, fixtureText('missing-wow64.reg'));
    assert.deepStrictEqual(codes(await pull(server, URI_A)), ['AZB-003', 'AZB-004']);
    rules = { 'AZB-003': 'off' };
    const refreshed = new Promise<void>((resolve) => server.connection.onRequest('workspace/diagnostic/refresh', () => resolve()));
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await refreshed;
    assert.deepStrictEqual(codes(await pull(server, URI_A)), ['AZB-004']);
  });
});
