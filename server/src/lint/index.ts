export { lintDocument, compareFindings } from './lintDocument';
export type { LintResult } from './lintDocument';
export { fixAll, MAX_FIX_ROUNDS } from './fixAll';
export type { FixAllResult } from './fixAll';
export { ruleCatalog } from './ruleCatalog';
export type { RuleInfo } from './ruleCatalog';
export { applySeverityOverrides } from './severity';
export { LineIndex } from './positions';
export type { Position } from './positions';
