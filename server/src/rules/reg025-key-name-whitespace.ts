import { recordedProblems, SyntaxRule } from './types';

export const keyNameWhitespace: SyntaxRule = {
  id: 'REG025',
  name: 'key-name-whitespace',
  description: "A key name that starts or ends with whitespace: regedit keeps the whitespace as part of the name.",
  severity: 'warning',
  fixable: true,
  check: recordedProblems('REG025'),
};
