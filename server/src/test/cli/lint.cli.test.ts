import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type * as Sarif from 'sarif';
import { CLI_FIXTURES, runCli } from '../helpers/runCli';
import { sarifSchemaErrors } from '../helpers/sarifSchema';

const fixture = (...parts: string[]): string => path.join(CLI_FIXTURES, ...parts);
const TLS = fixture('tls');

describe('reg-policy lint (child process)', function () {
  // Each test starts one to four node processes; a busy machine makes that slow, not wrong.
  this.timeout(60_000);
  it('exits 0 with no output for a clean file', async () => {
    const run = await runCli(['lint', '--target-os', 'ws2019', 'complete.reg'], TLS);
    assert.deepStrictEqual(run, { code: 0, stdout: '', stderr: '' });
  });

  it('prints stylish rows and a summary, and exits 1 on errors', async () => {
    const run = await runCli(['lint', '--target-os', 'ws2019', 'missing-wow64.reg'], TLS);
    assert.strictEqual(run.code, 1);
    const lines = run.stdout.split('\n');
    assert.strictEqual(lines[1], 'missing-wow64.reg');
    assert.match(lines[2], /^ {2}7:1 {2}error {2}.*"SystemDefaultTlsVersions".* {2}AZB-003$/);
    assert.match(lines[3], /^ {2}7:1 {2}error {2}.*"SchUseStrongCrypto".* {2}AZB-004$/);
    assert.ok(run.stdout.includes('✖ 2 problems (2 errors, 0 warnings)\n  2 problems potentially fixable with the `--fix` option.'), run.stdout);
    assert.strictEqual(run.stderr, '');
  });

  it('lints every .reg file under the current folder by default, skipping node_modules and .git', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reg-policy-cli-default-'));
    try {
      const broken = 'Windows Registry Editor Version 5.00\r\n\r\n[HKLM\\SOFTWARE\\X]\r\n';
      for (const f of ['one.reg', 'sub/two.reg', 'node_modules/x/three.reg', '.git/four.reg']) {
        fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
        fs.writeFileSync(path.join(dir, f), broken);
      }
      const run = await runCli(['lint', '--format', 'json'], dir);
      assert.strictEqual(run.code, 1);
      const report = JSON.parse(run.stdout);
      assert.deepStrictEqual(report.files.map((f: { path: string }) => f.path), ['one.reg', 'sub/two.reg']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--quiet reports errors only', async () => {
    const strict = fixture('discovery', 'team', 'strict');
    const loud = await runCli(['lint', 'abbreviated.reg'], strict);
    assert.match(loud.stdout, / warning .*REG008\n/, 'without --quiet the warning shows');
    const quiet = await runCli(['lint', '--quiet', 'abbreviated.reg'], strict);
    assert.strictEqual(quiet.code, 1);
    assert.ok(!quiet.stdout.includes('REG008'), quiet.stdout);
    assert.match(quiet.stdout, / error .*REG004\n/);
    assert.match(quiet.stdout, /✖ 1 problem \(1 error, 0 warnings\)/);
  });

  it('--max-warnings turns too many warnings into exit code 1', async () => {
    const dir = fixture('discovery');
    const within = await runCli(['lint', '--max-warnings', '2', 'abbreviated.reg', 'team/abbreviated.reg'], dir);
    assert.strictEqual(within.code, 0, within.stderr);
    const over = await runCli(['lint', '--max-warnings', '1', 'abbreviated.reg', 'team/abbreviated.reg'], dir);
    assert.strictEqual(over.code, 1);
    assert.strictEqual(over.stderr, 'reg-policy: too many warnings (2, maximum 1)\n');
  });

  it('--format json gives counts and 1-based positions', async () => {
    const run = await runCli(['lint', '--format', 'json', '--target-os', 'ws2019', 'missing-wow64.reg', 'complete.reg'], TLS);
    assert.strictEqual(run.code, 1);
    const report = JSON.parse(run.stdout);
    assert.strictEqual(report.errorCount, 2);
    assert.deepStrictEqual(report.files.map((f: { path: string; errorCount: number }) => [f.path, f.errorCount]), [
      ['complete.reg', 0],
      ['missing-wow64.reg', 2],
    ]);
    const first = report.files[1].findings[0];
    assert.deepStrictEqual([first.ruleId, first.line, first.column, first.fixable], ['AZB-003', 7, 1, true]);
  });

  it('--format sarif validates against the SARIF 2.1.0 schema with what GitHub code scanning needs', async () => {
    const run = await runCli(['lint', '--format', 'sarif', 'tls/missing-wow64.reg', 'discovery/team/strict/abbreviated.reg'], CLI_FIXTURES);
    assert.strictEqual(run.code, 1);
    const log = JSON.parse(run.stdout) as Sarif.Log;
    assert.deepStrictEqual(sarifSchemaErrors(log), []);
    const run0 = log.runs[0];
    const ruleIds = run0.tool.driver.rules?.map((r) => r.id) ?? [];
    for (const id of ['REG001', 'REG004', 'AZB-003', 'TLSLEG-001', 'RP001']) assert.ok(ruleIds.includes(id), `rules lack ${id}`);
    const results = run0.results ?? [];
    assert.ok(results.length >= 3);
    for (const r of results) {
      assert.strictEqual(ruleIds[r.ruleIndex ?? -1], r.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(r.level ?? ''), r.level);
      assert.ok(r.message.text);
      const loc = r.locations?.[0].physicalLocation;
      assert.strictEqual(loc?.artifactLocation?.uriBaseId, '%SRCROOT%');
      assert.ok(!path.isAbsolute(loc?.artifactLocation?.uri ?? '/'));
      assert.ok((loc?.region?.startLine ?? 0) >= 1 && (loc?.region?.startColumn ?? 0) >= 1);
      assert.ok((loc?.region?.endLine ?? 0) >= (loc?.region?.startLine ?? 0));
    }
    const reg004 = results.find((r) => r.ruleId === 'REG004');
    assert.strictEqual(reg004?.locations?.[0].physicalLocation?.artifactLocation?.uri, 'discovery/team/strict/abbreviated.reg');
    assert.strictEqual(reg004?.level, 'error', 'the strict folder config makes REG004 an error');
  });

  it('--output-file writes the report to a file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reg-policy-cli-out-'));
    try {
      const out = path.join(dir, 'reports', 'lint.sarif');
      const run = await runCli(['lint', '-f', 'sarif', '-o', out, 'missing-wow64.reg'], TLS);
      assert.strictEqual(run.code, 1);
      assert.strictEqual(run.stdout, '');
      assert.strictEqual((JSON.parse(fs.readFileSync(out, 'utf8')) as Sarif.Log).version, '2.1.0');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('paints stylish output with --color or FORCE_COLOR, never into a pipe by default', async () => {
    const strict = fixture('discovery', 'team', 'strict');
    const piped = await runCli(['lint', 'abbreviated.reg'], strict);
    assert.ok(!piped.stdout.includes('\u001b['), 'no escape codes into a pipe');
    const forced = await runCli(['lint', 'abbreviated.reg'], strict, { FORCE_COLOR: '1' });
    assert.ok(forced.stdout.includes('\u001b[31merror  \u001b[0m'), forced.stdout);
    const flag = await runCli(['lint', '--color', 'abbreviated.reg'], strict);
    assert.strictEqual(flag.stdout, forced.stdout);
    const off = await runCli(['lint', '--no-color', 'abbreviated.reg'], strict, { FORCE_COLOR: '1' });
    assert.strictEqual(off.stdout, piped.stdout);
  });

  it('--help prints the options and exits 0', async () => {
    const run = await runCli(['lint', '--help']);
    assert.strictEqual(run.code, 0);
    for (const option of ['--format', '--fix', '--pack', '--config', '--target-os', '--importer', '--max-warnings', '--quiet']) {
      assert.ok(run.stdout.includes(option), option);
    }
  });
});

describe('reg-policy lint usage and I/O errors (exit 2, one line)', function () {
  // Each test starts one to four node processes; a busy machine makes that slow, not wrong.
  this.timeout(60_000);
  const cases: [string, string[], RegExp][] = [
    ['an unknown option', ['--frobnicate'], /^reg-policy lint: unknown option "--frobnicate" \(try --help\)\n$/],
    ['an unknown format', ['--format', 'xml'], /^reg-policy lint: unknown format "xml" \(use stylish, json, sarif\)\n$/],
    ['a missing option value', ['--format'], /^reg-policy lint: --format needs a value\n$/],
    ['a bad --max-warnings', ['--max-warnings', 'many'], /^reg-policy lint: --max-warnings needs a whole number, not "many"\n$/],
    ['a bad --importer', ['--importer', 'powershell'], /^reg-policy lint: --importer must be regedit or reg, not "powershell"\n$/],
    ['an unknown --target-os', ['--target-os', 'ws2019,win95', 'tls/complete.reg'], /^reg-policy lint: --target-os: unknown OS "win95" \(known: .*\)\n$/],
    ['a path that matches nothing', ['nothing-here.reg'], /^reg-policy lint: no files matching "nothing-here\.reg"\n$/],
    ['a missing --config file', ['--config', 'nope.json', 'tls/complete.reg'], /^reg-policy lint: .*nope\.json: cannot read configuration \(ENOENT\)\n$/],
    [
      'an invalid .regpolicy.json (file and JSON pointer)',
      ['bad-config/abbreviated.reg'],
      /^reg-policy lint: .*bad-config[/\\]\.regpolicy\.json: at \/rules\/REG004: must be one of "off", "error", "warning", "information", "hint"\n$/,
    ],
    [
      'a --pack that fails to load (file and JSON pointer)',
      ['--pack', 'bad-pack/broken.regpack.json', 'tls/complete.reg'],
      /^reg-policy lint: .*broken\.regpack\.json: at \/rules\/0\/severity: invalid rule pack: .*\n$/,
    ],
    ['an --output-file that cannot be written', ['-o', 'tls/complete.reg/report.json', 'tls/complete.reg'], /^reg-policy lint: cannot write .*report\.json \((EEXIST|ENOTDIR)\)\n$/],
    ['a --pack file that does not exist', ['--pack', 'missing.regpack.json', 'tls/complete.reg'], /^reg-policy lint: .*missing\.regpack\.json: cannot read rule pack \(ENOENT\)\n$/],
  ];
  for (const [what, args, stderr] of cases) {
    it(what, async () => {
      const run = await runCli(['lint', ...args], CLI_FIXTURES);
      assert.strictEqual(run.code, 2, run.stdout + run.stderr);
      assert.match(run.stderr, stderr);
      assert.strictEqual(run.stdout, '');
    });
  }
});
