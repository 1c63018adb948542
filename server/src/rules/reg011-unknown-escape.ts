import { recordedProblems, SyntaxRule } from './types';

export const unknownEscape: SyntaxRule = {
  id: 'REG011',
  name: 'unknown-escape',
  description: "A backslash escape regedit does not know (only `\\\\` and `\\\"` are standard): the backslash is dropped.",
  severity: 'warning',
  fixable: true,
  check: recordedProblems('REG011'),
};
