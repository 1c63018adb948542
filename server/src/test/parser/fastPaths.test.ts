import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { buildModel } from '../../model/build';
import { decodeBytes, decodedFromText, parse, type DecodedText } from '../../parser/index';
import { fixtureAndCorpusFiles, repoRoot } from '../helpers/regFiles';

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/**
 * A parse that records no tokens reads hex data lines and key lines of the usual shape in one or two
 * matches (readWholeHexLine, readPlainKeyLine), and a plain one (data read later) reads value lines of the
 * usual shape in a few (readPlainValueLine); a parse that records tokens reads every element with the
 * general readers. Both must find the same lines, problems and model, in an editor parse (bytes
 * collected) and a plain one (bytes read later).
 */
function compare(decoded: DecodedText, label: string, importer: 'regedit' | 'reg' = 'regedit'): void {
  for (const keepTrace of [false, true]) {
    const fast = parse(decoded, { importer, keepTrace });
    const elementwise = parse(decoded, { importer, keepTrace, tokens: true });
    assert.deepStrictEqual(json(buildModel(fast)), json(buildModel(elementwise)), `${label}: model`);
    assert.deepStrictEqual(json(fast.problems), json(elementwise.problems), `${label}: problems`);
    assert.deepStrictEqual(json(fast.lines), json(elementwise.lines), `${label}: lines`);
  }
}

const hexByte = fc.constantFrom('00', '41', 'ff', 'FF', 'aB', '7', '100', '', ' 01', '01 ', '0x41', 'g1');
const hexLine = fc.tuple(
  fc.constantFrom('hex:', 'hex(7):', 'hex(2):', 'hex(b):'),
  fc.array(fc.array(hexByte, { maxLength: 5 }), { minLength: 1, maxLength: 4 }),
  fc.constantFrom('', ' ', '\t', ' ;c', '\\', ',\\ '),
  fc.constantFrom('', '  ', '; comment', '#x', '[HKEY_CURRENT_USER\\B]'),
  fc.constantFrom('\r\n', '\n', '\r'),
).map(([prefix, rows, trailer, between, eol]) => {
  const body = rows.map((row) => row.join(',')).join(`,\\${trailer}${eol}${between}${between ? eol : ''}  `);
  return `"v"=${prefix}${body}${eol}`;
});

/** Key lines: segments with blanks at either end, empty, at and over the length limit, trailing backslashes. */
const segment = fc.constantFrom('A', 'Soft ware', ' lead', 'trail ', '\tT', '', 'x'.repeat(255), 'y'.repeat(256), 'z'.repeat(254) + ' ', ']', 'é');
const keyLine = fc.tuple(
  fc.constantFrom('[', '[-'),
  fc.constantFrom('HKEY_CURRENT_USER', 'HKCU', 'hkey_local_machine', 'HKEY_BOGUS', ''),
  fc.array(segment, { maxLength: 4 }),
  fc.constantFrom(']', '\\]', ']  ;c', ''),
).map(([open, root, segments, close]) => `${open}${[root, ...segments].join('\\')}${close}\r\n"v"=dword:1\r\n`);

/** Value lines: names and data as exporters write them, and every near miss. */
const valueLine = fc.tuple(
  fc.constantFrom('"v"=', '@=', '"a b"=', '"q\\"x"=', '"a\\\\b"=', '"v" =', '@ =', '"v"= ', '""=', '"é"=', '"n\0m"=', '"v'),
  fc.constantFrom(
    'dword:00000001', 'dword:0000000A', 'dword:1', 'dword:000000001', 'dword:0x000001', 'DWORD:00000001', 'dword: 00000001', 'dword:0000000g',
    '"text"', '"C:\\\\dir\\\\f"', '"a\\nb\\r\\"c"', '"bad\\q"', '"nul\\0"', '"open', '""', '"x"y',
    'hex:01,02', 'hex:01,\\', 'hex(7):61,00,00,00', 'hex(2):41,00,\\', 'hex(b):01', 'hex(10):01', 'hex:', 'hex:0g', 'hex(0):', '-', 'str:x',
  ),
  fc.constantFrom('', ' ', '\t', ' ;c', '#x', '\0', '\0"'),
  fc.constantFrom('\r\n', '\n', '\r'),
).map(([name, data, tail, eol]) => `${name}${data}${tail}${eol}`);

/** Arbitrary text made of the pieces these readers look at (and near misses of them). */
const anyPiece = fc.constantFrom(
  '"', '\\', '[', ']', '=', '@', ':', ',', '(', ')', '-', ';', '#', ' ', '\t', '\r\n', '\n', '\r', '\0', 'a', '0', '1', '7', 'f', 'F', 'g', 'é',
  'hex:', 'hex(7):', 'hex(2):', 'hex(1', 'dword:', '00000001', '0000000a', 'HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER', 'HKCU', '\\Soft',
  '01,', 'ff,', '41,00,', '\\n', '\\\\', '\\"', 'x'.repeat(300),
);

describe('parses that record no tokens (readWholeHexLine, readPlainValueLine, readPlainKeyLine) and parses that do', () => {
  it('give the same for arbitrary text made of the pieces they look at', () => {
    fc.assert(
      fc.property(fc.array(anyPiece, { maxLength: 40 }), fc.boolean(), fc.constantFrom('regedit' as const, 'reg' as const), (pieces, unicode, importer) => {
        const text = `Windows Registry Editor Version 5.00\r\n[HKEY_CURRENT_USER\\A]\r\n${pieces.join('')}`;
        compare(decodedFromText(text, unicode ? {} : { encoding: 'windows-1252', bom: false }), 'generated', importer);
      }),
      { numRuns: 2000 },
    );
  });

  it('give the same for generated value lines, in both encodings, followed by continuation lines', () => {
    fc.assert(
      fc.property(fc.array(valueLine, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.constantFrom('', '  01,02\r\n', '  01,\\\r\n  02\r\n', '  zz\r\n'), (lines, unicode, more) => {
        const text = `Windows Registry Editor Version 5.00\r\n[HKEY_CURRENT_USER\\A]\r\n${lines.join(more)}`;
        compare(decodedFromText(text, unicode ? {} : { encoding: 'windows-1252', bom: false }), 'generated');
      }),
      { numRuns: 2000 },
    );
  });

  it('give the lines, problems and model of an element-by-element read, for every fixture and corpus file', () => {
    const files = fixtureAndCorpusFiles();
    for (const file of files) compare(decodeBytes(fs.readFileSync(file)), path.relative(repoRoot, file));
    assert.ok(files.length > 400, `compared ${files.length} files`);
  });

  it('give the same for generated key lines, in both importers', () => {
    fc.assert(
      fc.property(fc.array(keyLine, { minLength: 1, maxLength: 5 }), fc.constantFrom('regedit' as const, 'reg' as const), (lines, importer) => {
        compare(decodedFromText(`Windows Registry Editor Version 5.00\r\n${lines.join('')}`), 'generated', importer);
      }),
      { numRuns: 1500 },
    );
  });

  it('give the same for generated hex values, in both encodings and importers, with NULs and a missing last line break', () => {
    fc.assert(
      fc.property(fc.array(hexLine, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.constantFrom('regedit' as const, 'reg' as const), fc.constantFrom('', '\0', ',\\', '\0 01,', '01,\\'), (lines, unicode, importer, end) => {
        const text = `Windows Registry Editor Version 5.00\r\n[HKEY_CURRENT_USER\\A]\r\n${lines.join('')}${end}`;
        compare(decodedFromText(text, unicode ? {} : { encoding: 'windows-1252', bom: false }), 'generated', importer);
      }),
      { numRuns: 1500 },
    );
  });
});
