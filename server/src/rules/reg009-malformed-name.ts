import { recordedProblems, SyntaxRule } from './types';

export const malformedName: SyntaxRule = {
  id: 'REG009',
  name: 'malformed-name',
  description: "A value name with a missing quote, or with something other than spaces between the name and `=`: regedit ignores the line.",
  severity: 'error',
  fixable: false,
  check: recordedProblems('REG009'),
};
