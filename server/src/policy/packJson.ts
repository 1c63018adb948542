/** The shape of a rule pack as written (schemas/rule-pack.schema.json), after schema validation. */
import type { Severity } from '../findings/types';
import type { DataPredicate, PackValueType, Scalar } from './types';

export interface OsSelectorJson {
  readonly os?: readonly string[];
  readonly minBuild?: string;
  readonly maxBuild?: string;
}

export interface RuleJson {
  readonly id: string;
  readonly kind?: 'registry' | 'advisory' | 'near-miss';
  readonly title: string;
  readonly severity?: Severity;
  readonly message: string;
  readonly docs?: string;
  readonly tags?: readonly string[];
  readonly appliesTo?: OsSelectorJson;
  readonly target?: {
    readonly key?: string;
    readonly keys?: readonly string[];
    readonly keySet?: string;
    readonly views?: readonly ('native' | 'wow64')[];
    readonly value: string;
    readonly match?: 'all' | 'any';
  };
  readonly expect?: {
    readonly presence: 'required' | 'optional' | 'forbidden';
    readonly requiredOn?: OsSelectorJson;
    readonly deletion?: 'allowed' | 'forbidden';
    readonly type?: PackValueType;
    readonly data?: Omit<DataPredicate, 'bitsSet' | 'bitsClear' | 'min' | 'max'> & {
      readonly bitsSet?: Scalar;
      readonly bitsClear?: Scalar;
      readonly min?: Scalar;
      readonly max?: Scalar;
    };
    readonly preferred?: Scalar;
    readonly preferredSeverity?: Severity;
  };
  readonly fix?: { readonly title?: string; readonly strategy: 'set-value' | 'remove-value'; readonly data?: Scalar };
  readonly advisory?: { readonly updates?: readonly string[]; readonly actions?: readonly string[] };
  readonly nearMiss?: { readonly of: 'keys' | 'values' };
}

export interface PackJson {
  readonly formatVersion: 1;
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly description?: string;
  readonly enabledByDefault?: boolean;
  readonly sources?: readonly { readonly title: string; readonly url: string }[];
  readonly osGroups?: Readonly<Record<string, readonly string[]>>;
  readonly keySets?: Readonly<Record<string, { readonly keys: readonly string[]; readonly views?: readonly ('native' | 'wow64')[] }>>;
  readonly defaults?: { readonly severity?: Severity; readonly appliesTo?: OsSelectorJson };
  readonly rules: readonly RuleJson[];
}
