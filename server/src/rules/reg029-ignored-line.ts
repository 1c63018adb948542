import { recordedProblems, SyntaxRule } from './types';

export const ignoredLine: SyntaxRule = {
  id: 'REG029',
  name: 'ignored-line',
  description: "A line that does not start with `[`, `@`, `\"`, `;` or `#`: regedit silently ignores it.",
  severity: 'warning',
  fixable: true,
  check: recordedProblems('REG029'),
};
