import { recordedProblems, SyntaxRule } from './types';

export const utf16WithoutBom: SyntaxRule = {
  id: 'REG003',
  name: 'utf16-without-bom',
  description: "The file is UTF-16 without the FF FE byte order mark (or big-endian): regedit reads it as ANSI and imports nothing.",
  severity: 'error',
  fixable: false,
  check: recordedProblems('REG003'),
};
