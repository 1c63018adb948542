import { recordedProblems, SyntaxRule } from './types';

export const abbreviatedRoot: SyntaxRule = {
  id: 'REG004',
  name: 'abbreviated-root',
  description: "A root key abbreviation (HKLM, HKCU, HKCR, HKU, HKCC): `reg import` accepts it, regedit does not.",
  severity: 'error',
  fixable: true,
  check: recordedProblems('REG004'),
};
