// reg-format.md section 14 "Header and encoding" (cases 1-15) and sections 3-4.
import { DEMO_KEY, sz } from '../ops.mjs';

const V5 = 'Windows Registry Editor Version 5.00';
const COLOR = ['"Color"="Blue"'];
const COLOR_OPS = [DEMO_KEY, sz('Color', 'Blue', 4)];

/** A file whose first line is `header` followed by an ordinary body: nothing may be imported. */
function rejectedHeader(id, caseRef, header, description) {
  return { id, case: caseRef, description, header, body: COLOR, imports: false, operations: [] };
}

export default [
  { id: 'c001-lf-line-breaks', case: 1, description: 'LF-only line breaks end lines', eol: '\n', body: COLOR, operations: COLOR_OPS },
  { id: 'c002-cr-line-breaks', case: 2, description: 'lone CR line breaks end lines', eol: '\r', body: COLOR, operations: COLOR_OPS },
  {
    id: 'c003-no-eol-at-eof', case: 3, description: 'last line without a line break is still imported',
    body: COLOR, finalEol: false, operations: COLOR_OPS,
  },
  {
    id: 'c004-whitespace-before-header', case: 4, description: 'spaces and tabs before REGEDIT4 are skipped',
    header: ' \tREGEDIT4', body: COLOR, operations: COLOR_OPS,
  },
  {
    id: 'c005-blank-line-before-header', case: 5, description: 'an empty first line makes the header invalid',
    text: '\r\nREGEDIT4\r\n\r\n[HKEY_CURRENT_USER\\Software\\Demo]\r\n"Color"="Blue"\r\n', imports: false, operations: [],
  },
  rejectedHeader('c006a-header-lower-case', 6, 'regedit4', 'header is case-sensitive: regedit4 is invalid'),
  rejectedHeader('c006b-header-mixed-case', 6, 'Regedit4', 'header is case-sensitive: Regedit4 is invalid'),
  rejectedHeader('c007a-header-regedit5', 7, 'REGEDIT5', 'REGEDIT5 is REGEDIT-prefixed: accepted, nothing imported'),
  rejectedHeader('c007b-header-regedit-space-4', 7, 'REGEDIT 4', 'REGEDIT 4 is REGEDIT-prefixed: nothing imported'),
  rejectedHeader('c007c-header-regedit4-suffix', 7, 'REGEDIT4 XYZ', 'REGEDIT4 XYZ is REGEDIT-prefixed: nothing imported'),
  rejectedHeader('c007d-header-regedit3', 7, 'REGEDIT3', 'REGEDIT3 is REGEDIT-prefixed: nothing imported'),
  rejectedHeader('s04a-header-regedit4-trailing-space', '§4', 'REGEDIT4 ', 'trailing space after REGEDIT4: REGEDIT-prefixed, nothing imported'),
  rejectedHeader('c008a-header-version-4', 8, 'Windows Registry Editor Version 4.00', 'Version 4.00 header is invalid'),
  rejectedHeader('c008b-header-version-5-short', 8, 'Windows Registry Editor Version 5', '"Version 5" without ".00" is invalid'),
  rejectedHeader('c008c-header-upper-case', 8, 'WINDOWS REGISTRY EDITOR VERSION 5.00', 'upper-case 5.00 header is invalid'),
  rejectedHeader('c008d-header-lower-version', 8, 'Windows Registry Editor version 5.00', 'lower-case "version" is invalid'),
  rejectedHeader('c009-header-prefixed-x', 9, 'XREGEDIT4', 'XREGEDIT4 is invalid'),
  rejectedHeader('s04b-header-v5-trailing-space', '§4', `${V5} `, 'trailing space after Version 5.00 makes the header invalid'),
  {
    id: 's04c-key-line-as-header', case: '§4', description: 'a key line as first line is consumed as an invalid header',
    text: '[HKEY_CURRENT_USER\\Software\\Demo]\r\n"Color"="Blue"\r\n', imports: false, operations: [],
  },
  {
    id: 'c010a-header-only-no-eol', case: 10, description: 'a file that is only REGEDIT4 without a line break imports nothing and succeeds',
    text: 'REGEDIT4', operations: [],
  },
  {
    id: 'c010b-header-only-v5-lf', case: 10, description: 'a file that is only the 5.00 header and LF succeeds',
    text: `${V5}\n`, operations: [],
  },
  { id: 'c011-ansi-v5-header', case: 11, description: 'ANSI file with the Version 5.00 header', header: V5, body: COLOR, operations: COLOR_OPS },
  {
    id: 'c012-utf16-regedit4-header', case: 12, description: 'UTF-16LE file with BOM and REGEDIT4 header',
    encoding: 'utf-16le', body: COLOR, operations: COLOR_OPS,
  },
  {
    id: 'c013a-utf16-no-bom-v5', case: 13, description: 'UTF-16LE without BOM (5.00 header) is rejected',
    encoding: 'utf-16le', bom: false, header: V5, body: COLOR, imports: false, operations: [],
  },
  {
    id: 'c013b-utf16-no-bom-regedit4', case: 13, description: 'UTF-16LE without BOM (REGEDIT4 header) is rejected',
    encoding: 'utf-16le', bom: false, body: COLOR, imports: false, operations: [],
  },
  {
    id: 'c014a-utf16-whitespace-before-header', case: 14, description: 'UTF-16LE: spaces and a tab before the header are skipped',
    encoding: 'utf-16le', header: `  \t${V5}`, body: COLOR, operations: COLOR_OPS,
  },
  {
    id: 'c014b-utf16-line-break-before-header', case: 14, description: 'UTF-16LE: a line break before the header is invalid',
    encoding: 'utf-16le', text: `\r\n${V5}\r\n\r\n[HKEY_CURRENT_USER\\Software\\Demo]\r\n"Color"="Blue"\r\n`,
    imports: false, operations: [],
  },
  {
    id: 's03a-utf8-bom', case: '§3', description: 'a UTF-8 BOM ends up in front of the header: invalid',
    prefix: [0xef, 0xbb, 0xbf], body: COLOR, imports: false, operations: [],
  },
  {
    id: 's03b-utf16be-bom', case: '§3', description: 'UTF-16BE with FE FF BOM is not recognised: invalid header',
    bytes: () => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('REGEDIT4\r\n\r\n[HKEY_CURRENT_USER\\Software\\Demo]\r\n"Color"="Blue"\r\n', 'utf16le').swap16()]),
    imports: false, operations: [],
  },
  { id: 's03c-empty-file', case: '§3', description: 'an empty file (fewer than two bytes) imports nothing', bytes: () => Buffer.alloc(0), imports: false, operations: [] },
  {
    id: 's03d-cp1252-string', case: '§3', description: 'ANSI bytes are decoded with Windows-1252 (e9 = é, 80 = €)',
    body: ['"Caf\xe9"="\x80 5"'], operations: [DEMO_KEY, sz('Café', '€ 5', 4)],
  },
  {
    id: 's03e-utf8-without-bom-read-as-ansi', case: '§3', description: 'UTF-8 without BOM is read as Windows-1252 (c3 a9 = Ã©)',
    body: ['"Name"="caf\xc3\xa9"'], operations: [DEMO_KEY, sz('Name', 'cafÃ©', 4)],
  },
  {
    id: 's03f-utf16-non-ascii', case: '§3', description: 'UTF-16LE text keeps characters outside any code page',
    encoding: 'utf-16le', header: V5, body: ['"名前"="日本 ✓"'], operations: [DEMO_KEY, sz('名前', '日本 ✓', 4)],
  },
  {
    id: 's03g-lf-cr-is-two-breaks', case: '§3', description: 'LF CR is two line breaks (CR LF counts once)',
    text: 'REGEDIT4\n\r[HKEY_CURRENT_USER\\Software\\Demo]\n\r"Color"="Blue"\n\r',
    operations: [DEMO_KEY, sz('Color', 'Blue', 5)],
  },
  {
    id: 's03h-mixed-line-breaks', case: '§3', description: 'LF, CR LF and CR CR in one file (as in test_basic_import)',
    text: 'REGEDIT4\n\n[HKEY_CURRENT_USER\\Software\\Demo]\r\n"A"="1"\r\r"B"="2"\n',
    operations: [DEMO_KEY, sz('A', '1', 4), sz('B', '2', 6)],
  },
];
