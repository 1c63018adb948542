import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildModel } from '../../model/build';
import { decodeBytes, parse } from '../../parser/index';
import { checkSyntax } from '../../rules/index';

const corpus = path.resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'corpus', 'real-world');

describe('real-world corpus (../shared/corpus/real-world)', function () {
  this.timeout(60000);
  const files = fs.existsSync(corpus) ? fs.readdirSync(corpus).filter((f) => f.toLowerCase().endsWith('.reg')).sort() : [];

  it('the corpus is there', () => {
    assert.ok(files.length >= 200, `expected the corpus at ${corpus}`);
  });

  it('every file parses; tokens reproduce it; findings lie inside it; a table of codes', () => {
    const counts = new Map<string, { findings: number; files: number }>();
    let clean = 0;
    for (const file of files) {
      const bytes = fs.readFileSync(path.join(corpus, file));
      const doc = parse(decodeBytes(bytes));
      const model = buildModel(doc);
      const findings = checkSyntax(doc, model);
      assert.equal(doc.tokens.toArray().map((t) => doc.text.slice(t.offset, t.offset + t.length)).join(''), doc.text, file);
      for (const f of findings) assert.ok(f.offset >= 0 && f.offset + f.length <= doc.text.length, file);
      for (const op of model.operations) if (op.kind === 'setValue' && op.form === 'string') assert.deepEqual([...op.data.slice(-2)], [0, 0], file);
      if (findings.length === 0) clean++;
      const seen = new Set<string>();
      for (const f of findings) {
        const entry = counts.get(f.ruleId) ?? { findings: 0, files: 0 };
        entry.findings++;
        if (!seen.has(f.ruleId)) entry.files++;
        seen.add(f.ruleId);
        counts.set(f.ruleId, entry);
      }
    }
    const rows = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([code, c]) => `  ${code}  ${String(c.findings).padStart(5)} findings in ${String(c.files).padStart(3)} files`);
    console.log(`    ${files.length} files, ${clean} without findings\n${rows.join('\n')}`);
    assert.ok(clean > files.length / 2);
  });

  it('no false positives on known-good files (Ctrl+Z end mark, plain TLS files)', () => {
    for (const file of files.filter((f) => /perfgen__Perfgen|enable_tls12|disabletaskbarpreviewthumbnails/i.test(f))) {
      const doc = parse(decodeBytes(fs.readFileSync(path.join(corpus, file))));
      assert.deepEqual(checkSyntax(doc, buildModel(doc)).map((f) => f.ruleId), [], file);
    }
  });
});
