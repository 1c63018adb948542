// reg-format.md section 14 "REG_DWORD" (cases 56-64) and section 7.3.
import { DEMO_KEY, dword, sz } from '../ops.mjs';

const OK = '"Ok"="y"';

export default [
  {
    id: 'c056-dword-short-forms', case: 56, description: 'dword with 2, 1 and 4 digits',
    body: ['"N"=dword:7f', '"N1"=dword:1', '"N2"=dword:4444'],
    operations: [DEMO_KEY, dword('N', 0x7f, 4), dword('N1', 1, 5), dword('N2', 0x4444, 6)],
  },
  {
    id: 'c057-dword-no-or-bad-digits', case: 57, description: 'dword: with no digits or non-hex digits is ignored',
    body: ['"N1"=dword:', '"N2"=dword:zz', OK], operations: [DEMO_KEY, sz('Ok', 'y', 6)],
  },
  {
    id: 'c058-dword-nine-digits', case: 58, description: 'more than 8 digits is invalid even if the value fits; ffffffff is the maximum',
    body: ['"N1"=dword:0ffffffff', '"N2"=dword:000000002', '"N3"=dword:ffffffff'],
    operations: [DEMO_KEY, dword('N3', 0xffffffff, 6)],
  },
  {
    id: 'c059-dword-trailing-junk', case: 59, description: 'junk after the digits, with or without a space, is invalid',
    body: ['"N1"=dword:0000000aXY', '"N2"=dword:0000000a XY', OK], operations: [DEMO_KEY, sz('Ok', 'y', 6)],
  },
  {
    id: 'c060-dword-0x-and-embedded-space', case: 60, description: '0x prefix and embedded space are invalid',
    body: ['"N1"=dword:0x10', '"N2"=dword:12 34', OK], operations: [DEMO_KEY, sz('Ok', 'y', 6)],
  },
  {
    id: 'c061-dword-whitespace-after-colon', case: 61, description: 'tab and space after dword: are allowed',
    body: ['"N"=dword:\t 0000000a'], operations: [DEMO_KEY, dword('N', 10, 4)],
  },
  {
    id: 'c062a-dword-semicolon-comment', case: 62, description: '; comment after the digits, with or without a space',
    body: ['"N1"=dword:0000000a;ten', '"N2"=dword:0000000a ;ten'], operations: [DEMO_KEY, dword('N1', 10, 4), dword('N2', 10, 5)],
  },
  {
    id: 'c062b-dword-hash-comment', case: 62, description: '# after the digits makes the line invalid',
    body: ['"N1"=dword:0000000a#ten', '"N2"=dword:0000000a #ten', OK], operations: [DEMO_KEY, sz('Ok', 'y', 6)],
  },
  {
    id: 'c063-dword-no-continuation', case: 63, description: 'a dword cannot continue on the next line',
    body: ['"N"=dword:0000\\', '000a', OK], operations: [DEMO_KEY, sz('Ok', 'y', 6)],
  },
  {
    id: 'c064-default-dword-with-tabs', case: 64, description: 'tabs everywhere around a default dword value',
    body: ['\t@\t=\tdword:\t0000000a\t'], operations: [DEMO_KEY, dword('', 10, 4)],
  },
  {
    id: 's07-3a-dword-upper-case-digits', case: '§7.3', description: 'hex digits may be upper case',
    body: ['"N"=dword:0000ABCD'], operations: [DEMO_KEY, dword('N', 0xabcd, 4)],
  },
  {
    id: 's07-3b-dword-upper-case-prefix', case: '§7.3', description: 'DWORD: (upper case) is an unknown prefix: ignored',
    body: ['"N"=DWORD:00000001', OK], operations: [DEMO_KEY, sz('Ok', 'y', 5)],
  },
  {
    id: 's07-3c-dword-sign-and-decimal', case: '§7.3', description: 'a sign is not a hex digit: ignored',
    body: ['"N1"=dword:-1', '"N2"=dword:+1', OK], operations: [DEMO_KEY, sz('Ok', 'y', 6)],
  },
  {
    id: 's07-3d-dword-space-before-colon', case: '§9', description: 'no whitespace is allowed inside the dword: keyword',
    body: ['"N1"=dword :1', '"N2"=dword: 1'], operations: [DEMO_KEY, dword('N2', 1, 5)],
  },
  {
    id: 's07-3e-dword-comment-without-digits', case: '§7.3',
    description: 'dword:;comment (no digits, then a comment): Wine stores 0; strict reading adds an error',
    body: ['"N"=dword:;zero'], operations: [DEMO_KEY, dword('N', 0, 4)],
    note: 'Spec marks this [W] and asks for the strict reading; per the conformance brief the expected operation is what Wine does, the strict reading only adds a diagnostic.',
  },
  {
    id: 's07-9a-unknown-type-prefixes', case: '§7.9', description: 'qword:, str:, str(2): and a bare word are unknown: ignored',
    body: ['"Q"=qword:0000000000000001', '"S"=str:"x"', '"E"=str(2):"%TMP%"', '"W"=word', OK],
    operations: [DEMO_KEY, sz('Ok', 'y', 8)],
  },
];
