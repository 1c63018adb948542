import { recordedProblems, SyntaxRule } from './types';

export const hashComment: SyntaxRule = {
  id: 'REG018',
  name: 'hash-comment',
  description: "`#` after data: only `;` starts a comment there, so regedit ignores the line.",
  severity: 'error',
  fixable: true,
  check: recordedProblems('REG018'),
};
