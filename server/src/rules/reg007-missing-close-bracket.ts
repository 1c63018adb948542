import { recordedProblems, SyntaxRule } from './types';

export const missingCloseBracket: SyntaxRule = {
  id: 'REG007',
  name: 'missing-close-bracket',
  description: "A key line without a closing `]`: regedit ignores it.",
  severity: 'error',
  fixable: true,
  check: recordedProblems('REG007'),
};
