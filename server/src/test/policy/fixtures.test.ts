/**
 * Fixture-driven pack rule tests (test-fixtures/rules/<RULE-ID>/*.reg): every finding must be
 * announced by a `; expect` marker and every marker must be matched; "fix all" must produce
 * `<name>.fixed.reg`, and linting that finds nothing fixable. A folder is linted with the
 * pack that owns its rule (PACK001: the packs on by default). UPDATE_FIXTURES=1 rewrites the
 * snapshots (review the diff).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtinPacks, policyRules } from '../../policy';
import { actualMarkers, expectedMarkers, fixAll, lintText, preferredFixes, readRegFile, ruleFixturesDir } from './harness';

const policyRuleIds = new Set(policyRules(builtinPacks).map((r) => r.id));
const ruleDirs = fs.existsSync(ruleFixturesDir)
  ? fs.readdirSync(ruleFixturesDir).filter((d) => policyRuleIds.has(d))
  : [];

describe('policy rule fixtures', () => {
  it('has a fixture folder for every pack rule', () => {
    assert.deepStrictEqual([...policyRuleIds].filter((id) => !ruleDirs.includes(id)), []);
  });

  for (const ruleId of ruleDirs) {
    describe(ruleId, () => {
      const dir = path.join(ruleFixturesDir, ruleId);
      // Each folder is linted with the pack that owns its rule, so fixtures stay about one pack.
      const owner = builtinPacks.filter((p) => p.rules.some((r) => r.id === ruleId));
      const packs = owner.length > 0 ? owner : builtinPacks.filter((p) => p.enabledByDefault);
      const files = fs.readdirSync(dir).filter((f) => f.endsWith('.reg') && !f.endsWith('.fixed.reg'));

      it('has files that trigger the rule and files that do not', () => {
        const triggers = files.map((f) => expectedMarkers(readRegFile(path.join(dir, f))).some((m) => m.endsWith(`:${ruleId}`)));
        assert.ok(triggers.includes(true), `no fixture in ${dir} expects ${ruleId}`);
        assert.ok(triggers.includes(false), `every fixture in ${dir} expects ${ruleId}; add one that must not trigger it`);
      });

      for (const file of files) {
        const full = path.join(dir, file);
        it(file, () => {
          const text = readRegFile(full);
          const findings = lintText(text, packs);
          assert.deepStrictEqual(actualMarkers(text, findings), expectedMarkers(text), findings.map((f) => `${f.ruleId}: ${f.message}`).join('\n'));

          const snapshot = full.replace(/\.reg$/, '.fixed.reg');
          if (preferredFixes(findings).length === 0) {
            assert.ok(!fs.existsSync(snapshot), `${snapshot} exists but nothing is fixable`);
            return;
          }
          const fixed = fixAll(text, findings);
          if (process.env['UPDATE_FIXTURES'] === '1') fs.writeFileSync(snapshot, fixed);
          assert.ok(fs.existsSync(snapshot), `missing fix snapshot ${snapshot} (run with UPDATE_FIXTURES=1)`);
          assert.strictEqual(fixed, readRegFile(snapshot));
          const left = lintText(fixed, packs).filter((f) => f.fixes && f.fixes.length > 0);
          assert.deepStrictEqual(left.map((f) => `${f.ruleId}: ${f.message}`), []);
        });
      }
    });
  }
});
