import * as assert from 'assert';
import { applyFixes } from '../../findings/applyEdits';
import { LineIndex } from '../../lint/positions';
import { applyDirectives, closest, directiveFindings, parseDirectives } from '../../suppress';

const HEADER = 'Windows Registry Editor Version 5.00';

describe('parseDirectives', () => {
  it('finds directives with their kind, rules and 1-based line', () => {
    const text = `${HEADER}\r\n; reg-policy-disable-next-line REG001, AZB-002\r\n"a"="b"\r\n; reg-policy-disable-file\r\n`;
    const { directives, unknown } = parseDirectives(text);
    assert.deepStrictEqual(
      directives.map((d) => [d.kind, d.line, d.rules.map((r) => r.id)]),
      [
        ['disable-next-line', 2, ['REG001', 'AZB-002']],
        ['disable-file', 4, []],
      ],
    );
    assert.strictEqual(unknown.length, 0);
    // Rule spans point at the ids themselves (RP001 underlines them).
    const rule = directives[0].rules[1];
    assert.strictEqual(text.slice(rule.offset, rule.offset + rule.length), 'AZB-002');
  });

  it('counts lone CR and lone LF line breaks as regedit does', () => {
    const text = `${HEADER}\r; reg-policy-disable-next-line AAA\n"a"="b"\r\n; reg-policy-disable BBB`;
    assert.deepStrictEqual(
      parseDirectives(text).directives.map((d) => d.line),
      [2, 4],
    );
    const lines = new LineIndex(text);
    const offsetOfA = text.indexOf('"a"');
    const result = applyDirectives(
      [{ ruleId: 'AAA', severity: 'error', message: 'm', offset: offsetOfA, length: 3 }],
      parseDirectives(text).directives,
      (o) => lines.lineOf(o),
    );
    assert.strictEqual(result.suppressed.length, 1);
  });

  it('ignores the per-file target OS comment that the policy engine reads', () => {
    const { directives, unknown } = parseDirectives(`${HEADER}\n; reg-policy-target-os: ws2012 ws2019\n`);
    assert.strictEqual(directives.length, 0);
    assert.strictEqual(unknown.length, 0);
  });
});

describe('directiveFindings', () => {
  const known = ['REG001', 'REG002', 'AZB-001'];

  it('reports an unknown rule id as RP001 on the id, with a fix to the one close known id', () => {
    const text = `${HEADER}\n; reg-policy-disable-next-line AZB-01, reg001\n`;
    const findings = directiveFindings(parseDirectives(text), known);
    assert.deepStrictEqual(
      findings.map((f) => [f.ruleId, text.slice(f.offset, f.offset + f.length)]),
      [['RP001', 'AZB-01']],
    );
    assert.match(findings[0].message, /Did you mean "AZB-001"\?/);
    const fixed = applyFixes(text, [findings[0].fixes![0]]).text;
    assert.strictEqual(fixed, `${HEADER}\n; reg-policy-disable-next-line AZB-001, reg001\n`);
    assert.deepStrictEqual(directiveFindings(parseDirectives(fixed), known), []);
  });

  it('offers no fix when two known ids are equally close', () => {
    const text = `${HEADER}\n; reg-policy-disable REG00\n`;
    const [finding] = directiveFindings(parseDirectives(text), known);
    assert.strictEqual(finding.ruleId, 'RP001');
    assert.strictEqual(finding.fixes, undefined);
  });

  it('reports an unknown directive keyword as RP002 with a fix to the intended one', () => {
    const text = `${HEADER}\n; reg-policy-disable-nextline REG001\n"a"="b"\n`;
    const parsed = parseDirectives(text);
    assert.strictEqual(parsed.directives.length, 0);
    const [finding] = directiveFindings(parsed, known);
    assert.strictEqual(finding.ruleId, 'RP002');
    assert.strictEqual(text.slice(finding.offset, finding.offset + finding.length), 'disable-nextline');
    const fixed = applyFixes(text, [finding.fixes![0]]).text;
    assert.deepStrictEqual(
      parseDirectives(fixed).directives.map((d) => d.kind),
      ['disable-next-line'],
    );
  });
});

describe('unused directives (RP003)', () => {
  const known = ['AAA', 'BBB', 'CCC'];
  const check = (text: string) => {
    const parsed = parseDirectives(text);
    const lines = new LineIndex(text);
    const at = text.indexOf('"x"');
    const { used } = applyDirectives([{ ruleId: 'BBB', severity: 'error', message: 'm', offset: at, length: 3 }], parsed.directives, (o) => lines.lineOf(o));
    return directiveFindings(parsed, known, used).filter((f) => f.ruleId === 'RP003');
  };

  it('removes a wholly unused directive line, line break included', () => {
    const text = `${HEADER}\r\n; reg-policy-disable-next-line AAA, CCC\r\n"x"=dword:1\r\n`;
    const [finding, ...more] = check(text);
    assert.strictEqual(more.length, 0);
    assert.match(finding.message, /AAA, CCC suppresses nothing/);
    assert.strictEqual(applyFixes(text, [finding.fixes![0]]).text, `${HEADER}\r\n"x"=dword:1\r\n`);
  });

  it('removes only the unused ids, with their separators', () => {
    const middle = `${HEADER}\n; reg-policy-disable-next-line AAA, BBB, CCC -- why\n"x"=dword:1\n`;
    const findings = check(middle);
    assert.deepStrictEqual(findings.map((f) => middle.slice(f.offset, f.offset + f.length)), ['AAA', 'CCC']);
    // The first id goes with the separator after it, the others with the one before: no overlap.
    const fixed = applyFixes(middle, findings.map((f) => f.fixes![0]));
    assert.strictEqual(fixed.rejected.length, 0);
    assert.strictEqual(fixed.text, `${HEADER}\n; reg-policy-disable-next-line BBB -- why\n"x"=dword:1\n`);
    assert.deepStrictEqual(check(fixed.text), []);
  });

  it('never reports enable directives or unknown ids (RP001 covers those)', () => {
    const text = `${HEADER}\n; reg-policy-disable-next-line BBB, NOPE\n"x"=dword:1\n; reg-policy-enable AAA\n`;
    assert.deepStrictEqual(check(text), []);
  });
});

describe('closest', () => {
  it('returns the single candidate within edit distance 2', () => {
    assert.strictEqual(closest('AZB-01', ['AZB-001', 'REG010']), 'AZB-001');
    assert.strictEqual(closest('disable-nextline', ['disable-next-line', 'disable-file', 'disable', 'enable']), 'disable-next-line');
  });

  it('returns undefined when nothing is close or two candidates tie', () => {
    assert.strictEqual(closest('XYZ123', ['AZB-001']), undefined);
    assert.strictEqual(closest('REG00', ['REG001', 'REG002']), undefined);
  });
});

