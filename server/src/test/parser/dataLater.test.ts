import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import fc from 'fast-check';
import type { RegDocument } from '../../parser/ast';
import { decodeBytes, decodedFromText, parse, type DecodedText } from '../../parser/index';
import { fixtureAndCorpusFiles } from '../helpers/regFiles';

/** Each value line's data (by line number): its bytes or 'none', and its text or 'none'. */
function valueData(doc: RegDocument): Map<number, string> {
  const out = new Map<number, string>();
  for (const node of doc.lines) {
    if (node.kind === 'value') out.set(node.line, `${node.dataKind} ${node.bytes ? Buffer.from(node.bytes).toString('hex') : 'none'} ${node.text === undefined ? 'none' : JSON.stringify(node.text)}`);
  }
  return out;
}

/** The data a plain parse reads on first access, next to what an editor parse keeps while parsing; returns how many values have data. */
function compare(decoded: DecodedText, importer: 'regedit' | 'reg' = 'regedit'): number {
  const later = valueData(parse(decoded, { importer }));
  const collected = valueData(parse(decoded, { importer, keepTrace: true }));
  assert.deepEqual(later, collected);
  return [...collected.values()].filter((v) => !v.endsWith(' none none')).length;
}

/** Hex value lines as exporters and people write them: wrapped, commented, blank lines inside, mistakes. */
const hexByte = fc.constantFrom('00', '41', 'ff', 'FF', 'aB', '7', '0x41', '100', '', ' 01', '01 ');
const hexLine = fc.tuple(
  fc.constantFrom('hex:', 'hex(7):', 'hex(2):', 'hex(1):', 'hex(b):', 'hex( 7):', 'hex(0):'),
  fc.array(fc.array(hexByte, { maxLength: 5 }), { minLength: 1, maxLength: 4 }),
  fc.constantFrom('', ' ', '\t', ' ;c'),
  fc.constantFrom('', '  ', '; comment', '\t', '#x'),
  fc.constantFrom('\r\n', '\n', '\r'),
).map(([prefix, rows, trailer, between, eol]) => {
  const body = rows.map((row) => row.join(',')).join(`,\\${trailer}${eol}${between}${between ? eol : ''}  `);
  return `"v"=${prefix}${body}${eol}`;
});

/** String and dword lines: escapes, blanks, comments and mistakes. */
const stringOrDwordLine = fc.tuple(
  fc.constantFrom('"v"=', '@=', '"a\\\\b"='),
  fc.oneof(
    fc.array(fc.constantFrom('a', ' ', '\\\\', '\\"', '\\n', '\\r', '\\q', '\\0', 'é', '\t'), { maxLength: 6 }).map((parts) => `"${parts.join('')}"`),
    fc.tuple(fc.constantFrom('dword:', 'dword: ', 'dword:\t'), fc.constantFrom('', '0', '1', 'ffffffff', 'FFFFFFFF', '123456789', '0x1', '7fffffff', '8')).map(([p, d]) => p + d),
  ),
  fc.constantFrom('', ' ', ' ;c', '#x', ' junk'),
  fc.constantFrom('\r\n', '\n', '\r'),
).map(([name, data, tail, eol]) => `${name}${data}${tail}${eol}`);

describe('value data read on first access (ParseContext.dataLater)', () => {
  it('is the data an editor parse keeps, for every value of the fixtures and the corpus', () => {
    let compared = 0;
    for (const file of fixtureAndCorpusFiles()) compared += compare(decodeBytes(fs.readFileSync(file)));
    assert.ok(compared > 1000, `compared ${compared} values`);
  });

  it('is the kept text and bytes for generated string and dword values, in both encodings', () => {
    fc.assert(
      fc.property(fc.array(stringOrDwordLine, { minLength: 1, maxLength: 6 }), fc.boolean(), (lines, unicode) => {
        const text = `Windows Registry Editor Version 5.00\r\n[HKEY_CURRENT_USER\\A]\r\n${lines.join('')}`;
        compare(decodedFromText(text, unicode ? {} : { encoding: 'windows-1252', bom: false }));
      }),
      { numRuns: 2000 },
    );
  });

  it('is the collected bytes for generated hex values, in both encodings and importers, with NULs and a missing last line break', () => {
    fc.assert(
      fc.property(fc.array(hexLine, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.constantFrom('regedit' as const, 'reg' as const), fc.constantFrom('', '\0', ',\\', '\0 01,'), (lines, unicode, importer, end) => {
        const text = `Windows Registry Editor Version 5.00\r\n[HKEY_CURRENT_USER\\A]\r\n${lines.join('')}${end}`;
        compare(decodedFromText(text, unicode ? {} : { encoding: 'windows-1252', bom: false }), importer);
      }),
      { numRuns: 2000 },
    );
  });

  it('is read once: a second access gives the same array', () => {
    const doc = parse(decodedFromText('Windows Registry Editor Version 5.00\r\n[HKEY_CURRENT_USER\\A]\r\n"v"=hex:01,02,\\\r\n  03\r\n'));
    const node = doc.lines[2];
    assert.ok(node.kind === 'value');
    assert.deepEqual([...(node.bytes ?? [])], [1, 2, 3]);
    assert.equal(node.bytes, node.bytes);
  });
});
