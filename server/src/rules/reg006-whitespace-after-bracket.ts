import { recordedProblems, SyntaxRule } from './types';

export const whitespaceAfterBracket: SyntaxRule = {
  id: 'REG006',
  name: 'whitespace-after-bracket',
  description: "Whitespace between `[` (or `[-`) and the key name: regedit ignores the key line.",
  severity: 'error',
  fixable: true,
  check: recordedProblems('REG006'),
};
