// reg-format.md section 14 "String types in hex form" (cases 95-100) and section 7.6.
import { DEMO_KEY, raw } from '../ops.mjs';

const V5 = 'Windows Registry Editor Version 5.00';
const UTF16 = { encoding: 'utf-16le', header: V5 };

export default [
  {
    id: 'c095a-ansi-expand-sz-terminated', case: 95, description: 'ANSI hex(2) bytes are converted to UTF-16LE',
    body: ['"P"=hex(2):25,54,4d,50,25,00'], operations: [DEMO_KEY, raw('P', 2, '25 00 54 00 4d 00 50 00 25 00 00 00', 4)],
  },
  {
    id: 'c095b-ansi-expand-sz-unterminated', case: 95, description: 'ANSI hex(2) without the final 00 gets a terminator',
    body: ['"P"=hex(2):25,54,4d,50,25'], operations: [DEMO_KEY, raw('P', 2, '25 00 54 00 4d 00 50 00 25 00 00 00', 4)],
  },
  {
    id: 'c096a-ansi-multi-sz-one-terminator', case: 96, description: 'ANSI hex(7) 61,00,62 gets one NUL, not two',
    body: ['"M"=hex(7):61,00,62'], operations: [DEMO_KEY, raw('M', 7, '61 00 00 00 62 00 00 00', 4)],
  },
  {
    id: 'c096b-ansi-multi-sz-double-terminated', case: 96, description: 'ANSI hex(7) with its own double NUL',
    body: ['"M"=hex(7):61,00,62,00,00'], operations: [DEMO_KEY, raw('M', 7, '61 00 00 00 62 00 00 00 00 00', 4)],
  },
  {
    id: 'c097-utf16-expand-sz-unterminated', case: 97, description: 'UTF-16 file: hex(2) code units get 00 00 appended',
    ...UTF16, body: ['"P"=hex(2):25,00,54,00,4d,00,50,00,25,00'],
    operations: [DEMO_KEY, raw('P', 2, '25 00 54 00 4d 00 50 00 25 00 00 00', 4)],
  },
  {
    id: 'c098-utf16-multi-sz-terminated', case: 98, description: 'UTF-16 file: an already terminated hex(7) is stored unchanged',
    ...UTF16, body: ['"M"=hex(7):61,00,00,00,62,00,00,00,00,00'],
    operations: [DEMO_KEY, raw('M', 7, '61 00 00 00 62 00 00 00 00 00', 4)],
  },
  {
    id: 'c099-utf16-sz-embedded-nul', case: 99, description: 'UTF-16 file: hex(1) keeps an embedded NUL and gets a terminator',
    ...UTF16, body: ['"S"=hex(1):00,00,41,00'], operations: [DEMO_KEY, raw('S', 1, '00 00 41 00 00 00', 4)],
  },
  {
    id: 'c100-ansi-other-types-raw', case: 100, description: 'ANSI hex(100) and hex(0) are stored raw (no terminator, no conversion)',
    body: ['"U"=hex(100):41,42', '"N0"=hex(0):41,42'], operations: [DEMO_KEY, raw('U', 0x100, '41 42', 4), raw('N0', 0, '41 42', 5)],
  },
  {
    id: 's07-6a-ansi-sz', case: '§7.6', description: 'ANSI hex(1) 41,42 becomes "AB" in UTF-16LE',
    body: ['"S"=hex(1):41,42'], operations: [DEMO_KEY, raw('S', 1, '41 00 42 00 00 00', 4)],
  },
  {
    id: 's07-6b-ansi-code-page-conversion', case: '§7.6', description: 'ANSI hex(2) byte 80 is converted through Windows-1252 to U+20AC',
    body: ['"P"=hex(2):80,e9,00'], operations: [DEMO_KEY, raw('P', 2, 'ac 20 e9 00 00 00', 4)],
  },
  {
    id: 's07-6c-encoding-not-header-decides-ansi', case: '§7.6', description: 'ANSI file with the 5.00 header: UTF-16-style hex(2) bytes are still converted',
    header: V5, body: ['"P"=hex(2):41,00,42,00'], operations: [DEMO_KEY, raw('P', 2, '41 00 00 00 42 00 00 00', 4)],
  },
  {
    id: 's07-6d-encoding-not-header-decides-utf16', case: '§7.6', description: 'UTF-16 file with REGEDIT4 header: one-byte-per-char hex(2) is read as code units',
    encoding: 'utf-16le', body: ['"P"=hex(2):41,42'], operations: [DEMO_KEY, raw('P', 2, '41 42 00 00', 4)],
  },
  {
    id: 's07-6e-utf16-multi-sz-one-terminator', case: '§7.6', description: 'UTF-16 file: hex(7) without final NULs gets only one 00 00',
    ...UTF16, body: ['"M"=hex(7):61,00,00,00,62,00'], operations: [DEMO_KEY, raw('M', 7, '61 00 00 00 62 00 00 00', 4)],
  },
  {
    id: 's07-6f-utf16-sz-continued', case: '§7.6', description: 'UTF-16 file: a continued hex(2) is terminated once at the end',
    ...UTF16, body: ['"P"=hex(2):25,00,54,00,\\', '  4d,00,50,00,25,00'], operations: [DEMO_KEY, raw('P', 2, '25 00 54 00 4d 00 50 00 25 00 00 00', 4)],
  },
  {
    id: 's07-6g-ansi-embedded-nul-converted', case: '§7.6', description: 'ANSI hex(1) with an embedded NUL: every byte becomes a code unit',
    body: ['"S"=hex(1):41,00,42'], operations: [DEMO_KEY, raw('S', 1, '41 00 00 00 42 00 00 00', 4)],
  },
];
