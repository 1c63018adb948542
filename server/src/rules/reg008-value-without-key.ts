import { recordedProblems, SyntaxRule } from './types';

export const valueWithoutKey: SyntaxRule = {
  id: 'REG008',
  name: 'value-without-key',
  description: "A value line while no key is open (before the first key, after `[-key]` or a key that failed): regedit drops it silently.",
  severity: 'warning',
  fixable: false,
  check: recordedProblems('REG008'),
};
