/**
 * The policy layer: rule packs (schema, loader), their evaluation against a file's registry
 * model, near-miss detection, and fixes as text edits. Semantics: docs/policy.md.
 */
export { loadPack } from './loader';
export { builtinPacks } from './builtinPacks';
export { evaluatePacks, UNKNOWN_TARGET_OS_RULE } from './evaluate';
export type { PolicyDocument } from './evaluate';
export { parseTargetOsDirective, TARGET_OS_DIRECTIVE } from './context';
export type { PolicyContext, TargetOsDirective } from './context';
export { policyRules, knownKeys } from './metadata';
export type { PolicyRuleInfo, KnownKey, KnownValue } from './metadata';
export { OS_IDS, OS_BUILDS, isOsId } from './os';
export type { OsId } from './os';
export { isPackLoadError } from './types';
export type {
  LoadedPack,
  PackLoadError,
  PackLoadProblem,
  PackRule,
  RegistryRule,
  AdvisoryRule,
  NearMissRule,
  PackKey,
  OsSelector,
} from './types';
