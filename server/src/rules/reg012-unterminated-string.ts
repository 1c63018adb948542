import { recordedProblems, SyntaxRule } from './types';

export const unterminatedString: SyntaxRule = {
  id: 'REG012',
  name: 'unterminated-string',
  description: "A string without its closing quote (often a path ending in `\\\"`): regedit ignores the line.",
  severity: 'error',
  fixable: true,
  check: recordedProblems('REG012'),
};
