import { recordedProblems, SyntaxRule } from './types';

export const invalidHexType: SyntaxRule = {
  id: 'REG022',
  name: 'invalid-hex-type',
  description: "A `hex(N):` type that is not 1 to 8 hex digits followed by `):`: regedit ignores the line.",
  severity: 'error',
  fixable: true,
  check: recordedProblems('REG022'),
};
