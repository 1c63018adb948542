import { recordedProblems, SyntaxRule } from './types';

export const invalidHeader: SyntaxRule = {
  id: 'REG001',
  name: 'invalid-header',
  description: "The first line must be exactly `Windows Registry Editor Version 5.00` or `REGEDIT4`; otherwise regedit imports nothing.",
  severity: 'error',
  fixable: true,
  check: recordedProblems('REG001'),
};
