import { recordedProblems, SyntaxRule } from './types';

export const emptyHexElement: SyntaxRule = {
  id: 'REG016',
  name: 'empty-hex-element',
  description: "An empty element in a hex byte list (`01,,02`, a leading comma): regedit discards the value.",
  severity: 'error',
  fixable: true,
  check: recordedProblems('REG016'),
};
