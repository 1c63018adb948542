// reg-format.md section 14 "Line continuation" (cases 74-94) and section 7.5.
import { DEMO, DEMO_KEY, raw, sz } from '../ops.mjs';

const NEXT = '"Next"="n"';

export default [
  {
    id: 'c074-continuation', case: 74, description: ',\\ continues a hex value on an indented line',
    body: ['"B"=hex:01,02,\\', '  03,04'], operations: [DEMO_KEY, raw('B', 3, '01 02 03 04', 4)],
  },
  {
    id: 'c075-continuation-with-comment', case: 75, description: 'a ; comment after the continuation backslash',
    body: ['"B"=hex:01,02,\\ ; more', '  03,04'], operations: [DEMO_KEY, raw('B', 3, '01 02 03 04', 4)],
  },
  {
    id: 'c076a-spaces-before-backslash', case: 76, description: 'spaces between the comma and the backslash',
    body: ['"B"=hex:01,02,  \\', '03,04'], operations: [DEMO_KEY, raw('B', 3, '01 02 03 04', 4)],
  },
  {
    id: 'c076b-tab-before-backslash', case: 76, description: 'a tab between the comma and the backslash',
    body: ['"B"=hex:01,02,\t\\', '03,04'], operations: [DEMO_KEY, raw('B', 3, '01 02 03 04', 4)],
  },
  {
    id: 'c076c-whitespace-and-comment-after-backslash', case: 76, description: 'tab, space and a ; note after the backslash',
    body: ['"B"=hex:01,02,\\\t ;note', '03,04'], operations: [DEMO_KEY, raw('B', 3, '01 02 03 04', 4)],
  },
  {
    id: 'c077-backslash-without-comma', case: 77, description: '01,02\\ (no comma) rejects the value; the next line is junk',
    body: ['"B"=hex:01,02\\', '  03,04', NEXT], operations: [DEMO_KEY, sz('Next', 'n', 6)],
  },
  {
    id: 'c078-space-backslash-without-comma', case: 78, description: '01,02  \\ ;note (no comma) rejects the value',
    body: ['"B"=hex:01,02  \\ ;note', '03,04', NEXT], operations: [DEMO_KEY, sz('Next', 'n', 6)],
  },
  {
    id: 'c079-comma-moved-to-next-line', case: 79, description: 'the comma on the next line instead of before the backslash',
    body: ['"B1"=hex:01,02\\', ',03,04', '"B2"=hex:01,02\\', '  ,03,04', NEXT], operations: [DEMO_KEY, sz('Next', 'n', 8)],
  },
  {
    id: 'c080-continuation-starts-with-comma', case: 80, description: 'a continuation line may not start with a comma; it is consumed',
    body: ['"B"=hex:01,02,\\', '  ,03,04', NEXT], operations: [DEMO_KEY, sz('Next', 'n', 6)],
  },
  {
    id: 'c081-byte-split-across-lines', case: 81, description: 'a byte cannot be split across lines',
    body: ['"B"=hex:01,0\\', '2,03', NEXT], operations: [DEMO_KEY, sz('Next', 'n', 6)],
  },
  {
    id: 'c082-hash-after-backslash', case: 82, description: '# after the continuation backslash rejects the value',
    body: ['"B"=hex:01,02,\\ #note', '03', NEXT], operations: [DEMO_KEY, sz('Next', 'n', 6)],
  },
  {
    id: 'c083-skipped-lines-in-continuation', case: 83, description: 'blank, whitespace-only and ; lines inside a continuation are skipped',
    body: ['"M"=hex(7):61,00,\\', '', '\t ', ' ;note', '62,00,00'], operations: [DEMO_KEY, raw('M', 7, '61 00 00 00 62 00 00 00 00 00', 4)],
  },
  {
    id: 'c084-hash-line-in-continuation', case: 84, description: 'a # line inside a continuation discards the value and is consumed',
    body: ['"B"=hex:01,\\', '#note', '  02,03', '"After"="x"'], operations: [DEMO_KEY, sz('After', 'x', 7)],
  },
  {
    id: 'c085a-value-line-swallowed', case: 85, description: 'a value line after a dangling ,\\ is swallowed with the hex value',
    body: ['"B"=hex:01,\\', '"Lost"="x"', '"Kept"="y"'], operations: [DEMO_KEY, sz('Kept', 'y', 6)],
  },
  {
    id: 'c085b-value-line-swallowed-after-comment', case: 85, description: 'a ; line between does not save the swallowed value line',
    body: ['"B"=hex:01,\\', ';note', '"Lost"="x"', '"Kept"="y"'], operations: [DEMO_KEY, sz('Kept', 'y', 7)],
  },
  {
    id: 'c085c-value-line-swallowed-after-blank', case: 85, description: 'a blank line between does not save the swallowed value line',
    body: ['"B"=hex:01,\\', '', '"Lost"="x"', '"Kept"="y"'], operations: [DEMO_KEY, sz('Kept', 'y', 7)],
  },
  {
    id: 'c086a-default-value-swallowed', case: 86, description: '@= right after a dangling ,\\ is swallowed',
    body: ['"B"=hex:01,\\', '@="dflt"'], operations: [DEMO_KEY],
  },
  {
    id: 'c086b-default-value-after-hash-line', case: 86, description: 'with a # line in between, the # line is consumed and @= is set',
    body: ['"B"=hex:01,\\', '#note', '@="dflt"'], operations: [DEMO_KEY, sz('', 'dflt', 6)],
  },
  {
    id: 'c087a-key-line-swallowed', case: 87, description: 'a key line after a dangling ,\\ is swallowed; the old key stays current',
    body: ['"B"=hex:01,\\', '[HKEY_CURRENT_USER\\Software\\Demo\\Child]', '"After"="x"'], operations: [DEMO_KEY, sz('After', 'x', 6)],
  },
  {
    id: 'c087b-key-line-after-backslash-without-comma', case: 87, description: 'with 01\\ (no comma) the value is rejected and the key line is read',
    body: ['"B"=hex:01\\', '[HKEY_CURRENT_USER\\Software\\Demo\\Child]', '"After"="x"'],
    operations: [DEMO_KEY, { op: 'createKey', key: `${DEMO}\\Child`, line: 5 }, sz('After', 'x', 6, `${DEMO}\\Child`)],
  },
  {
    id: 'c088a-continuation-at-eof', case: 88, description: 'EOF right after ,\\ commits the bytes so far',
    body: ['"B"=hex:01,02,\\'], finalEol: false, operations: [DEMO_KEY, raw('B', 3, '01 02', 4)],
  },
  {
    id: 'c088b-expand-sz-continuation-at-eof', case: 88, description: 'EOF after ,\\ in an ANSI hex(2) value: terminated and converted',
    body: ['"P"=hex(2):41,42,\\'], finalEol: false, operations: [DEMO_KEY, raw('P', 2, '41 00 42 00 00 00', 4)],
  },
  {
    id: 'c088c-backslash-without-comma-at-eof', case: 88, description: 'EOF after 61,62\\ (no comma): value ignored',
    body: ['"M"=hex(7):61,62\\'], finalEol: false, operations: [DEMO_KEY],
  },
  {
    id: 'c088d-continuation-then-eol-at-eof', case: 88, description: 'a line break and EOF after ,\\ also commit the bytes',
    body: ['"B"=hex:01,02,\\'], operations: [DEMO_KEY, raw('B', 3, '01 02', 4)],
  },
  {
    id: 'c089a-trailing-comma-ends-value', case: 89, description: 'a trailing comma without \\ ends the value; the next line is junk',
    body: ['"B"=hex:01,02,', '  03,04'], operations: [DEMO_KEY, raw('B', 3, '01 02', 4)],
  },
  {
    id: 'c089b-trailing-comma-and-comment', case: 89, description: 'a trailing comma and ;note ends the value',
    body: ['"B"=hex:01,02, ;note', '  03,04'], operations: [DEMO_KEY, raw('B', 3, '01 02', 4)],
  },
  {
    id: 'c090a-continuation-right-after-prefix', case: 90, description: 'hex:\\ continues before the first byte',
    body: ['"B"=hex:\\', '  01,02'], operations: [DEMO_KEY, raw('B', 3, '01 02', 4)],
  },
  {
    id: 'c090b-leading-comma-continuation', case: 90, description: 'hex:,\\ is a leading comma: value ignored',
    body: ['"B"=hex:,\\', '01', NEXT], operations: [DEMO_KEY, sz('Next', 'n', 6)],
  },
  {
    id: 'c091-data-after-backslash', case: 91, description: 'bytes after the backslash, or a backslash inside the list: ignored',
    body: ['"B1"=hex:01,\\02', '"B2"=hex:01\\,02', '"B3"=hex:\\ 01', NEXT], operations: [DEMO_KEY, sz('Next', 'n', 7)],
  },
  {
    id: 'c092-lone-backslash-line', case: 92, description: 'a lone backslash line is not a continuation; it is consumed',
    body: ['"B"=hex:01,\\', '\\', '02', NEXT], operations: [DEMO_KEY, sz('Next', 'n', 7)],
  },
  {
    id: 'c093-slash-is-not-continuation', case: 93, description: '/ is not a continuation marker',
    body: ['"B"=hex:01,/', '02', NEXT], operations: [DEMO_KEY, sz('Next', 'n', 6)],
  },
  {
    id: 'c094-empty-element-on-continuation', case: 94, description: 'an empty element on a continuation line discards the value',
    body: ['"B"=hex:01,\\', '02,,03', NEXT], operations: [DEMO_KEY, sz('Next', 'n', 6)],
  },
  {
    id: 's07-5a-three-line-continuation', case: '§7.5', description: 'a value continued over three lines, export-style',
    body: ['"B"=hex:00,01,02,03,04,05,06,07,08,09,0a,0b,0c,0d,0e,0f,10,11,12,13,14,15,\\', '  16,17,18,19,1a,1b,1c,1d,1e,1f,20,21,22,23,24,25,26,27,28,29,2a,2b,2c,2d,\\', '  2e,2f'],
    operations: [DEMO_KEY, raw('B', 3, Array.from({ length: 0x30 }, (_, i) => i.toString(16).padStart(2, '0')).join(''), 4)],
  },
  {
    id: 's07-5b-whitespace-after-trailing-comma-on-continuation', case: '§9',
    description: 'whitespace after a trailing comma on a continuation line rejects the value',
    body: ['"B"=hex:01,02,\\', '  03,04,  ', NEXT], operations: [DEMO_KEY, sz('Next', 'n', 6)],
  },
  {
    id: 's07-5c-comment-on-last-continuation-line', case: '§7.5', description: 'a ; comment after the last byte of a continuation line',
    body: ['"B"=hex:01,02,\\', '  03,04 ;end', NEXT], operations: [DEMO_KEY, raw('B', 3, '01 02 03 04', 4), sz('Next', 'n', 6)],
  },
  {
    id: 's07-5d-hash-after-last-continuation-byte', case: '§7.5', description: '# after the last byte of a continuation line discards the value',
    body: ['"B"=hex:01,02,\\', '  03,04 #end', NEXT], operations: [DEMO_KEY, sz('Next', 'n', 6)],
  },
];
