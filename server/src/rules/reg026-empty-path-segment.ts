import { recordedProblems, SyntaxRule } from './types';

export const emptyPathSegment: SyntaxRule = {
  id: 'REG026',
  name: 'empty-path-segment',
  description: "Two backslashes in a row in a key path: an empty key name.",
  severity: 'error',
  fixable: true,
  check: recordedProblems('REG026'),
};
