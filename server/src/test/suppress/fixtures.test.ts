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
      const checks = directiveFindings(parsed, ['AAA', 'BBB', 'CCC'], result.used);
      assert.deepStrictEqual(checks.filter((f) => f.ruleId === 'RP001').map((f) => f.message), []);
      // A directive whose reason says `expect-unused` must be reported as unused (RP003), as a
      // whole or for the ids listed after it; no other directive may be.
      const expectedUnused = parsed.directives.flatMap((d) => {
        const m = /expect-unused((?:\s+[A-Z]+)*)/.exec(d.reason);
        if (!m) return [];
        const ids = m[1].trim().split(/\s+/).filter(Boolean);
        return ids.length === 0 ? [`${d.line}:directive`] : ids.map((id) => `${d.line}:${id}`);
      });
      const reported = checks
        .filter((f) => f.ruleId === 'RP003')
        .map((f) => {
          const d = parsed.directives.find((x) => x.line === lines.lineOf(f.offset));
          return `${lines.lineOf(f.offset)}:${d && f.offset === d.offset ? 'directive' : text.slice(f.offset, f.offset + f.length)}`;
        });
      assert.deepStrictEqual(reported, expectedUnused);
    });
  }
});
