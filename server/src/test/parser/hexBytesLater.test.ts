import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import fc from 'fast-check';
import type { RegDocument } from '../../parser/ast';
import { decodeBytes, decodedFromText, parse, type DecodedText } from '../../parser/index';
import { fixtureAndCorpusFiles } from '../helpers/regFiles';

/** Each hex value line's bytes (by line number), or 'none' when it has none. */
function hexBytes(doc: RegDocument): Map<number, string> {
  const out = new Map<number, string>();
  for (const node of doc.lines) {
    if (node.kind === 'value' && node.dataKind === 'hex') out.set(node.line, node.bytes ? Buffer.from(node.bytes).toString('hex') : 'none');
  }
  return out;
}

/** The bytes a plain parse reads on first access, next to the ones an editor parse collects while parsing. */
function compare(decoded: DecodedText, importer: 'regedit' | 'reg' = 'regedit'): number {
  const later = hexBytes(parse(decoded, { importer }));
  const collected = hexBytes(parse(decoded, { importer, keepTrace: true }));
  assert.deepEqual(later, collected);
  return [...collected.values()].filter((v) => v !== 'none').length;
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

describe('hex bytes read on first access (ParseContext.hexBytesLater)', () => {
  it('are the bytes an editor parse collects, for every hex value of the fixtures and the corpus', () => {
    let compared = 0;
    for (const file of fixtureAndCorpusFiles()) compared += compare(decodeBytes(fs.readFileSync(file)));
    assert.ok(compared > 1000, `compared ${compared} values`);
  });

  it('are the collected bytes for generated hex values, in both encodings and importers, with NULs and a missing last line break', () => {
    fc.assert(
      fc.property(fc.array(hexLine, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.constantFrom('regedit' as const, 'reg' as const), fc.constantFrom('', '\0', ',\\', '\0 01,'), (lines, unicode, importer, end) => {
        const text = `Windows Registry Editor Version 5.00\r\n[HKEY_CURRENT_USER\\A]\r\n${lines.join('')}${end}`;
        compare(decodedFromText(text, unicode ? {} : { encoding: 'windows-1252', bom: false }), importer);
      }),
      { numRuns: 2000 },
    );
  });

  it('are read once: a second access gives the same array', () => {
    const doc = parse(decodedFromText('Windows Registry Editor Version 5.00\r\n[HKEY_CURRENT_USER\\A]\r\n"v"=hex:01,02,\\\r\n  03\r\n'));
    const node = doc.lines[2];
    assert.ok(node.kind === 'value');
    assert.deepEqual([...(node.bytes ?? [])], [1, 2, 3]);
    assert.equal(node.bytes, node.bytes);
  });
});
