/**
 * The fix for a key that has to be added (missing, or deleted by the file): one new key
 * section with every value the pack needs there, shared by all findings about that key, so
 * applying it once satisfies them all (applyFixes applies a duplicate fix once).
 */
import type { Fix } from '../findings/types';
import type { TextSpan } from '../model/types';
import type { FileIndex, SectionRef } from './fileIndex';
import { insertSectionEdit, valueLine } from './fixes';
import { foldName } from './registryPaths';
import { fixData, type RuleIssue } from './ruleIssues';
import type { PackKey } from './types';

/** Common leading segments, ignoring WOW6432Node so that the two views of a key are close. */
function closeness(a: readonly string[], b: readonly string[]): number {
  const strip = (s: readonly string[]): string[] => s.map(foldName).filter((x) => x !== 'WOW6432NODE');
  const x = strip(a);
  const y = strip(b);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** The file's closest relative of a key (the other view, the Server side), if any is close. */
export function closestSection(index: FileIndex, key: PackKey): SectionRef | undefined {
  let best: SectionRef | undefined;
  let score = 2;
  for (const ref of index.sections) {
    if (ref.root !== key.root) continue;
    const c = closeness(ref.segments, key.segments);
    if (c >= score) {
      score = c;
      best = ref;
    }
  }
  return best;
}

/** Where a finding about a key that is not in the file is shown. */
export function missingKeySpan(index: FileIndex, key: PackKey): TextSpan {
  return closestSection(index, key)?.section.span ?? index.headerSpan;
}

export function keySectionFixes(index: FileIndex, issues: readonly RuleIssue[]): (key: PackKey) => Fix | undefined {
  const cache = new Map<string, Fix | undefined>();
  return (key) => {
    if (cache.has(key.folded)) return cache.get(key.folded);
    const lines: { name: string; data: string }[] = [];
    let anchor: number | undefined;
    for (const { rule, key: k, issue } of issues) {
      if (k.folded !== key.folded) continue;
      const needsSection = (issue.kind === 'missing' && issue.live === undefined) || issue.kind === 'key-deleted';
      const data = fixData(rule);
      if (!needsSection || data === undefined || lines.some((l) => l.name === rule.value)) continue;
      // A deleted key comes back right after the deletion, or the deletion would win.
      if (issue.kind === 'key-deleted') anchor = issue.op.section;
      lines.push({ name: rule.value, data });
    }
    anchor ??= closestSection(index, key)?.index;
    const styleFrom = anchor !== undefined && index.sections[anchor]!.imported ? anchor : undefined;
    const rendered = lines.map((l) => valueLine(index, styleFrom, l.name, l.data));
    const edit = rendered.length > 0 ? insertSectionEdit(index, anchor, key.text, rendered) : undefined;
    const fix = edit && { title: `Add [${key.text}] with ${lines.map((l) => l.name).join(', ')}`, edits: [edit] };
    cache.set(key.folded, fix);
    return fix;
  };
}
