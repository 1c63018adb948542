import { recordedProblems, SyntaxRule } from './types';

export const utf8Bom: SyntaxRule = {
  id: 'REG002',
  name: 'utf8-bom',
  description: "The file starts with a UTF-8 byte order mark, which regedit reads as part of the header: nothing is imported.",
  severity: 'error',
  fixable: false,
  check: recordedProblems('REG002'),
};
