import { ruleDocsUrl, type Finding, type Fix } from '../findings/types';
import { DIRECTIVE_KINDS, type ParsedDirectives } from './directives';
import { UNKNOWN_DIRECTIVE, UNKNOWN_RULE_IN_DIRECTIVE } from './rules';

/**
 * Reports directives that cannot do what their author meant: an unknown rule id (RP001)
 * or an unknown directive keyword (RP002). Each comes with a fix when one close name exists.
 */
export function directiveFindings(parsed: ParsedDirectives, knownRuleIds: readonly string[]): Finding[] {
  const known = new Set(knownRuleIds.map((id) => id.toUpperCase()));
  const findings: Finding[] = [];
  for (const d of parsed.directives) {
    for (const rule of d.rules) {
      if (known.has(rule.id.toUpperCase())) continue;
      const suggestion = closest(rule.id.toUpperCase(), knownRuleIds);
      findings.push({
        ruleId: UNKNOWN_RULE_IN_DIRECTIVE.id,
        severity: UNKNOWN_RULE_IN_DIRECTIVE.severity,
        message:
          `Unknown rule "${rule.id}" in reg-policy-${d.kind}: it suppresses nothing.` +
          (suggestion ? ` Did you mean "${suggestion}"?` : ''),
        offset: rule.offset,
        length: rule.length,
        docsUrl: ruleDocsUrl(UNKNOWN_RULE_IN_DIRECTIVE.id),
        fixes: suggestion ? [replaceWith(rule.offset, rule.length, suggestion)] : undefined,
      });
    }
  }
  for (const u of parsed.unknown) {
    const suggestion = closest(u.keyword.toLowerCase(), DIRECTIVE_KINDS);
    findings.push({
      ruleId: UNKNOWN_DIRECTIVE.id,
      severity: UNKNOWN_DIRECTIVE.severity,
      message:
        `Unknown directive "reg-policy-${u.keyword}": it does nothing. Known: ` +
        DIRECTIVE_KINDS.map((k) => `reg-policy-${k}`).join(', ') +
        '.' +
        (suggestion ? ` Did you mean "reg-policy-${suggestion}"?` : ''),
      offset: u.offset,
      length: u.length,
      docsUrl: ruleDocsUrl(UNKNOWN_DIRECTIVE.id),
      fixes: suggestion ? [replaceWith(u.offset, u.length, suggestion)] : undefined,
    });
  }
  return findings;
}

function replaceWith(offset: number, length: number, newText: string): Fix {
  return { title: `Change to "${newText}"`, edits: [{ offset, length, newText }] };
}

/** The one candidate within edit distance 2 (case-insensitive), or undefined when none or several tie. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  let tie = false;
  for (const c of candidates) {
    const d = editDistance(word.toUpperCase(), c.toUpperCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && c.toUpperCase() !== best?.toUpperCase()) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
