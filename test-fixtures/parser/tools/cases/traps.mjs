// More combinations of the rules of sections 3-7 that an implementation can easily get wrong.
import { DEMO, DEMO_KEY, createKey, deleteKey, delValue, demoKey, raw, sz } from '../ops.mjs';

const V5 = 'Windows Registry Editor Version 5.00';
const sub = (path) => `${DEMO}\\${path}`;

export default [
  {
    id: 's06r-bracket-in-trailing-comment', case: '§6.1', description: 'a ] inside text after the key takes the key name to that last ]',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\K] ; see [x]', '"V"="x"'],
    operations: [DEMO_KEY, demoKey('K] ; see [x', 4), sz('V', 'x', 5, sub('K] ; see [x'))],
  },
  {
    id: 's06s-indented-key-deletion', case: '§6.3', description: 'leading whitespace before [- is allowed; a trailing backslash is dropped',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\K]', '"V"="x"', '  [-HKEY_CURRENT_USER\\Software\\Demo\\K\\]'],
    operations: [DEMO_KEY, demoKey('K', 4), sz('V', 'x', 5, sub('K')), deleteKey(sub('K'), 6)],
  },
  {
    id: 's07-2e-escaped-backslash-before-closing-quote', case: '§7.2', description: '"a\\\\" is a, backslash; the quote after \\\\ closes the string',
    body: ['"S"="a\\\\"', '"\\\\"="name is one backslash"'], operations: [DEMO_KEY, sz('S', 'a\\', 4), sz('\\', 'name is one backslash', 5)],
  },
  {
    id: 's07-2f-tab-escape-is-unknown', case: '§7.2', description: '\\t is not an escape: it stores the letter t',
    body: ['"S"="a\\tb"'], operations: [DEMO_KEY, sz('S', 'atb', 4)],
  },
  {
    id: 's07-2g-newline-escape-in-name', case: '§7.1', description: 'names use the same escapes: \\n in a name is a LF',
    body: ['"a\\nb"="x"'], operations: [DEMO_KEY, sz('a\nb', 'x', 4)],
  },
  {
    id: 's07-4j-type-with-leading-zero', case: '§7.4', description: 'hex(02) is type 2 (leading zeros in N are fine)',
    body: ['"P"=hex(02):41'], operations: [DEMO_KEY, raw('P', 2, '41 00 00 00', 4)],
  },
  {
    id: 's07-5e-continuation-with-no-bytes-at-all', case: '§7.5', description: 'hex:\\ then only a comment line and EOF: an empty REG_BINARY',
    body: ['"B"=hex:\\', ';nothing'], operations: [DEMO_KEY, raw('B', 3, '', 4)],
  },
  {
    id: 's07-5f-continuation-with-cr-line-breaks', case: '§7.5', description: 'a hex continuation in a file with lone CR line breaks',
    eol: '\r', body: ['"B"=hex:01,\\', '  02', '"Next"="n"'], operations: [DEMO_KEY, raw('B', 3, '01 02', 4), sz('Next', 'n', 6)],
  },
  {
    id: 's07-8c-empty-name-deletion', case: '§7.8', description: '""=- deletes the default value, like @=-',
    body: ['@="d"', '""=-'], operations: [DEMO_KEY, sz('', 'd', 4), delValue('', 5)],
  },
  {
    id: 's03l-cp1252-undefined-bytes', case: '§3', description: 'Windows-1252 bytes 81 8d 8f 90 9d (unassigned) become U+0081 U+008D U+008F U+0090 U+009D',
    body: ['"S"="\x81\x8d\x8f\x90\x9d"'], operations: [DEMO_KEY, sz('S', '\u0081\u008d\u008f\u0090\u009d', 4)],
  },
  {
    id: 's03m-cp1252-high-bytes', case: '§3', description: 'Windows-1252 bytes 80-9f and a0-ff map to their Unicode characters',
    body: ['"S"="\x80\x82\x8a\x9f\xa0\xa9\xff"'], operations: [DEMO_KEY, sz('S', '€‚Š\u0178\u00a0©ÿ', 4)],
  },
  {
    id: 's03n-utf16-surrogate-pair', case: '§3', description: 'UTF-16LE: a character outside the BMP (surrogate pair) in name and data',
    encoding: 'utf-16le', header: V5, body: ['"\u{1F600}"="a\u{1F600}b"'], operations: [DEMO_KEY, sz('\u{1F600}', 'a\u{1F600}b', 4)],
  },
  {
    id: 's03o-bom-only', case: '§3', description: 'a file that is only FF FE has an empty first line: invalid header',
    bytes: () => Buffer.from([0xff, 0xfe]), imports: false, operations: [],
  },
  {
    id: 's03p-cr-cr-lf', case: '§3', description: 'CR then CR LF is two line breaks',
    text: 'REGEDIT4\r\r\n[HKEY_CURRENT_USER\\Software\\Demo]\r\r\n"Color"="Blue"\r\r\n',
    operations: [createKey(DEMO, 3), sz('Color', 'Blue', 5)],
  },
  {
    id: 's07-6h-ansi-hex-unassigned-cp1252-byte', case: '§7.6', description: 'ANSI hex(2) byte 81 (unassigned in Windows-1252) converts to U+0081',
    body: ['"P"=hex(2):81,41'], operations: [DEMO_KEY, raw('P', 2, '81 00 41 00 00 00', 4)],
  },
  {
    id: 's07-4k-comment-right-after-first-byte', case: '§7.4', description: 'hex:01;c,02 - the ; starts a comment, so the value is just 01',
    body: ['"B"=hex:01;c,02'], operations: [DEMO_KEY, raw('B', 3, '01', 4)],
  },
  {
    id: 's07-5g-backslash-inside-comment', case: '§7.5', description: 'hex:01, ;c \\ - a backslash inside the comment does not continue the value',
    body: ['"B"=hex:01, ;c \\', '  02', '"Next"="n"'], operations: [DEMO_KEY, raw('B', 3, '01', 4), sz('Next', 'n', 6)],
  },
  {
    id: 's07-5h-deletion-line-swallowed', case: 87, description: 'a [-key] line after a dangling ,\\ is swallowed: the key is not deleted and stays current',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\K]', '"X"="1"', '"B"=hex:01,\\', '[-HKEY_CURRENT_USER\\Software\\Demo\\K]', '"After"="x"'],
    operations: [DEMO_KEY, demoKey('K', 4), sz('X', '1', 5, sub('K')), sz('After', 'x', 8, sub('K'))],
  },
  {
    id: 's07-5i-space-between-bytes-on-continuation', case: '§7.4', description: '02 03 (space, no comma) on a continuation line discards the value; the next line is read',
    body: ['"B"=hex:01,\\', '  02 03', '"Next"="n"'], operations: [DEMO_KEY, sz('Next', 'n', 6)],
  },
  {
    id: 's07-8d-deletion-comment-without-space', case: 101, description: '"G"=-;bye deletes the value (comment right after -)',
    body: ['"G"="x"', '"G"=-;bye'], operations: [DEMO_KEY, sz('G', 'x', 4), delValue('G', 5)],
  },
  {
    id: 's06t-text-after-closing-bracket', case: '§6.1', description: 'text right after ] is ignored: [..\\K]junk opens K',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\K]junk', '"V"="x"'], operations: [DEMO_KEY, demoKey('K', 4), sz('V', 'x', 5, sub('K'))],
  },
  {
    id: 's07-1g-escaped-backslash-and-quote-in-name', case: 40, description: '"a\\\\\\"" is the name a, backslash, double quote',
    body: ['"a\\\\\\""="x"'], operations: [DEMO_KEY, sz('a\\"', 'x', 4)],
  },
  {
    id: 's04d-header-regedit4-trailing-tab', case: '§4', description: 'a tab after REGEDIT4: REGEDIT-prefixed, nothing imported',
    header: 'REGEDIT4\t', body: ['"Color"="Blue"'], imports: false, operations: [],
  },
  {
    id: 's07-1h-quoted-at-sign-is-a-name', case: '§7.1', description: '"@" is a value named @, not the default value; @@ is invalid',
    body: ['"@"="named"', '@@="x"', '@="default"'], operations: [DEMO_KEY, sz('@', 'named', 4), sz('', 'default', 6)],
  },
  {
    id: 's06u-delete-key-with-trailing-space', case: 30, description: '[-...\\K ] deletes the key named "K " and leaves K alone',
    body: ['[HKEY_CURRENT_USER\\Software\\Demo\\K]', '[HKEY_CURRENT_USER\\Software\\Demo\\K ]', '[-HKEY_CURRENT_USER\\Software\\Demo\\K ]'],
    operations: [DEMO_KEY, demoKey('K', 4), demoKey('K ', 5), deleteKey(sub('K '), 6)],
  },
  {
    id: 's07-5j-continuation-ends-in-comment-at-eof', case: 88, description: 'two continuations, then only a ; line before EOF: all bytes committed',
    body: ['"B"=hex:01,02,\\', '  03,04,\\', ';end'], operations: [DEMO_KEY, raw('B', 3, '01 02 03 04', 4)],
  },
];
