import type { SetValueOp } from '../model/types';
import type { SyntaxRule } from './types';

/**
 * The same value assigned twice in one key. regedit applies lines in order, so the later
 * assignment silently replaces the earlier one; a `"name"=-` or a `[-key]` in between resets it.
 */
export const duplicateValue: SyntaxRule = {
  id: 'REG024',
  name: 'duplicate-value',
  description: 'The same value is set twice in one key: the earlier assignment is overridden.',
  severity: 'warning',
  fixable: true,
  check: ({ doc, model }, report) => {
    // Key (folded path) → value name (lower case) → its last assignment.
    const assigned = new Map<string, Map<string, SetValueOp>>();
    let lastKey: string | undefined;
    let lastValues: Map<string, SetValueOp> | undefined;
    for (const op of model.operations) {
      if (op.kind === 'deleteKey') {
        // Deleting a key resets the values of the key and of every key below it.
        const below = `${op.path.key}\\`;
        for (const key of [...assigned.keys()]) if (key === op.path.key || key.startsWith(below)) assigned.delete(key);
        lastKey = undefined;
        continue;
      }
      if (op.kind === 'createKey') continue;
      const name = op.name.toLowerCase();
      // Operations come section by section: the previous operation's key is usually this one's.
      let values = op.path.key === lastKey ? lastValues : assigned.get(op.path.key);
      if (op.kind === 'deleteValue') {
        values?.delete(name);
        continue;
      }
      if (!values) {
        values = new Map<string, SetValueOp>();
        assigned.set(op.path.key, values);
      }
      lastKey = op.path.key;
      lastValues = values;
      const earlier = values.get(name);
      values.set(name, op);
      if (!earlier) continue;
      const shown = op.name === '' ? 'the default value' : `"${op.name}"`;
      const lineStart = doc.text.lastIndexOf('\n', earlier.span.offset - 1) + 1;
      const crStart = doc.text.lastIndexOf('\r', earlier.span.offset - 1) + 1;
      const start = Math.max(lineStart, crStart);
      const end = earlier.span.offset + earlier.span.length;
      const eol = doc.text.startsWith('\r\n', end) ? 2 : end < doc.text.length ? 1 : 0;
      // Setting the same data again changes nothing: worth a hint, not a warning (long exports repeat sections).
      const same = earlier.type === op.type && sameBytes(earlier.data, op.data);
      report({
        offset: earlier.span.offset,
        length: earlier.span.length,
        severity: same ? 'hint' : undefined,
        message: same
          ? `${shown} is set again to the same data on line ${op.line} in the same key, so this assignment is redundant`
          : `${shown} is set again on line ${op.line} in the same key, so regedit overrides this assignment`,
        related: [{ offset: op.span.offset, length: op.span.length, message: 'the assignment that wins' }],
        fixes: [{ title: 'Remove the overridden assignment', edits: [{ offset: start, length: end + eol - start, newText: '' }] }],
        tags: ['unnecessary'],
      });
    }
  },
};

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
