import { ruleDocsUrl, type Severity } from '../findings/types';
import { policyRules, type LoadedPack } from '../policy';
import { syntaxRules } from '../rules';
import { directiveRules } from '../suppress';

/** What reports (SARIF `tool.driver.rules`), config checks and directive checks need to know about a rule. */
export interface RuleInfo {
  readonly id: string;
  readonly name?: string;
  readonly description: string;
  readonly severity?: Severity;
  readonly fixable?: boolean;
  readonly docsUrl?: string;
  /** Pack id for pack rules. */
  readonly pack?: string;
}

/** Every rule that can report for these packs: syntax rules, pack (and engine) rules, directive rules; in that order. */
export function ruleCatalog(packs: readonly LoadedPack[]): RuleInfo[] {
  const rules: RuleInfo[] = [];
  const seen = new Set<string>();
  const add = (rule: RuleInfo): void => {
    if (seen.has(rule.id.toUpperCase())) return;
    seen.add(rule.id.toUpperCase());
    rules.push(rule);
  };
  for (const r of syntaxRules) {
    add({ id: r.id, name: r.name, description: r.description, severity: r.severity, fixable: r.fixable, docsUrl: ruleDocsUrl(r.id) });
  }
  for (const r of policyRules(packs)) {
    add({ id: r.id, description: r.title, severity: r.severity, fixable: r.fixable, docsUrl: r.docsUrl, pack: r.packId });
  }
  for (const r of directiveRules) {
    add({ id: r.id, name: r.name, description: r.description, severity: r.severity, fixable: r.fixable, docsUrl: ruleDocsUrl(r.id) });
  }
  return rules;
}
