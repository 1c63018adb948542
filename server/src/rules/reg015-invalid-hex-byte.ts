import { recordedProblems, SyntaxRule } from './types';

export const invalidHexByte: SyntaxRule = {
  id: 'REG015',
  name: 'invalid-hex-byte',
  description: "A hex byte above FF, with a 0x prefix, or not hex at all: regedit discards the whole value.",
  severity: 'error',
  fixable: true,
  check: recordedProblems('REG015'),
};
