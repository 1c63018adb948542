import { recordedProblems, SyntaxRule } from './types';

export const brokenContinuation: SyntaxRule = {
  id: 'REG019',
  name: 'broken-continuation',
  description: "A hex value continuation that regedit reads differently from the author's intent: the value is discarded, and sometimes the next line is swallowed with it.",
  severity: 'error',
  fixable: true,
  check: recordedProblems('REG019'),
};
