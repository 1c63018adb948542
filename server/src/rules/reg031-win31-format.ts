import { recordedProblems, SyntaxRule } from './types';

export const win31Format: SyntaxRule = {
  id: 'REG031',
  name: 'win31-format',
  description: "The `REGEDIT` header selects the Windows 3.1 format, which only sets HKEY_CLASSES_ROOT default values.",
  severity: 'warning',
  fixable: false,
  check: recordedProblems('REG031'),
};
