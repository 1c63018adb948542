import { recordedProblems, SyntaxRule } from './types';

export const unknownRoot: SyntaxRule = {
  id: 'REG005',
  name: 'unknown-root',
  description: "The key line does not start with a root key regedit knows; the key is not opened and the values below it are dropped.",
  severity: 'error',
  fixable: false,
  check: recordedProblems('REG005'),
};
