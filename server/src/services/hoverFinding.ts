import type { Finding } from '../findings/types';
import { ruleDocsUrl } from '../findings/types';
import type { EditorKnowledge } from './packKnowledge';

/** The explanation of the rules behind the findings under the cursor (one section per rule). */
export function findingsMarkdown(findings: readonly Finding[], knowledge: EditorKnowledge): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const finding of findings) {
    if (seen.has(finding.ruleId)) continue;
    seen.add(finding.ruleId);
    const rule = knowledge.rules.get(finding.ruleId);
    const title = rule ? ` · ${rule.title}` : '';
    const pack = rule?.packTitle ? ` (${rule.packTitle})` : '';
    const lines = [`**${finding.ruleId}**${title}${pack}`];
    // The diagnostic already shows the message; repeat it only when the rule has no text of its own.
    lines.push(rule?.description ?? finding.message);
    const links = [`[Rule documentation](${finding.docsUrl ?? rule?.docsUrl ?? ruleDocsUrl(finding.ruleId)})`];
    if (rule?.sourceUrl) links.push(`[Source](${rule.sourceUrl})`);
    lines.push(links.join(' · '));
    parts.push(lines.join('\n\n'));
  }
  return parts.join('\n\n---\n\n');
}
