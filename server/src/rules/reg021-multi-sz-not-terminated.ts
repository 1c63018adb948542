import { recordedProblems, SyntaxRule } from './types';

export const multiSzNotTerminated: SyntaxRule = {
  id: 'REG021',
  name: 'multi-sz-not-terminated',
  description: "A REG_MULTI_SZ (hex(7)) that does not end with a double NUL: regedit adds only one terminator.",
  severity: 'warning',
  fixable: true,
  check: recordedProblems('REG021'),
};
