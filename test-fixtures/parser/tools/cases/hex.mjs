// reg-format.md section 14 "REG_BINARY and hex(N)" (cases 65-73) and section 7.4.
import { DEMO_KEY, raw, sz } from '../ops.mjs';

const OK = '"Ok"="y"';

export default [
  { id: 'c065-binary', case: 65, description: 'hex: is REG_BINARY', body: ['"B"=hex:de,ad,be,ef'], operations: [DEMO_KEY, raw('B', 3, 'de ad be ef', 4)] },
  { id: 'c066a-empty-binary', case: 66, description: 'hex: with no bytes is an empty REG_BINARY', body: ['"B"=hex:'], operations: [DEMO_KEY, raw('B', 3, '', 4)] },
  {
    id: 'c066b-empty-hex-types', case: 66, description: 'hex(N): with no bytes stores 0 bytes of type N, no terminator even for 1, 2, 7',
    body: ['"T0"=hex(0):', '"T1"=hex(1):', '"T2"=hex(2):', '"T3"=hex(3):', '"T4"=hex(4):', '"T7"=hex(7):', '"T100"=hex(100):', '"Tabcd"=hex(abcd):'],
    operations: [
      DEMO_KEY, raw('T0', 0, '', 4), raw('T1', 1, '', 5), raw('T2', 2, '', 6), raw('T3', 3, '', 7),
      raw('T4', 4, '', 8), raw('T7', 7, '', 9), raw('T100', 0x100, '', 10), raw('Tabcd', 0xabcd, '', 11),
    ],
  },
  {
    id: 'c067a-hex-type-range', case: 67, description: 'hex(20) and hex(ffffffff) are valid types',
    body: ['"T"=hex(20):01', '"Max"=hex(ffffffff):01'], operations: [DEMO_KEY, raw('T', 0x20, '01', 4), raw('Max', 0xffffffff, '01', 5)],
  },
  {
    id: 'c067b-hex-type-invalid', case: 67, description: 'hex(100000000), hex(0x3), hex(0X3), hex(x3) are ignored',
    body: ['"T1"=hex(100000000):01', '"T2"=hex(0x3):01', '"T3"=hex(0X3):01', '"T4"=hex(x3):01', OK],
    operations: [DEMO_KEY, sz('Ok', 'y', 8)],
  },
  {
    id: 'c068-byte-above-ff', case: 68, description: 'a byte above ff rejects the whole value',
    body: ['"B1"=hex(0):41,100,42', '"B2"=hex(0):41,1ff', OK], operations: [DEMO_KEY, sz('Ok', 'y', 6)],
  },
  { id: 'c069-trailing-comma', case: 69, description: 'a single trailing comma is allowed', body: ['"B"=hex:01,02,'], operations: [DEMO_KEY, raw('B', 3, '01 02', 4)] },
  {
    id: 'c070-empty-element', case: 70, description: 'an empty element (,,) rejects the value',
    body: ['"B"=hex:01,,02', OK], operations: [DEMO_KEY, sz('Ok', 'y', 5)],
  },
  {
    id: 'c071a-semicolon-after-bytes', case: 71, description: '; comment after the last byte, with or without a space',
    body: ['"B1"=hex:01,02 ;c', '"B2"=hex:01,02;c'], operations: [DEMO_KEY, raw('B1', 3, '01 02', 4), raw('B2', 3, '01 02', 5)],
  },
  {
    id: 'c071b-hash-after-bytes', case: 71, description: '# after the bytes rejects the value',
    body: ['"B"=hex:01,02 #c', OK], operations: [DEMO_KEY, sz('Ok', 'y', 5)],
  },
  {
    id: 'c072-dword-type-eight-bytes', case: 72, description: 'hex(4) with 8 bytes is stored as is (no size check)',
    body: ['"D8"=hex(4):01,02,03,04,05,06,07,08'], operations: [DEMO_KEY, raw('D8', 4, '01 02 03 04 05 06 07 08', 4)],
  },
  {
    id: 'c073-qword', case: 73, description: 'hex(b) with 8 little-endian bytes is a REG_QWORD',
    body: ['"Q"=hex(b):02,00,00,00,01,00,00,00'], operations: [DEMO_KEY, raw('Q', 11, '02 00 00 00 01 00 00 00', 4)],
  },
  {
    id: 's07-4a-byte-digit-count', case: '§7.4', description: 'a byte may have 1 or 3 digits when its value fits',
    body: ['"B"=hex:1,0ff,a'], operations: [DEMO_KEY, raw('B', 3, '01 ff 0a', 4)],
  },
  {
    id: 's07-4b-upper-case-hex', case: '§7.4', description: 'upper-case bytes and type number are accepted',
    body: ['"B"=hex:DE,AD', '"T"=hex(A):0F'], operations: [DEMO_KEY, raw('B', 3, 'de ad', 4), raw('T', 10, '0f', 5)],
  },
  {
    id: 's07-4c-space-before-comma', case: '§7.4', description: 'whitespace between a byte and the next comma rejects the value',
    body: ['"B"=hex:01 ,02', OK], operations: [DEMO_KEY, sz('Ok', 'y', 5)],
  },
  {
    id: 's07-4d-leading-comma', case: '§7.4', description: 'a leading comma rejects the value',
    body: ['"B"=hex:,01', OK], operations: [DEMO_KEY, sz('Ok', 'y', 5)],
  },
  {
    id: 's07-4e-spaces-before-bytes', case: '§7.4', description: 'whitespace after hex: and after commas is allowed',
    body: ['"B"=hex:  01, 02,\t03'], operations: [DEMO_KEY, raw('B', 3, '01 02 03', 4)],
  },
  {
    id: 's07-4f-hex-keyword-spacing', case: '§9', description: 'hex (2):, hex(2) : and HEX: do not match the keyword',
    body: ['"B1"=hex (2):41', '"B2"=hex(2) :41', '"B3"=HEX:41', OK], operations: [DEMO_KEY, sz('Ok', 'y', 7)],
  },
  {
    id: 's07-4g-other-raw-types', case: '§7.4', description: 'types 5, 6, 8, 9, a and 3 store bytes verbatim',
    body: ['"T5"=hex(5):00,00,00,01', '"T6"=hex(6):41,00', '"T8"=hex(8):01', '"T9"=hex(9):02', '"Ta"=hex(a):03', '"T3"=hex(3):41,42'],
    operations: [
      DEMO_KEY, raw('T5', 5, '00 00 00 01', 4), raw('T6', 6, '41 00', 5), raw('T8', 8, '01', 6),
      raw('T9', 9, '02', 7), raw('Ta', 10, '03', 8), raw('T3', 3, '41 42', 9),
    ],
  },
  {
    id: 's07-4h-binary-large', case: '§3', description: 'a long single-line binary value (1000 bytes)',
    body: [`"Big"=hex:${Array.from({ length: 1000 }, (_, i) => (i % 256).toString(16).padStart(2, '0')).join(',')}`],
    operations: [DEMO_KEY, raw('Big', 3, Array.from({ length: 1000 }, (_, i) => (i % 256).toString(16).padStart(2, '0')).join(''), 4)],
  },
  {
    id: 's07-4i-0x-byte-prefix', case: '§7.4', description: 'hex:0x01,0x02: Wine accepts the 0x prefix (C number parser); strict reading adds an error',
    body: ['"B"=hex:0x01,0x02'], operations: [DEMO_KEY, raw('B', 3, '01 02', 4)],
    note: 'Spec marks this [W] and asks for the strict reading; per the conformance brief the expected operation is what Wine does, the strict reading only adds a diagnostic.',
  },
  {
    id: 's09a-trailing-whitespace-after-bytes', case: '§9', description: 'trailing spaces and tabs after the last byte or a trailing comma are trimmed',
    body: ['"B1"=hex:01,02  \t', '"B2"=hex:01,02,  '], operations: [DEMO_KEY, raw('B1', 3, '01 02', 4), raw('B2', 3, '01 02', 5)],
  },
];
