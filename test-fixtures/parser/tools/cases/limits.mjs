// Roots other than HKEY_CURRENT_USER (section 6.2), registry size limits (section 6.4) and a
// few more encoding combinations (section 3).
import { DEMO, DEMO_KEY, createKey, raw, sz } from '../ops.mjs';

const V5 = 'Windows Registry Editor Version 5.00';
const HKLM_DEMO = 'HKEY_LOCAL_MACHINE\\Software\\Demo';
const long = (n) => 'k'.repeat(n);

export default [
  {
    id: 's06m-full-root-names', case: '§6.2', description: 'HKEY_LOCAL_MACHINE and HKEY_CLASSES_ROOT are roots for both importers',
    body: ['[HKEY_LOCAL_MACHINE\\Software\\Demo\\Lm]', '"V"="x"', '[HKEY_CLASSES_ROOT\\.demo]', '"V"="y"'],
    operations: [
      DEMO_KEY, createKey(`${HKLM_DEMO}\\Lm`, 4), sz('V', 'x', 5, `${HKLM_DEMO}\\Lm`),
      createKey('HKEY_CLASSES_ROOT\\.demo', 6), sz('V', 'y', 7, 'HKEY_CLASSES_ROOT\\.demo'),
    ],
  },
  {
    id: 's06n-abbreviations-reg', case: '§6.2', importer: 'reg', description: 'reg import: HKLM, HKCR and lower-case hkcu expand to full root names',
    body: ['[HKLM\\Software\\Demo\\A]', '"V"="1"', '[HKCR\\.demo]', '"V"="2"', '[hkcu\\Software\\Demo\\B]', '"V"="3"'],
    operations: [
      DEMO_KEY, createKey(`${HKLM_DEMO}\\A`, 4), sz('V', '1', 5, `${HKLM_DEMO}\\A`), createKey('HKEY_CLASSES_ROOT\\.demo', 6),
      sz('V', '2', 7, 'HKEY_CLASSES_ROOT\\.demo'), createKey(`${DEMO}\\B`, 8), sz('V', '3', 9, `${DEMO}\\B`),
    ],
  },
  {
    id: 's06o-abbreviations-regedit', case: '§6.2', importer: 'regedit', description: 'regedit: HKLM and HKCR are not roots; their values are dropped',
    body: ['[HKLM\\Software\\Demo\\A]', '"V"="1"', '[HKCR\\.demo]', '"V"="2"', '[HKEY_CURRENT_USER\\Software\\Demo\\B]', '"V"="3"'],
    operations: [DEMO_KEY, createKey(`${DEMO}\\B`, 8), sz('V', '3', 9, `${DEMO}\\B`)],
  },
  {
    id: 's06p-key-segment-255', case: '§6.4', description: 'a 255-character key name is within the registry limit',
    body: [`[HKEY_CURRENT_USER\\Software\\Demo\\${long(255)}]`, '"V"="x"'],
    operations: [DEMO_KEY, createKey(`${DEMO}\\${long(255)}`, 4), sz('V', 'x', 5, `${DEMO}\\${long(255)}`)],
  },
  {
    id: 's06q-key-segment-256', case: '§6.4', description: 'a 256-character key name cannot be opened: key fails, its values are dropped',
    body: [`[HKEY_CURRENT_USER\\Software\\Demo\\${long(256)}]`, '"V"="x"'],
    operations: [DEMO_KEY],
    note: 'Wine 8.0 creates the 256-character key (it does not enforce the Windows limit); the spec (section 6.4, Microsoft "Registry element size limits") says the open fails. Expected follows the spec.',
  },
  {
    id: 's07-1d-value-name-16383', case: '§6.4', description: 'a 16,383-character value name is within the registry limit',
    body: [`"${'n'.repeat(16383)}"="x"`], operations: [DEMO_KEY, sz('n'.repeat(16383), 'x', 4)],
  },
  {
    id: 's07-1e-value-name-16384', case: '§6.4', description: 'a 16,384-character value name fails; only that value is lost',
    body: [`"${'n'.repeat(16384)}"="x"`, '"Ok"="y"'], operations: [DEMO_KEY, sz('Ok', 'y', 5)],
  },
  {
    id: 's07-1f-default-value-any-type', case: '§7.1', description: '@ takes any data form: hex, dword, hex(2)',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\A]', '@=hex:01', '[HKEY_CURRENT_USER\\Software\\Demo\\B]', '@=dword:2', '[HKEY_CURRENT_USER\\Software\\Demo\\C]', '@=hex(2):41,00'],
    operations: [
      DEMO_KEY, createKey(`${DEMO}\\A`, 4), raw('', 3, '01', 5, `${DEMO}\\A`), createKey(`${DEMO}\\B`, 6), raw('', 4, '02000000', 7, `${DEMO}\\B`),
      createKey(`${DEMO}\\C`, 8), raw('', 2, '41 00 00 00', 9, `${DEMO}\\C`),
    ],
  },
  {
    id: 's03i-utf16-lf', case: '§3', description: 'UTF-16LE file with LF line breaks',
    encoding: 'utf-16le', header: V5, eol: '\n', body: ['"Color"="Blue"', '"B"=hex:01,\\', '  02'],
    operations: [DEMO_KEY, sz('Color', 'Blue', 4), raw('B', 3, '01 02', 5)],
  },
  {
    id: 's03j-utf16-cr-no-final-eol', case: '§3', description: 'UTF-16LE file with lone CR line breaks and no line break at EOF',
    encoding: 'utf-16le', header: V5, eol: '\r', finalEol: false, body: ['"Color"="Blue"'],
    operations: [DEMO_KEY, sz('Color', 'Blue', 4)],
  },
  {
    id: 's03k-utf16-multi-sz-continuation-at-eof', case: 88, description: 'UTF-16LE: EOF after ,\\ in hex(7) commits and terminates once',
    encoding: 'utf-16le', header: V5, finalEol: false, body: ['"M"=hex(7):61,00,00,00,62,00,\\'],
    operations: [DEMO_KEY, raw('M', 7, '61 00 00 00 62 00 00 00', 4)],
  },
  {
    id: 'c009b-header-prefixed-digit', case: 9, description: '2REGEDIT4 is invalid',
    header: '2REGEDIT4', body: ['"Color"="Blue"'], imports: false, operations: [],
  },
  {
    id: 's03q-code-page-1251', case: '§3', codePage: 'windows-1251', description: 'ANSI file read with code page 1251: bytes c0 e1 are Cyrillic А б',
    body: ['"S"="\xc0\xe1"'], operations: [DEMO_KEY, sz('S', '\u0410\u0431', 4)],
  },
  {
    id: 's03r-code-page-1250', case: '§3', codePage: 'windows-1250', description: 'ANSI file read with code page 1250: byte b9 is ą in names and data',
    body: ['"\xb9"="\xb9"'], operations: [DEMO_KEY, sz('\u0105', '\u0105', 4)],
  },
  {
    id: 's07-6i-hex-code-page-1251', case: '§7.6', codePage: 'windows-1251', description: 'ANSI hex(2) bytes are converted with the file\'s code page (1251: c0 is U+0410)',
    body: ['"P"=hex(2):c0,00'], operations: [DEMO_KEY, raw('P', 2, '10 04 00 00', 4)],
  },
  {
    id: 's07-6j-hex-code-page-932', case: '§7.6', codePage: '932', description: 'ANSI hex(7) with a double-byte code page (932): 82 a0 is one character',
    body: ['"M"=hex(7):82,a0,00,41,00,00'], operations: [DEMO_KEY, raw('M', 7, '42 30 00 00 41 00 00 00 00 00', 4)],
  },
  {
    id: 's03s-code-page-932-string', case: '§3', codePage: '932', description: 'ANSI file read with code page 932: 82 a0 in a string is あ',
    body: ['"S"="\x82\xa0"'], operations: [DEMO_KEY, sz('S', '\u3042', 4)],
  },
];
