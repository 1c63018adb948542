import { recordedProblems, SyntaxRule } from './types';

export const junkAfterData: SyntaxRule = {
  id: 'REG013',
  name: 'junk-after-data',
  description: "Text after a string or a `-` deletion that is not a `;` comment: regedit ignores the line.",
  severity: 'error',
  fixable: false,
  check: recordedProblems('REG013'),
};
