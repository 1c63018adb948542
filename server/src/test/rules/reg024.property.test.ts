import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Operation } from '../../model/types';
import { duplicateValue } from '../../rules/reg024-duplicate-value';
import type { RuleReport } from '../../rules/types';
import { analyze } from '../parser/helpers';

/**
 * What the rule must find, said the plain way: an assignment is overridden by the next assignment of
 * the same value in the same key (names and keys compared case-insensitively) unless the value, the key
 * or a key above it is deleted in between. Quadratic, and written independently of the rule's own
 * bookkeeping, so that the rule's shortcuts are checked against the meaning.
 */
function reference(operations: readonly Operation[]): { offset: number; related: number }[] {
  const out: { offset: number; related: number }[] = [];
  operations.forEach((op, j) => {
    if (op.kind !== 'setValue') return;
    const name = op.name.toLowerCase();
    for (let i = j - 1; i >= 0; i--) {
      const before = operations[i];
      if (before.kind === 'deleteKey' && (op.path.key === before.path.key || op.path.key.startsWith(`${before.path.key}\\`))) return;
      if (before.kind === 'createKey' || before.kind === 'deleteKey' || before.path.key !== op.path.key || before.name.toLowerCase() !== name) continue;
      if (before.kind === 'deleteValue') return;
      out.push({ offset: before.span.offset, related: op.span.offset });
      return;
    }
  });
  // The rule reports an override when it reaches the later assignment: in file order of that one.
  return out;
}

const KEYS = ['A', 'a', 'A\\B', 'C', 'D', 'E'];
const keyLine = fc.tuple(fc.constantFrom(...KEYS), fc.boolean()).map(([k, deletion]) => `[${deletion ? '-' : ''}HKEY_CURRENT_USER\\${k}]`);
const valueLine = fc.oneof(
  fc.tuple(fc.constantFrom('x', 'X', 'y', ''), fc.integer({ min: 0, max: 1 })).map(([n, v]) => `${n === '' ? '@' : `"${n}"`}=dword:${v}`),
  fc.constantFrom('x', 'y', '').map((n) => `${n === '' ? '@' : `"${n}"`}=-`),
);
// Sections: a key line and a few value lines, as files are written.
const section = fc.tuple(keyLine, fc.array(valueLine, { maxLength: 3 })).map(([key, values]) => [key, ...values]);

describe('REG024 duplicate-value (property)', () => {
  it('finds exactly the overridden assignments, for random sequences of key sections, key deletions and values', () => {
    fc.assert(
      fc.property(fc.array(section, { maxLength: 6 }), (sections) => {
        const lines = sections.flat();
        const { model, doc } = analyze(`Windows Registry Editor Version 5.00\r\n${lines.join('\r\n')}\r\n`);
        const found: RuleReport[] = [];
        duplicateValue.check({ doc, model, importer: 'regedit', problemsFor: () => [] }, (f) => found.push(f));
        assert.deepEqual(found.map((f) => ({ offset: f.offset, related: f.related?.[0]?.offset })), reference(model.operations));
      }),
      { numRuns: 5000 },
    );
  });
});
