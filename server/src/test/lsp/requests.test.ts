import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codes, fileUri, fixtureText, open, pull } from './documents';
import { startServer, TestServer } from './lspClient';

describe('LSP: Reg Policy requests (explain, packs, baseline, workspace)', () => {
  let server: TestServer;
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'reg-policy-req-'));
  });
  afterEach(async () => {
    await server?.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('regPolicy/explain describes what importing the open document does', async () => {
    server = await startServer({ pull: true });
    const uri = 'file:///virtual/explain.reg';
    await open(server, uri, fixtureText('missing-wow64.reg'));
    const { text } = (await server.connection.sendRequest('regPolicy/explain', { uri })) as { text: string };
    assert.match(text, /Importing this file:/);
    assert.match(text, /line 8: set "SystemDefaultTlsVersions" = REG_DWORD 0x00000001 \(1\)/);
  });

  it('regPolicy/listPacks and a new file from the Azure Backup pack that lints clean', async () => {
    server = await startServer({ pull: true });
    const packs = (await server.connection.sendRequest('regPolicy/listPacks')) as { id: string; enabledByDefault: boolean }[];
    assert.deepStrictEqual(packs.map((p) => [p.id, p.enabledByDefault]), [
      ['azure-backup-tls12', true],
      ['tls-legacy-protocols-disabled', false],
    ]);
    const { text } = (await server.connection.sendRequest('regPolicy/packTemplate', { packId: 'azure-backup-tls12' })) as { text: string };
    const uri = 'file:///virtual/new.reg';
    await open(server, uri, text);
    assert.deepStrictEqual(codes(await pull(server, uri)), []);
    assert.match(text, /WOW6432Node/);
  });

  it('regPolicy/packTemplate merges the baseline into an open document, adding only what is missing', async () => {
    server = await startServer({ pull: true });
    const uri = 'file:///virtual/merge.reg';
    const original = fixtureText('missing-wow64.reg');
    const doc = await open(server, uri, original);
    const { edits } = (await server.connection.sendRequest('regPolicy/packTemplate', { packId: 'azure-backup-tls12', uri })) as {
      edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
    };
    const merged = TextDocument.applyEdits(doc, edits);
    assert.ok(merged.startsWith(original), 'existing text kept as it was');
    assert.strictEqual(merged.match(/\[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\/g)?.length, 1);
    assert.strictEqual(merged.match(/"Enabled"=/g)?.length, 1, 'no duplicate of a value that was there');
    const uri2 = 'file:///virtual/merged.reg';
    await open(server, uri2, merged);
    assert.deepStrictEqual(codes(await pull(server, uri2)), []);
  });

  it('regPolicy/lintWorkspace and regPolicy/fixAllWorkspace rewrite unopened files in their own encoding', async () => {
    const file = path.join(root, 'tls.reg');
    const original = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixtureText('missing-wow64.reg'), 'utf16le')]);
    fs.writeFileSync(file, original);
    server = await startServer({ pull: true, rootUri: fileUri(root) });
    const lint = (await server.connection.sendRequest('regPolicy/lintWorkspace')) as { files: number; findings: number };
    assert.deepStrictEqual(lint, { files: 1, findings: 2 });
    const fixed = (await server.connection.sendRequest('regPolicy/fixAllWorkspace')) as { filesChanged: number; fixesApplied: number };
    assert.strictEqual(fixed.filesChanged, 1);
    const bytes = fs.readFileSync(file);
    assert.deepStrictEqual([...bytes.subarray(0, 2)], [0xff, 0xfe], 'BOM kept');
    const text = bytes.subarray(2).toString('utf16le');
    for (const section of original.subarray(2).toString('utf16le').split('\r\n\r\n')) assert.ok(text.includes(section), `kept: ${section}`);
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'CRLF only');
    assert.match(text, /\[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\\.NETFramework\\v4\.0\.30319\]\r\n/);
    const after = (await server.connection.sendRequest('regPolicy/lintWorkspace')) as { files: number; findings: number };
    assert.deepStrictEqual(after, { files: 1, findings: 0 });
  });
});
