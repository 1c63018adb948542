import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { codes, fileUri, fixtureText, open, pull } from './documents';
import { startServer, TestServer } from './lspClient';

describe('LSP: workspace lint of files that are not open', () => {
  let server: TestServer;
  let root: string;
  let unopened: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'reg-policy-ws-'));
    unopened = path.join(root, 'sub', 'never-opened.reg');
    fs.mkdirSync(path.dirname(unopened));
    // UTF-16LE with BOM and CRLF, as regedit exports: decoded from disk by the server.
    fs.writeFileSync(unopened, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixtureText('missing-wow64.reg'), 'utf16le')]));
  });
  afterEach(async () => {
    await server?.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('publishes diagnostics for an unopened UTF-16LE file, clears them when it is deleted', async () => {
    const uri = fileUri(unopened);
    server = await startServer({ pull: true, rootUri: fileUri(root) });
    const first = await server.nextDiagnostics(uri, (d) => d.length > 0);
    assert.deepStrictEqual(codes(first.diagnostics), ['AZB-003', 'AZB-004']);

    fs.rmSync(unopened);
    const cleared = server.nextDiagnostics(uri, (d) => d.length === 0);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    assert.deepStrictEqual((await cleared).diagnostics, []);
  });

  it('re-lints when .regpolicy.json changes: a rule switched off there disappears', async () => {
    const uri = fileUri(unopened);
    server = await startServer({ pull: true, rootUri: fileUri(root) });
    await server.nextDiagnostics(uri, (d) => d.length === 2);
    const config = path.join(root, '.regpolicy.json');
    fs.writeFileSync(config, JSON.stringify({ rules: { 'AZB-003': 'off' } }));
    const next = server.nextDiagnostics(uri, (d) => d.length === 1);
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(config), type: 1 }] });
    assert.deepStrictEqual(codes((await next).diagnostics), ['AZB-004']);
  });

  it('an invalid .regpolicy.json is reported on the config file, naming the JSON pointer', async () => {
    const config = path.join(root, '.regpolicy.json');
    fs.writeFileSync(config, '{\n  "packs": ["azure-backup-tls12"],\n  "importr": "reg"\n}\n');
    server = await startServer({ pull: true, rootUri: fileUri(root) });
    const report = await server.nextDiagnostics(fileUri(config), (d) => d.length > 0);
    assert.strictEqual(report.diagnostics[0].range.start.line, 2);
    assert.match(String(report.diagnostics[0].message), /importr/);
  });

  it('an opened file takes its diagnostics from the editor buffer, not from disk', async () => {
    const uri = fileUri(unopened);
    server = await startServer({ pull: true, rootUri: fileUri(root) });
    await server.nextDiagnostics(uri, (d) => d.length > 0);
    const cleared = server.nextDiagnostics(uri, (d) => d.length === 0);
    await open(server, uri, fixtureText('missing-wow64.reg').replace('"SchUseStrongCrypto"=dword:00000001', ''));
    await cleared; // the pushed disk result is withdrawn; the pull result is authoritative
    assert.deepStrictEqual(codes(await pull(server, uri)), ['AZB-003', 'AZB-004', 'AZB-004']);
  });

  it('respects files.exclude and regPolicy.exclude, and regPolicy.lintWorkspace=false', async () => {
    fs.writeFileSync(path.join(root, 'kept.reg'), fixtureText('missing-wow64.reg'));
    fs.mkdirSync(path.join(root, 'vendor'));
    fs.writeFileSync(path.join(root, 'vendor', 'third-party.reg'), fixtureText('missing-wow64.reg'));
    let lintWorkspace = true;
    server = await startServer({ pull: true, configuration: true, rootUri: fileUri(root) });
    server.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) =>
        item.section === 'regPolicy' ? { exclude: ['vendor'], lintWorkspace } : item.section === 'files.exclude' ? { 'sub/**': true, 'other/**': false } : null,
      ),
    );
    const lint = (await server.connection.sendRequest('regPolicy/lintWorkspace')) as { files: number };
    assert.strictEqual(lint.files, 1, 'only kept.reg: sub/ is in files.exclude, vendor/ in regPolicy.exclude');
    lintWorkspace = false;
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const off = (await server.connection.sendRequest('regPolicy/lintWorkspace')) as { files: number };
    assert.strictEqual(off.files, 0);
  });
});
