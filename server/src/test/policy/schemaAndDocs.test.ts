import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtinPacks, policyRules } from '../../policy';
import { repoRoot } from './harness';

describe('rule-pack schema and rule docs', () => {
  it('publishes the same schema the loader validates with', () => {
    const published = JSON.parse(fs.readFileSync(path.join(repoRoot, 'schemas', 'rule-pack.schema.json'), 'utf8'));
    const bundled = JSON.parse(fs.readFileSync(path.join(repoRoot, 'server', 'src', 'policy', 'rule-pack.schema.json'), 'utf8'));
    assert.deepStrictEqual(published, bundled);
  });

  for (const rule of policyRules(builtinPacks)) {
    it(`${rule.id} has a docs page that cites its source`, () => {
      const page = path.join(repoRoot, 'docs', 'rules', `${rule.id}.md`);
      assert.ok(fs.existsSync(page), `missing ${path.relative(repoRoot, page)}`);
      const text = fs.readFileSync(page, 'utf8');
      assert.ok(text.startsWith(`# ${rule.id}`), `${rule.id}.md must start with "# ${rule.id}"`);
      if (rule.sourceUrl) assert.ok(text.includes(rule.sourceUrl), `${rule.id}.md must cite ${rule.sourceUrl}`);
      assert.ok(rule.docsUrl.endsWith(`/docs/rules/${rule.id}.md`));
    });
  }
});
