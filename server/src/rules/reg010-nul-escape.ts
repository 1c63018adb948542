import { recordedProblems, SyntaxRule } from './types';

export const nulEscape: SyntaxRule = {
  id: 'REG010',
  name: 'nul-escape',
  description: "`\\0` in a name or string: regedit rejects the line.",
  severity: 'error',
  fixable: false,
  check: recordedProblems('REG010'),
};
