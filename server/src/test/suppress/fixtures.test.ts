import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Finding } from '../../findings/types';
import { LineIndex } from '../../lint/positions';
import { applyDirectives, directiveFindings, parseDirectives } from '../../suppress';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', '..', 'test-fixtures', 'suppress');
const MARKER = /\{(-?)([A-Z]+)\}/g;

interface Marked {
  readonly finding: Finding;
  readonly suppressed: boolean;
}

/** `{AAA}` in a line stands for an AAA finding there that must survive; `{-AAA}` for one that must not. */
function markedFindings(text: string): Marked[] {
  const out: Marked[] = [];
  for (const m of text.matchAll(MARKER)) {
    out.push({
      finding: { ruleId: m[2], severity: 'warning', message: m[0], offset: m.index ?? 0, length: m[0].length },
      suppressed: m[1] === '-',
    });
  }
  return out;
}

const describeFinding = (f: Finding, lines: LineIndex): string => `${lines.lineOf(f.offset)}:${f.ruleId}`;

describe('suppression fixtures (test-fixtures/suppress)', () => {
  const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.reg'));

  it('has fixtures to run', () => {
    assert.ok(files.length >= 5, `only ${files.length} fixtures in ${FIXTURES}`);
  });

  for (const name of files) {
    it(name, () => {
      const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
      const lines = new LineIndex(text);
      const marked = markedFindings(text);
      assert.ok(marked.length > 0, 'fixture has no markers');
      const parsed = parseDirectives(text);
      const result = applyDirectives(
        marked.map((m) => m.finding),
        parsed.directives,
        (o) => lines.lineOf(o),
      );
      const expectedKept = marked.filter((m) => !m.suppressed).map((m) => describeFinding(m.finding, lines));
      const expectedSuppressed = marked.filter((m) => m.suppressed).map((m) => describeFinding(m.finding, lines));
      assert.deepStrictEqual(result.kept.map((f) => describeFinding(f, lines)), expectedKept);
      assert.deepStrictEqual(result.suppressed.map((f) => describeFinding(f, lines)), expectedSuppressed);
      // Every directive in the fixtures names known rules only.
      const rp001 = directiveFindings(parsed, ['AAA', 'BBB', 'CCC']).filter((f) => f.ruleId === 'RP001');
      assert.deepStrictEqual(rp001.map((f) => f.message), []);
    });
  }
});
