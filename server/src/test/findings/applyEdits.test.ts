import * as assert from 'assert';
import fc from 'fast-check';
import { applyEdits, applyFixes } from '../../findings/applyEdits';
import type { Fix, TextEdit } from '../../findings/types';

/**
 * Which fixes applyFixes accepts, stated directly: in order, a fix is a duplicate when each of its edits
 * equals an accepted one, and is rejected when an edit lies outside the text or overlaps an accepted edit
 * or another edit of the same fix (two insertions at one offset never overlap; an insertion overlaps a
 * range only strictly inside it; two ranges overlap when they share a character).
 */
function acceptedTitles(text: string, fixes: readonly Fix[]): { applied: string[]; rejected: string[] } {
  const overlap = (a: TextEdit, b: TextEdit): boolean => {
    if (a.length === 0 && b.length === 0) return false;
    if (a.length === 0) return a.offset > b.offset && a.offset < b.offset + b.length;
    if (b.length === 0) return b.offset > a.offset && b.offset < a.offset + a.length;
    return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
  };
  const same = (a: TextEdit, b: TextEdit): boolean => a.offset === b.offset && a.length === b.length && a.newText === b.newText;
  const accepted: TextEdit[] = [];
  const applied: string[] = [];
  const rejected: string[] = [];
  for (const fix of fixes) {
    if (fix.edits.length > 0 && fix.edits.every((e) => accepted.some((a) => same(a, e)))) {
      applied.push(fix.title);
      continue;
    }
    const bad = fix.edits.some((e, i) => e.offset + e.length > text.length || accepted.some((a) => overlap(a, e)) || fix.edits.some((o, j) => j !== i && overlap(o, e)));
    if (bad) rejected.push(fix.title);
    else {
      accepted.push(...fix.edits);
      applied.push(fix.title);
    }
  }
  return { applied, rejected };
}

describe('applyFixes', () => {
  it('applies fixes in offset order regardless of the order given', () => {
    const result = applyFixes('abcdef', [
      { title: 'b', edits: [{ offset: 4, length: 1, newText: 'E' }] },
      { title: 'a', edits: [{ offset: 0, length: 1, newText: 'A' }] },
    ]);
    assert.strictEqual(result.text, 'AbcdEf');
    assert.strictEqual(result.applied.length, 2);
  });

  it('rejects a whole fix when one of its edits overlaps an accepted edit', () => {
    const result = applyFixes('abcdef', [
      { title: 'first', edits: [{ offset: 1, length: 3, newText: 'X' }] },
      { title: 'second', edits: [{ offset: 0, length: 0, newText: '>' }, { offset: 2, length: 1, newText: 'Y' }] },
    ]);
    assert.strictEqual(result.text, 'aXef');
    assert.deepStrictEqual(result.rejected.map((f) => f.title), ['second']);
  });

  it('keeps two insertions at the same offset in the order given', () => {
    const result = applyFixes('ab', [
      { title: '1', edits: [{ offset: 1, length: 0, newText: '1' }] },
      { title: '2', edits: [{ offset: 1, length: 0, newText: '2' }] },
    ]);
    assert.strictEqual(result.text, 'a12b');
  });

  it('rejects edits outside the text', () => {
    const result = applyFixes('ab', [{ title: 'x', edits: [{ offset: 1, length: 5, newText: '' }] }]);
    assert.strictEqual(result.text, 'ab');
    assert.strictEqual(result.rejected.length, 1);
  });

  it('applyEdits throws on overlap', () => {
    assert.throws(() =>
      applyEdits('abc', [
        { offset: 0, length: 2, newText: '' },
        { offset: 1, length: 1, newText: '' },
      ]),
    );
  });

  it('accepts and rejects exactly the fixes the rules above say, for random fixes (an index, not a scan of all accepted edits)', () => {
    const edit = fc.record({ offset: fc.nat({ max: 30 }), length: fc.constantFrom(0, 0, 1, 2, 5), newText: fc.constantFrom('', 'x', 'yz') });
    const fixes = fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { maxLength: 40 }).map((list) => list.map((edits, i): Fix => ({ title: String(i), edits })));
    fc.assert(
      fc.property(fixes, (list) => {
        const text = 'abcdefghijklmnopqrstuvwxyz0123';
        const result = applyFixes(text, list);
        // It never throws (an insertion where an accepted range starts once did), and every accepted edit
        // changes the length by what it inserts minus what it replaces.
        assert.equal(result.text.length, text.length + result.edits.reduce((n, e) => n + e.newText.length - e.length, 0));
        assert.deepStrictEqual({ applied: result.applied.map((f) => f.title), rejected: result.rejected.map((f) => f.title) }, acceptedTitles(text, list));
      }),
      { numRuns: 5000 },
    );
  });
});
