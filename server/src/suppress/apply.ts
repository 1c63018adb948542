import type { Finding } from '../findings/types';
import type { Directive } from './directives';

export interface SuppressionResult {
  readonly kept: Finding[];
  readonly suppressed: Finding[];
}

/** Case-insensitive rule set; `all` stands for "every rule". */
class RuleSet {
  all = false;
  private readonly ids = new Set<string>();
  private readonly except = new Set<string>();

  disable(ids: readonly string[]): void {
    if (ids.length === 0) {
      this.all = true;
      this.ids.clear();
      this.except.clear();
    }
    for (const id of ids) {
      if (this.all) this.except.delete(id);
      else this.ids.add(id);
    }
  }

  enable(ids: readonly string[]): void {
    if (ids.length === 0) {
      this.all = false;
      this.ids.clear();
      this.except.clear();
    }
    for (const id of ids) {
      if (this.all) this.except.add(id);
      else this.ids.delete(id);
    }
  }

  has(id: string): boolean {
    return this.all ? !this.except.has(id) : this.ids.has(id);
  }
}

const upper = (d: Directive): string[] => d.rules.map((r) => r.id.toUpperCase());

/**
 * Drops the findings that directives switch off. A finding belongs to the line where it
 * starts; `disable` / `enable` take effect on the lines after the comment.
 */
export function applyDirectives(
  findings: readonly Finding[],
  directives: readonly Directive[],
  lineOf: (offset: number) => number,
): SuppressionResult {
  if (directives.length === 0) return { kept: [...findings], suppressed: [] };

  const fileWide = new RuleSet();
  for (const d of directives) if (d.kind === 'disable-file') fileWide.disable(upper(d));

  const nextLine = new Map<number, RuleSet>();
  for (const d of directives) {
    if (d.kind !== 'disable-next-line') continue;
    const set = nextLine.get(d.line + 1) ?? new RuleSet();
    set.disable(upper(d));
    nextLine.set(d.line + 1, set);
  }

  const ranges = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  const ordered = findings.map((f) => ({ f, line: lineOf(f.offset) })).sort((a, b) => a.line - b.line);
  const kept = new Set<Finding>();
  const suppressed = new Set<Finding>();
  const state = new RuleSet();
  let next = 0;
  for (const { f, line } of ordered) {
    while (next < ranges.length && ranges[next].line < line) {
      const d = ranges[next++];
      if (d.kind === 'disable') state.disable(upper(d));
      else state.enable(upper(d));
    }
    const id = f.ruleId.toUpperCase();
    const off = fileWide.has(id) || state.has(id) || (nextLine.get(line)?.has(id) ?? false);
    (off ? suppressed : kept).add(f);
  }
  // Keep the caller's order.
  return { kept: findings.filter((f) => kept.has(f)), suppressed: findings.filter((f) => suppressed.has(f)) };
}
