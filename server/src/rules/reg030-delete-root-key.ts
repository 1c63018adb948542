import { recordedProblems, SyntaxRule } from './types';

export const deleteRootKey: SyntaxRule = {
  id: 'REG030',
  name: 'delete-root-key',
  description: "`[-HKEY_...]` names a root key: roots cannot be deleted (Wine's regedit stops the import).",
  severity: 'error',
  fixable: false,
  check: recordedProblems('REG030'),
};
