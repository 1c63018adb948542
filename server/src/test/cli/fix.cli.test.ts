import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { resolveConfig } from '../../config';
import { fixAll, lintDocument } from '../../lint';
import { decodeBytes, encodeText } from '../../parser';
import { CLI_FIXTURES, runCli } from '../helpers/runCli';

const original = fs.readFileSync(path.join(CLI_FIXTURES, 'tls', 'missing-wow64.reg'), 'utf8');
const BOM = Buffer.from([0xff, 0xfe]);

/** Lines of `after` that are not in `before`, when `before`'s lines are an in-order subsequence of `after`'s. */
function insertedLines(before: string, after: string): string[] {
  const old = before.split('\r\n');
  const inserted: string[] = [];
  let i = 0;
  for (const line of after.split('\r\n')) {
    if (i < old.length && line === old[i]) i++;
    else inserted.push(line);
  }
  assert.strictEqual(i, old.length, 'every original line is kept, in order');
  return inserted;
}

describe('reg-policy lint --fix (child process)', function () {
  // Each test starts one to four node processes; a busy machine makes that slow, not wrong.
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reg-policy-fix-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('rewrites a UTF-16LE + BOM + CRLF file byte for byte except the fix', async () => {
    const file = path.join(dir, 'tls.reg');
    const bytes = Buffer.concat([BOM, Buffer.from(original, 'utf16le')]);
    fs.writeFileSync(file, bytes);

    const run = await runCli(['lint', '--fix', '--target-os', 'ws2019', 'tls.reg'], dir);
    assert.deepStrictEqual(run, { code: 0, stdout: '', stderr: '' }, 'nothing is left to report');

    const fixed = fs.readFileSync(file);
    assert.deepStrictEqual([...fixed.subarray(0, 2)], [0xff, 0xfe], 'BOM kept');
    assert.strictEqual(fixed.length % 2, 0);
    const text = fixed.subarray(2).toString('utf16le');
    assert.ok(!/\r(?!\n)|(?<!\r)\n/.test(text), 'every line break is still CRLF');
    assert.deepStrictEqual(
      insertedLines(original, text).filter((l) => l !== ''),
      [
        '[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319]',
        '"SystemDefaultTlsVersions"=dword:00000001',
        '"SchUseStrongCrypto"=dword:00000001',
      ],
    );

    // Exactly the library's fix-all result, encoded like the input: nothing else changed.
    const config = await resolveConfig({}, { baseDir: dir }, { targetOs: ['ws2019'] });
    const expected = fixAll(decodeBytes(bytes), config).text;
    assert.ok(fixed.equals(Buffer.from(encodeText(expected, { encoding: 'utf-16le', bom: true }))));

    // Linting the fixed file finds nothing fixable.
    const again = lintDocument(decodeBytes(fixed), config);
    assert.deepStrictEqual(again.findings.filter((f) => f.fixes?.length).map((f) => f.ruleId), []);
  });

  it('keeps an ANSI (windows-1252) file ANSI, with its LF line breaks and accented bytes', async () => {
    const file = path.join(dir, 'ansi.reg');
    const text = `${original.replace(/\r\n/g, '\n')}; Caf\u00e9 \u00a9 Contoso\n`;
    fs.writeFileSync(file, Buffer.from(text, 'latin1'));

    const run = await runCli(['lint', '--fix', '--target-os', 'ws2019', 'ansi.reg'], dir);
    assert.strictEqual(run.code, 0, run.stdout + run.stderr);

    const fixed = fs.readFileSync(file);
    assert.notStrictEqual(fixed[0], 0xff, 'no BOM added');
    assert.ok(fixed.includes(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xa9])), 'é and © still one byte each');
    const fixedText = fixed.toString('latin1');
    assert.ok(!fixedText.includes('\r'), 'LF line breaks kept');
    assert.ok(fixedText.includes('[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319]\n'));
  });

  it('leaves a file without fixable findings untouched (same bytes, same mtime)', async () => {
    const file = path.join(dir, 'clean.reg');
    fs.copyFileSync(path.join(CLI_FIXTURES, 'tls', 'complete.reg'), file);
    const before = fs.statSync(file).mtimeMs;
    fs.utimesSync(file, new Date(0), new Date(0));
    const run = await runCli(['lint', '--fix', '--target-os', 'ws2019', 'clean.reg'], dir);
    assert.strictEqual(run.code, 0);
    assert.strictEqual(fs.statSync(file).mtimeMs, 0, `rewritten (was ${before})`);
  });

  it('fixes with an extra --pack and reports what it could not fix', async () => {
    fs.copyFileSync(path.join(CLI_FIXTURES, 'packs', 'contoso-agent.reg'), path.join(dir, 'agent.reg'));
    fs.appendFileSync(path.join(dir, 'agent.reg'), '[HKLM\\SOFTWARE\\Contoso\\Other]\r\n"x"=dword:123456789\r\n');
    const pack = path.join(CLI_FIXTURES, 'packs', 'contoso.regpack.json');
    const run = await runCli(['lint', '--fix', '--pack', pack, '--target-os', 'ws2019', '--format', 'json', 'agent.reg'], dir);
    const report = JSON.parse(run.stdout);
    const left = report.files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    assert.ok(!left.includes('CONTOSO-001'), `CONTOSO-001 fixed: ${left}`);
    assert.ok(!left.includes('REG004'), `HKLM expanded: ${left}`);
    assert.ok(fs.readFileSync(path.join(dir, 'agent.reg'), 'utf8').includes('"LogLevel"=dword:00000002\r\n'));
    assert.strictEqual(run.code, report.errorCount > 0 ? 1 : 0);
  });
});
