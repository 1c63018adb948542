import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ruleCatalog } from '../../lint';
import { builtinPacks } from '../../policy';
import { directiveRules } from '../../suppress';
import { REPO_ROOT } from '../helpers/runCli';

describe('ruleCatalog', () => {
  const catalog = ruleCatalog(builtinPacks);

  it('lists syntax rules, every built-in pack rule, PACK001 and the directive rules, once each', () => {
    const ids = catalog.map((r) => r.id);
    assert.strictEqual(new Set(ids.map((id) => id.toUpperCase())).size, ids.length, 'no duplicates');
    for (const id of ['REG001', 'AZB-001', 'TLSLEG-001', 'PACK001', ...directiveRules.map((r) => r.id)]) {
      assert.ok(ids.includes(id), `missing ${id}`);
    }
    for (const pack of builtinPacks) for (const rule of pack.rules) assert.ok(ids.includes(rule.id), rule.id);
  });

  it('has a docs page for every rule the CLI can report, whose title names the id', () => {
    for (const rule of catalog) {
      const page = path.join(REPO_ROOT, 'docs', 'rules', `${rule.id}.md`);
      assert.ok(fs.existsSync(page), `docs/rules/${rule.id}.md is missing`);
      assert.match(fs.readFileSync(page, 'utf8').split('\n')[0], new RegExp(`^# ${rule.id}\\b`));
      assert.strictEqual(rule.docsUrl, `https://github.com/reg-policy/reg-policy/blob/main/docs/rules/${rule.id}.md`);
    }
  });
});
