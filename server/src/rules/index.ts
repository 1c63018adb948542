import { ruleDocsUrl } from '../findings/types';
import type { Finding } from '../findings/types';
import type { Importer, RegModel } from '../model/types';
import type { RegDocument } from '../parser/ast';
import { syntaxRules } from './registry';
import type { RuleContext, RuleReport } from './types';

export { syntaxRules } from './registry';
export type { SyntaxRule, RuleContext, RuleReport } from './types';

export interface CheckSyntaxOptions {
  importer?: Importer;
  /** Rule ids to leave out. */
  disabled?: readonly string[];
}

/** Runs every syntax rule (in registry order) and returns the findings sorted by offset. */
export function checkSyntax(doc: RegDocument, model: RegModel, options: CheckSyntaxOptions = {}): Finding[] {
  const recorded = new Map<string, RuleReport[]>();
  for (const problem of [...doc.problems, ...(model.problems ?? [])]) {
    const list = recorded.get(problem.code) ?? [];
    list.push(problem);
    recorded.set(problem.code, list);
  }
  const context: RuleContext = { doc, model, importer: options.importer ?? doc.importer, problemsFor: (id) => recorded.get(id) ?? [] };
  const disabled = new Set(options.disabled ?? []);
  const findings: Finding[] = [];
  for (const rule of syntaxRules) {
    if (disabled.has(rule.id)) continue;
    rule.check(context, (problem) => {
      findings.push({
        ruleId: rule.id,
        severity: problem.severity ?? rule.severity,
        message: problem.message,
        offset: problem.offset,
        length: problem.length,
        docsUrl: ruleDocsUrl(rule.id),
        ...(problem.related ? { related: problem.related } : {}),
        ...(problem.fixes ? { fixes: problem.fixes } : {}),
        ...(problem.tags ? { tags: problem.tags } : {}),
      });
    });
  }
  return findings.sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId));
}
