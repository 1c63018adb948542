import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { explain } from '../../explain';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const cli = path.join(repoRoot, 'server', 'dist', 'cli.js');
const utf16 = (text: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);

const SAMPLE = 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319\\]\r\n"SchUseStrongCrypto"=dword:00000001\r\n@="x"\r\n"Old"=-\r\n[-HKEY_CURRENT_USER\\Software\\Old]\r\n"N"=dword:000000001\r\n';

describe('explain()', () => {
  it('returns exactly the documented shape', () => {
    const result = explain(utf16(SAMPLE), { file: 'a.reg' });
    assert.deepEqual(Object.keys(result), ['file', 'encoding', 'bom', 'eol', 'header', 'imports', 'operations', 'diagnostics']);
    assert.equal(result.encoding, 'utf-16le');
    assert.equal(result.bom, true);
    assert.equal(result.eol, 'crlf');
    assert.equal(result.header, 'Windows Registry Editor Version 5.00');
    assert.equal(result.imports, true);
    const key = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319';
    assert.deepEqual(result.operations, [
      { op: 'createKey', key, line: 3 },
      { op: 'setValue', key, name: 'SchUseStrongCrypto', type: 4, data: '01000000', line: 4 },
      { op: 'setValue', key, name: '', type: 1, data: '78000000', line: 5 },
      { op: 'deleteValue', key, name: 'Old', line: 6 },
      { op: 'deleteKey', key: 'HKEY_CURRENT_USER\\Software\\Old', line: 7 },
    ]);
    assert.deepEqual(result.diagnostics, [
      { code: 'REG014', severity: 'error', line: 8, column: 11, endLine: 8, endColumn: 20, message: 'regedit ignores this line: a DWORD has at most 8 hex digits (found 9)' },
    ]);
  });

  it('imports=false and no operations for a refused file', () => {
    const result = explain(Buffer.from('regedit4\r\n[HKEY_CURRENT_USER\\X]\r\n'), { file: 'b.reg' });
    assert.equal(result.imports, false);
    assert.equal(result.header, null);
    assert.deepEqual(result.operations, []);
    assert.equal(result.encoding, 'windows-1252');
    assert.equal(result.bom, false);
  });

  it('honours the importer and the code page', () => {
    const bytes = Buffer.from('REGEDIT4\r\n[HKLM\\SOFTWARE\\X]\r\n"A"="\xe9"\r\n', 'latin1');
    assert.equal(explain(bytes, { file: 'c.reg' }).operations.length, 0);
    const reg = explain(bytes, { file: 'c.reg', importer: 'reg', codePage: 'windows-1251' });
    assert.equal(reg.operations[1].data, '39040000');
    assert.equal(reg.encoding, 'windows-1251');
  });
});

describe('reg-policy explain (child process on server/dist/cli.js)', function () {
  this.timeout(30000);
  let dir: string;
  before(function () {
    if (!fs.existsSync(cli)) execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'ignore' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reg-explain-'));
    fs.writeFileSync(path.join(dir, 'sample.reg'), utf16(SAMPLE));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'explain', ...args], { cwd: dir, encoding: 'utf8' });

  it('--json prints exactly one JSON object equal to explain()', () => {
    const r = run('sample.reg', '--json');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), explain(utf16(SAMPLE), { file: 'sample.reg' }));
  });

  it('describes the import in plain words by default', () => {
    const r = run('sample.reg');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /set "SchUseStrongCrypto" = REG_DWORD 0x00000001 \(1\)/);
    assert.match(r.stdout, /delete HKEY_CURRENT_USER\\Software\\Old and all its subkeys/);
    assert.match(r.stdout, /line 8, column 11: error REG014/);
  });

  it('--importer reg and --encoding are accepted; bad values exit 2 with one line', () => {
    assert.equal(run('sample.reg', '--importer', 'reg', '--encoding', '1251', '--json').status, 0);
    for (const args of [['sample.reg', '--importer', 'x'], ['sample.reg', '--encoding', 'nope'], ['missing.reg'], [], ['a.reg', 'b.reg'], ['sample.reg', '--bogus']]) {
      const r = run(...args);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stdout}`);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.equal(r.stdout, '');
    }
  });
});
