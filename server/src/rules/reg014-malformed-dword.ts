import { recordedProblems, SyntaxRule } from './types';

export const malformedDword: SyntaxRule = {
  id: 'REG014',
  name: 'malformed-dword',
  description: "A `dword:` value that is not 1 to 8 hex digits (optionally followed by a `;` comment): regedit ignores the line.",
  severity: 'error',
  fixable: true,
  check: recordedProblems('REG014'),
};
