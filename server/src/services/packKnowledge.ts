/**
 * What the enabled rule packs know about keys and values, indexed for the editor features: hover explains a
 * key or value the packs check, completion offers the key paths and value names they name.
 */
import { ruleDocsUrl } from '../findings/types';
import { foldKey } from '../model/paths';
import { policyRules } from '../policy';
import { syntaxRules } from '../rules';
import { directiveRules } from '../suppress/rules';
import type { LoadedPack, PackRule, PackValueType, RegistryRule, Scalar } from '../policy/types';

/** What an editor shows about a rule (pack rules and syntax rules alike). */
export interface RuleInfo {
  readonly id: string;
  readonly title: string;
  /** Longer explanation, when the rule has one. */
  readonly description?: string;
  /** The rule's documentation page. */
  readonly docsUrl?: string;
  /** The page the rule enforces (Microsoft guidance), for pack rules. */
  readonly sourceUrl?: string;
  /** Title of the pack the rule belongs to. */
  readonly packTitle?: string;
}

/** A value a pack rule checks under a known key. */
export interface KnownValue {
  readonly name: string;
  readonly type?: PackValueType;
  /** The data a fix or the pack's preference would write; undefined when the pack only constrains it. */
  readonly suggested?: Scalar;
  /** True when a rule forbids the value (completion then offers its deletion). */
  readonly forbidden: boolean;
  readonly rules: readonly RuleInfo[];
}

export interface KnownKey {
  /** Canonical text with the full root name. */
  readonly text: string;
  readonly rules: readonly RuleInfo[];
  /** Values keyed by their case-folded name. */
  readonly values: ReadonlyMap<string, KnownValue>;
}

export interface EditorKnowledge {
  /** Known keys by case-folded canonical path (as RegistryPath.key folds it). */
  readonly keys: ReadonlyMap<string, KnownKey>;
  /** Rule explanations by rule id. */
  readonly rules: ReadonlyMap<string, RuleInfo>;
  readonly packs: readonly { readonly id: string; readonly title: string; readonly description?: string }[];
}

export const emptyKnowledge: EditorKnowledge = { keys: new Map(), rules: new Map(), packs: [] };

function ruleInfo(pack: LoadedPack, rule: PackRule): RuleInfo {
  return { id: rule.id, title: rule.title, docsUrl: ruleDocsUrl(rule.id), sourceUrl: rule.sourceUrl, packTitle: pack.title };
}

function suggestedData(rule: RegistryRule): Scalar | undefined {
  if (rule.fix?.strategy === 'set-value' && rule.fix.data !== undefined) return rule.fix.data;
  return rule.preferred ?? rule.data?.equals;
}

interface MutableKey {
  text: string;
  rules: RuleInfo[];
  values: Map<string, { name: string; type?: PackValueType; suggested?: Scalar; forbidden: boolean; rules: RuleInfo[] }>;
}

/** The rules that are not in a pack: syntax rules (REGxxx) and directive rules (RPxxx). */
export const coreRuleInfos: readonly RuleInfo[] = [...syntaxRules, ...directiveRules].map((r) => ({
  id: r.id,
  title: r.name,
  description: r.description,
  docsUrl: ruleDocsUrl(r.id),
}));

/**
 * Indexes the packs. `otherRules` explains rules that are not in a pack (default: the syntax and directive rules);
 * a pack rule with the same id wins, since its text is the one the user configured.
 */
export function knowledgeFromPacks(packs: readonly LoadedPack[], otherRules: readonly RuleInfo[] = coreRuleInfos): EditorKnowledge {
  const keys = new Map<string, MutableKey>();
  const rules = new Map<string, RuleInfo>(otherRules.map((r) => [r.id, r]));
  // Rules of the policy engine itself (not in any pack), e.g. an unknown target OS.
  for (const r of policyRules([])) rules.set(r.id, { id: r.id, title: r.title, docsUrl: r.docsUrl, sourceUrl: r.sourceUrl });
  for (const pack of packs) {
    for (const rule of pack.rules) {
      const info = ruleInfo(pack, rule);
      rules.set(rule.id, info);
      if (rule.kind !== 'registry') continue;
      for (const key of rule.keys) {
        // Keyed as the model folds paths (RegistryPath.key), so a file's key finds its pack key directly.
        const folded = foldKey(key.text);
        let known = keys.get(folded);
        if (!known) {
          known = { text: key.text, rules: [], values: new Map() };
          keys.set(folded, known);
        }
        if (!known.rules.includes(info)) known.rules.push(info);
        const name = rule.value.toLowerCase();
        const value = known.values.get(name) ?? { name: rule.value, forbidden: false, rules: [] };
        value.rules.push(info);
        value.type ??= rule.type;
        value.suggested ??= rule.presence === 'forbidden' ? undefined : suggestedData(rule);
        value.forbidden ||= rule.presence === 'forbidden';
        known.values.set(name, value);
      }
    }
  }
  return { keys, rules, packs: packs.map((p) => ({ id: p.id, title: p.title, description: p.description })) };
}

/** Known keys strictly below `folded` (a case-folded canonical path), for "what can come next" questions. */
export function knownKeysBelow(knowledge: EditorKnowledge, folded: string): KnownKey[] {
  const prefix = `${folded}\\`;
  const out: KnownKey[] = [];
  for (const [k, key] of knowledge.keys) if (k.startsWith(prefix)) out.push(key);
  return out;
}
