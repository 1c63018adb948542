/**
 * What editor features need to know about pack rules without evaluating anything: rule
 * metadata for hovers, docs links and SARIF, and the keys and values packs check, for
 * completion.
 */
import { ruleDocsUrl, type Severity } from '../findings/types';
import { UNKNOWN_TARGET_OS_RULE } from './evaluate';
import { formatData } from './regData';
import type { LoadedPack, PackValueType } from './types';

export interface PolicyRuleInfo {
  readonly id: string;
  /** Undefined for engine rules (PACK001). */
  readonly packId?: string;
  readonly kind: 'registry' | 'advisory' | 'near-miss' | 'engine';
  readonly title: string;
  readonly severity: Severity;
  /** Our docs page (docs/rules/<id>.md). */
  readonly docsUrl: string;
  /** The Microsoft page the rule enforces. */
  readonly sourceUrl?: string;
  readonly fixable: boolean;
}

export function policyRules(packs: readonly LoadedPack[]): PolicyRuleInfo[] {
  const rules: PolicyRuleInfo[] = packs.flatMap((pack) =>
    pack.rules.map((r) => ({
      id: r.id,
      packId: pack.id,
      kind: r.kind,
      title: r.title,
      severity: r.severity,
      docsUrl: ruleDocsUrl(r.id),
      sourceUrl: r.sourceUrl,
      fixable: r.kind === 'registry' ? r.fix !== undefined || r.preferred !== undefined : r.kind === 'near-miss',
    })),
  );
  rules.push({ ...UNKNOWN_TARGET_OS_RULE, kind: 'engine', docsUrl: ruleDocsUrl(UNKNOWN_TARGET_OS_RULE.id), fixable: false });
  return rules;
}

export interface KnownValue {
  readonly name: string;
  readonly type?: PackValueType;
  /** The line a completion inserts after the name, e.g. `dword:00000001`. */
  readonly data?: string;
  readonly ruleId: string;
  readonly title: string;
}

export interface KnownKey {
  /** Canonical path with the full root name. */
  readonly path: string;
  readonly packId: string;
  readonly values: readonly KnownValue[];
}

/** Every key the packs check (both views expanded), with the values expected there. */
export function knownKeys(packs: readonly LoadedPack[]): KnownKey[] {
  const keys = new Map<string, { path: string; packId: string; values: KnownValue[] }>();
  for (const pack of packs) {
    for (const rule of pack.rules) {
      if (rule.kind !== 'registry') continue;
      const data = rule.fix?.data ?? rule.preferred ?? rule.data?.equals;
      for (const key of rule.keys) {
        const entry = keys.get(`${pack.id}\u0000${key.folded}`) ?? { path: key.text, packId: pack.id, values: [] };
        entry.values.push({
          name: rule.value,
          type: rule.type,
          data: rule.type && data !== undefined ? formatData(rule.type, data) : undefined,
          ruleId: rule.id,
          title: rule.title,
        });
        keys.set(`${pack.id}\u0000${key.folded}`, entry);
      }
    }
  }
  return [...keys.values()];
}
