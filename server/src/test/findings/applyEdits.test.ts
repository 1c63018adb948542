import * as assert from 'assert';
import { applyEdits, applyFixes } from '../../findings/applyEdits';

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
});
