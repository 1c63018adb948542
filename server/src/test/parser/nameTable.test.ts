import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { NameTable } from '../../parser/nameTable';

describe('parser/nameTable (one string per repeated value name)', () => {
  it('gives the text of every range asked for, whatever was asked before (slots collide)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'é', '"', ' ', '\u0100'), maxLength: 40 }), fc.array(fc.tuple(fc.nat(), fc.nat(8)), { maxLength: 60 }), (text, ranges) => {
        const names = new NameTable();
        for (const [at, length] of ranges) {
          const start = text.length === 0 ? 0 : at % text.length;
          const end = Math.min(text.length, start + length);
          assert.equal(names.get(text, start, end), text.slice(start, end));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
