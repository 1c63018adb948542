import { recordedProblems, SyntaxRule } from './types';

export const spaceBeforeComma: SyntaxRule = {
  id: 'REG017',
  name: 'space-before-comma',
  description: "Whitespace between a hex byte and the following comma: regedit discards the value.",
  severity: 'error',
  fixable: true,
  check: recordedProblems('REG017'),
};
