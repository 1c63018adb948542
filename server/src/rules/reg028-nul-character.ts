import { recordedProblems, SyntaxRule } from './types';

export const nulCharacter: SyntaxRule = {
  id: 'REG028',
  name: 'nul-character',
  description: "A NUL character in the text: regedit reads each line only up to it.",
  severity: 'error',
  fixable: true,
  check: recordedProblems('REG028'),
};
