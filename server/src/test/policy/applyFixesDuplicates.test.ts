import * as assert from 'assert';
import { applyFixes } from '../../findings/applyEdits';

// Policy findings share fixes (one inserted key section satisfies several missing values) and
// a pack near-miss may repeat a syntax rule's root expansion: identical edits apply once.
describe('applyFixes with duplicate edits', () => {
  it('applies the same fix offered twice once', () => {
    const section = { title: 'add', edits: [{ offset: 2, length: 0, newText: '[K]\n' }] };
    const result = applyFixes('a\nb\n', [section, { ...section }]);
    assert.strictEqual(result.text, 'a\n[K]\nb\n');
    assert.strictEqual(result.applied.length, 2);
    assert.strictEqual(result.rejected.length, 0);
  });

  it('applies a fix that repeats an accepted edit exactly once, and defers a partial repeat', () => {
    const root = { offset: 1, length: 4, newText: 'HKEY_LOCAL_MACHINE' };
    const result = applyFixes('[HKLM\\SOFTWARE\\X]', [
      { title: 'REG004', edits: [root] },
      { title: 'pack, root only', edits: [{ ...root }] },
      { title: 'pack, root and name', edits: [{ ...root }, { offset: 15, length: 1, newText: 'Y' }] },
    ]);
    assert.strictEqual(result.text, '[HKEY_LOCAL_MACHINE\\SOFTWARE\\X]');
    assert.deepStrictEqual(result.rejected.map((f) => f.title), ['pack, root and name']);
  });
});
