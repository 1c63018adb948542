/**
 * A rule pack after loading: JSON validated against schemas/rule-pack.schema.json, OS groups
 * resolved, key sets expanded into concrete keys (64-bit and WOW6432Node views), numbers parsed.
 */
import type { Severity } from '../findings/types';
import type { OsId } from './os';

export interface OsSelector {
  /** Explicit OS ids (groups already expanded); undefined = any OS. */
  readonly os?: readonly OsId[];
  readonly minBuild?: string;
  readonly maxBuild?: string;
}

/** A concrete registry key a rule checks. */
export interface PackKey {
  /** Canonical text with the full root name, e.g. `HKEY_LOCAL_MACHINE\SOFTWARE\...`. */
  readonly text: string;
  /** Case-folded `text`, the comparison key (registry names are case-insensitive). */
  readonly folded: string;
  readonly segments: readonly string[];
  readonly foldedSegments: readonly string[];
  readonly root: string;
  readonly view: 'native' | 'wow64';
}

export type Scalar = number | string;

export interface DataPredicate {
  readonly equals?: Scalar;
  readonly in?: readonly Scalar[];
  readonly notIn?: readonly Scalar[];
  readonly nonZero?: true;
  readonly bitsSet?: number;
  readonly bitsClear?: number;
  readonly min?: number;
  readonly max?: number;
}

export type PackValueType = 'REG_SZ' | 'REG_EXPAND_SZ' | 'REG_DWORD' | 'REG_QWORD';

interface RuleBase {
  readonly id: string;
  readonly packId: string;
  readonly title: string;
  readonly severity: Severity;
  readonly message: string;
  /** The Microsoft (or other) source page the rule enforces. */
  readonly sourceUrl?: string;
  readonly tags: readonly string[];
  readonly appliesTo?: OsSelector;
}

export interface RegistryRule extends RuleBase {
  readonly kind: 'registry';
  readonly keys: readonly PackKey[];
  readonly value: string;
  readonly match: 'all' | 'any';
  readonly presence: 'required' | 'optional' | 'forbidden';
  readonly requiredOn?: OsSelector;
  readonly deletion: 'allowed' | 'forbidden';
  readonly type?: PackValueType;
  readonly data?: DataPredicate;
  readonly preferred?: Scalar;
  readonly preferredSeverity: Severity;
  readonly fix?: { readonly title?: string; readonly strategy: 'set-value' | 'remove-value'; readonly data?: Scalar };
}

export interface AdvisoryRule extends RuleBase {
  readonly kind: 'advisory';
  readonly updates: readonly string[];
  readonly actions: readonly string[];
}

export interface NearMissRule extends RuleBase {
  readonly kind: 'near-miss';
  readonly of: 'keys' | 'values';
}

export type PackRule = RegistryRule | AdvisoryRule | NearMissRule;

export interface LoadedPack {
  readonly kind: 'pack';
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly description?: string;
  /** Where the pack came from (a file path, or `builtin:<id>`). */
  readonly source: string;
  readonly enabledByDefault: boolean;
  readonly sources: readonly { readonly title: string; readonly url: string }[];
  /** Every OS the pack names (groups, appliesTo, requiredOn): the default, strictest target. */
  readonly osIds: readonly OsId[];
  readonly rules: readonly PackRule[];
}

export interface PackLoadProblem {
  /** JSON pointer into the pack (RFC 6901), '' for the whole document. */
  readonly pointer: string;
  readonly message: string;
}

export interface PackLoadError {
  readonly kind: 'error';
  readonly source: string;
  /** Pointer of the first problem. */
  readonly pointer: string;
  /** One line: `<source>#<pointer>: <problem>`, plus a count when there are more. */
  readonly message: string;
  readonly problems: readonly PackLoadProblem[];
}

export function isPackLoadError(result: LoadedPack | PackLoadError): result is PackLoadError {
  return result.kind === 'error';
}
