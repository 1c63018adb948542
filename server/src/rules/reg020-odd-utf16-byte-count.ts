import { recordedProblems, SyntaxRule } from './types';

export const oddUtf16ByteCount: SyntaxRule = {
  id: 'REG020',
  name: 'odd-utf16-byte-count',
  description: "hex(1)/hex(2)/hex(7) data with an odd number of bytes in a UTF-16 file: the string is misread.",
  severity: 'error',
  fixable: false,
  check: recordedProblems('REG020'),
};
