import * as assert from 'assert';
import * as path from 'path';
import { CLI_FIXTURES, runCli } from '../helpers/runCli';

interface JsonReport {
  files: { path: string; findings: { ruleId: string; severity: string; line: number }[] }[];
}

const rulesByFile = (report: JsonReport): Record<string, string[]> =>
  Object.fromEntries(report.files.map((f) => [f.path, f.findings.map((x) => `${x.ruleId}:${x.severity}`)]));

describe('reg-policy lint configuration (child process)', function () {
  // Each test starts one to four node processes; a busy machine makes that slow, not wrong.
  this.timeout(60_000);
  const discovery = path.join(CLI_FIXTURES, 'discovery');

  it('applies the nearest .regpolicy.json above each file, and its ignore globs', async () => {
    const run = await runCli(['lint', '--format', 'json', '.'], discovery);
    assert.strictEqual(run.code, 1, run.stderr);
    assert.deepStrictEqual(rulesByFile(JSON.parse(run.stdout)), {
      // root config: REG004 off; ignored/** skipped
      'abbreviated.reg': ['REG008:warning'],
      // no config of its own: the root one applies
      'team/abbreviated.reg': ['REG008:warning'],
      // its own config: REG004 is an error
      'team/strict/abbreviated.reg': ['REG004:error', 'REG008:warning'],
    });
  });

  it('--config uses one file for everything instead of discovery', async () => {
    const run = await runCli(['lint', '--format', 'json', '--config', 'team/strict/.regpolicy.json', '.'], discovery);
    const byFile = rulesByFile(JSON.parse(run.stdout));
    assert.deepStrictEqual(Object.keys(byFile), [
      'abbreviated.reg',
      'ignored/abbreviated.reg',
      'team/abbreviated.reg',
      'team/strict/abbreviated.reg',
    ]);
    for (const rules of Object.values(byFile)) assert.deepStrictEqual(rules, ['REG004:error', 'REG008:warning']);
  });

  it('--target-os reaches the pack rules (advisories only for legacy targets)', async () => {
    const tls = path.join(CLI_FIXTURES, 'tls');
    const legacy = JSON.parse((await runCli(['lint', '-f', 'json', '--target-os', 'ws2012', 'complete.reg'], tls)).stdout) as JsonReport;
    assert.ok(legacy.files[0].findings.some((f) => f.ruleId === 'AZB-006'), 'KB3140245 advisory for ws2012');
    const modern = JSON.parse((await runCli(['lint', '-f', 'json', '--target-os', 'ws2019', 'complete.reg'], tls)).stdout) as JsonReport;
    assert.deepStrictEqual(modern.files[0].findings, []);
  });

  it('--importer reaches the syntax rules (HKLM is an error for regedit, a warning for reg import)', async () => {
    const dir = path.join(CLI_FIXTURES, 'importer');
    const regedit = await runCli(['lint', '-f', 'json', 'hklm.reg'], dir);
    assert.deepStrictEqual(rulesByFile(JSON.parse(regedit.stdout))['hklm.reg'].filter((r) => r.startsWith('REG004')), ['REG004:error']);
    assert.strictEqual(regedit.code, 1);
    const reg = await runCli(['lint', '-f', 'json', '--importer', 'reg', 'hklm.reg'], dir);
    assert.deepStrictEqual(rulesByFile(JSON.parse(reg.stdout))['hklm.reg'].filter((r) => r.startsWith('REG004')), ['REG004:warning']);
  });

  it('--pack enforces an extra rule pack on top of the configured ones', async () => {
    const dir = path.join(CLI_FIXTURES, 'packs');
    const without = JSON.parse((await runCli(['lint', '-f', 'json', 'contoso-agent.reg'], dir)).stdout) as JsonReport;
    assert.deepStrictEqual(without.files[0].findings, []);
    const run = await runCli(['lint', '-f', 'json', '--pack', 'contoso.regpack.json', 'contoso-agent.reg'], dir);
    assert.strictEqual(run.code, 1);
    assert.deepStrictEqual(rulesByFile(JSON.parse(run.stdout)), { 'contoso-agent.reg': ['CONTOSO-001:error'] });
  });

  it('inline directives suppress findings, and an unknown rule in one is reported', async () => {
    const run = await runCli(['lint', '--format', 'json', 'suppress/directives.reg'], CLI_FIXTURES);
    const findings = (JSON.parse(run.stdout) as JsonReport).files[0].findings.map((f) => `${f.line}:${f.ruleId}`);
    // line 5 (disable-next-line) and 13 (disable ... enable) are suppressed; REG008 is off for the file
    assert.deepStrictEqual(findings, ['8:RP001', '9:REG004', '15:REG004']);
  });
});
