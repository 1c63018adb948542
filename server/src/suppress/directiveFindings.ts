import { ruleDocsUrl, type Finding, type Fix } from '../findings/types';
import type { DirectiveUsage } from './apply';
import { DIRECTIVE_KINDS, type Directive, type ParsedDirectives } from './directives';
import { UNKNOWN_DIRECTIVE, UNKNOWN_RULE_IN_DIRECTIVE, UNUSED_DIRECTIVE } from './rules';

/**
 * Reports directives that cannot do what their author meant: an unknown rule id (RP001), an
 * unknown directive keyword (RP002), and, when `usage` is given, a disable directive or rule
 * that suppressed nothing (RP003). Each comes with a fix when the intent is clear.
 */
export function directiveFindings(parsed: ParsedDirectives, knownRuleIds: readonly string[], usage?: DirectiveUsage): Finding[] {
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
  if (usage) for (const d of parsed.directives) findings.push(...unusedFindings(d, known, usage));
  return findings;
}

function unusedFindings(d: Directive, known: ReadonlySet<string>, usage: DirectiveUsage): Finding[] {
  if (d.kind === 'enable') return [];
  const used = usage.get(d);
  const base = { ruleId: UNUSED_DIRECTIVE.id, severity: UNUSED_DIRECTIVE.severity, docsUrl: ruleDocsUrl(UNUSED_DIRECTIVE.id) };
  const removeLine: Fix = { title: 'Remove the unused directive', edits: [{ offset: d.lineSpan.offset, length: d.lineSpan.length, newText: '' }] };
  const where = d.kind === 'disable-next-line' ? 'on the next line' : d.kind === 'disable-file' ? 'in this file' : 'in its range';
  if (d.rules.length === 0) {
    if (used) return [];
    return [{ ...base, message: `reg-policy-${d.kind} suppresses nothing: no finding ${where}.`, offset: d.offset, length: d.length, fixes: [removeLine] }];
  }
  // Unknown ids are RP001's business; only known ids can be unused.
  const unused = d.rules.filter((r) => known.has(r.id.toUpperCase()) && !used?.has(r.id.toUpperCase()));
  if (unused.length === 0) return [];
  if (unused.length === d.rules.length) {
    const ids = unused.map((r) => r.id).join(', ');
    return [{ ...base, message: `reg-policy-${d.kind} ${ids} suppresses nothing: no such finding ${where}.`, offset: d.offset, length: d.length, fixes: [removeLine] }];
  }
  return unused.map((rule) => {
    const i = d.rules.indexOf(rule);
    // Remove the id with the separator before it (or after it, for the first one).
    const [from, to] = i > 0 ? [d.rules[i - 1].offset + d.rules[i - 1].length, rule.offset + rule.length] : [rule.offset, d.rules[1].offset];
    return {
      ...base,
      message: `${rule.id} in reg-policy-${d.kind} suppresses nothing: no ${rule.id} finding ${where}.`,
      offset: rule.offset,
      length: rule.length,
      fixes: [{ title: `Remove ${rule.id} from the directive`, edits: [{ offset: from, length: to - from, newText: '' }] }],
    };
  });
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
