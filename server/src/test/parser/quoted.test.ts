import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readQuoted } from '../../parser/quoted';

/**
 * What a quoted name or string means, stated one character at a time: up to the first unescaped
 * quote, a backslash takes the next character (`n` and `r` mean a line break, any other stands for
 * itself); `\0` and a backslash at the end reject it, and so does a missing closing quote.
 */
function meaning(body: string): { value: string; end: number; unknown: number[] } | 'rejected' {
  let value = '';
  const unknown: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '"') return { value, end: i + 2, unknown };
    if (c !== '\\') {
      value += c;
      continue;
    }
    const next = body[i + 1];
    if (next === undefined || next === '0') return 'rejected';
    if (next !== '\\' && next !== '"' && next !== 'n' && next !== 'r') unknown.push(i + 1);
    value += next === 'n' ? '\n' : next === 'r' ? '\r' : next;
    i++;
  }
  return 'rejected';
}

describe('parser/quoted (regedit escapes)', () => {
  it('reads what the escapes mean, where the closing quote is and which escapes are unknown, within the limit it is given', () => {
    const piece = fc.constantFrom('a', 'é', '\u2028', ' ', '"', '\\', '\\\\', '\\"', '\\n', '\\r', '\\x', '\\0', 'n', 'C:\\\\Program Files');
    fc.assert(
      // What follows the limit (the rest of the file after a NUL, say) is not read.
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom('', '"', 'x"', '\0"', '\\"'), (pieces, after) => {
        const body = pieces.join('');
        const text = `"${body}${after}`;
        const result = readQuoted(text, 0, 1 + body.length);
        const expected = meaning(body);
        if (expected === 'rejected') {
          assert.notEqual(result.error, null, JSON.stringify(text));
          return;
        }
        assert.equal(result.error, null, JSON.stringify(text));
        assert.deepEqual({ value: result.value, end: result.end, unknown: [...result.unknownEscapes] }, expected, JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });
});
