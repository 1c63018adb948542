import { recordedProblems, SyntaxRule } from './types';

export const nameTooLong: SyntaxRule = {
  id: 'REG027',
  name: 'name-too-long',
  description: "A key name longer than 255 characters or a value name longer than 16,383: the registry refuses it.",
  severity: 'error',
  fixable: false,
  check: recordedProblems('REG027'),
};
