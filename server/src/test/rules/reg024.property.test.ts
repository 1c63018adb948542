import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Operation, SetValueOp } from '../../model/types';
import { duplicateValue } from '../../rules/reg024-duplicate-value';
import type { RuleReport } from '../../rules/types';
import { analyze } from '../parser/helpers';

/**
 * The rule as first written (a Map of value names per key), kept as the reference: the rule itself
 * skips work for keys that are looked up once, and must still say exactly the same.
 */
function reference(operations: readonly Operation[]): { offset: number; related: number }[] {
  const out: { offset: number; related: number }[] = [];
  const assigned = new Map<string, Map<string, SetValueOp>>();
  let lastKey: string | undefined;
  let lastValues: Map<string, SetValueOp> | undefined;
  for (const op of operations) {
    if (op.kind === 'deleteKey') {
      const below = `${op.path.key}\\`;
      for (const key of [...assigned.keys()]) if (key === op.path.key || key.startsWith(below)) assigned.delete(key);
      lastKey = undefined;
      continue;
    }
    if (op.kind === 'createKey') continue;
    const name = op.name.toLowerCase();
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
    if (earlier) out.push({ offset: earlier.span.offset, related: op.span.offset });
  }
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
  it('finds exactly what the reference implementation finds, for random sequences of keys, deletions and values', () => {
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
