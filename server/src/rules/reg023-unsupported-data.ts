import { recordedProblems, SyntaxRule } from './types';

export const unsupportedData: SyntaxRule = {
  id: 'REG023',
  name: 'unsupported-data',
  description: "Value data regedit does not understand (`qword:`, `DWORD:`, `str:`, nothing at all, ...): regedit ignores the line.",
  severity: 'error',
  fixable: true,
  check: recordedProblems('REG023'),
};
