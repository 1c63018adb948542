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
    const assigned = new Map<string, SetValueOp>();
    for (const op of model.operations) {
      if (op.kind === 'deleteKey') {
        for (const id of [...assigned.keys()]) if (id.startsWith(`${op.path.key}\\`) || id.startsWith(`${op.path.key}\u0000`)) assigned.delete(id);
        continue;
      }
      if (op.kind === 'createKey') continue;
      const id = `${op.path.key}\u0000${op.name.toLowerCase()}`;
      if (op.kind === 'deleteValue') {
        assigned.delete(id);
        continue;
      }
      const earlier = assigned.get(id);
      assigned.set(id, op);
      if (!earlier) continue;
      const shown = op.name === '' ? 'the default value' : `"${op.name}"`;
      const lineStart = doc.text.lastIndexOf('\n', earlier.span.offset - 1) + 1;
      const crStart = doc.text.lastIndexOf('\r', earlier.span.offset - 1) + 1;
      const start = Math.max(lineStart, crStart);
      const end = earlier.span.offset + earlier.span.length;
      const eol = doc.text.startsWith('\r\n', end) ? 2 : end < doc.text.length ? 1 : 0;
      report({
        offset: earlier.span.offset,
        length: earlier.span.length,
        message: `${shown} is set again on line ${op.line} in the same key, so regedit overrides this assignment`,
        related: [{ offset: op.span.offset, length: op.span.length, message: 'the assignment that wins' }],
        fixes: [{ title: 'Remove the overridden assignment', edits: [{ offset: start, length: end + eol - start, newText: '' }] }],
        tags: ['unnecessary'],
      });
    }
  },
};
