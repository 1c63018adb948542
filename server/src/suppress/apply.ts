import type { Finding } from '../findings/types';
import type { Directive } from './directives';

/** Upper-cased rule ids a directive suppressed something for; `*` for a directive without a rule list. */
export type DirectiveUsage = ReadonlyMap<Directive, ReadonlySet<string>>;

export interface SuppressionResult {
  readonly kept: Finding[];
  readonly suppressed: Finding[];
  readonly used: DirectiveUsage;
}

const ALL = '*';

/** Which directive switched each (upper-cased) rule off; a bare `disable` switches off every rule. */
class RuleSwitches {
  private allBy: Directive | undefined;
  private readonly by = new Map<string, Directive>();
  private readonly except = new Set<string>();

  disable(d: Directive, ids: readonly string[]): void {
    if (ids.length === 0) {
      this.allBy = d;
      this.by.clear();
      this.except.clear();
    }
    for (const id of ids) {
      // Already off through a bare `disable`: this one adds nothing (and gets no credit).
      if (this.allBy && !this.except.has(id) && !this.by.has(id)) continue;
      this.except.delete(id);
      this.by.set(id, d);
    }
  }

  enable(ids: readonly string[]): void {
    if (ids.length === 0) {
      this.allBy = undefined;
      this.by.clear();
      this.except.clear();
    }
    for (const id of ids) {
      this.by.delete(id);
      if (this.allBy) this.except.add(id);
    }
  }

  /** The directive that has `id` switched off, if any. */
  who(id: string): Directive | undefined {
    return this.by.get(id) ?? (this.allBy && !this.except.has(id) ? this.allBy : undefined);
  }
}

const upper = (d: Directive): string[] => d.rules.map((r) => r.id.toUpperCase());
const covers = (d: Directive, id: string): boolean => d.rules.length === 0 || d.rules.some((r) => r.id.toUpperCase() === id);

/**
 * Drops the findings that directives switch off and records which directive (and which of its
 * rules) did, so unused directives can be reported. A finding belongs to the line where it
 * starts; `disable` / `enable` take effect on the lines after the comment.
 */
export function applyDirectives(
  findings: readonly Finding[],
  directives: readonly Directive[],
  lineOf: (offset: number) => number,
): SuppressionResult {
  const used = new Map<Directive, Set<string>>();
  if (directives.length === 0) return { kept: [...findings], suppressed: [], used };
  const credit = (d: Directive, id: string): void => {
    const set = used.get(d) ?? new Set<string>();
    set.add(d.rules.length === 0 ? ALL : id);
    used.set(d, set);
  };

  const fileWide = directives.filter((d) => d.kind === 'disable-file');
  const nextLine = new Map<number, Directive[]>();
  for (const d of directives) {
    if (d.kind === 'disable-next-line') nextLine.set(d.line + 1, [...(nextLine.get(d.line + 1) ?? []), d]);
  }
  const ranges = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');

  const ordered = findings.map((f) => ({ f, line: lineOf(f.offset) })).sort((a, b) => a.line - b.line);
  const suppressed = new Set<Finding>();
  const state = new RuleSwitches();
  let next = 0;
  for (const { f, line } of ordered) {
    while (next < ranges.length && ranges[next].line < line) {
      const d = ranges[next++];
      if (d.kind === 'disable') state.disable(d, upper(d));
      else state.enable(upper(d));
    }
    const id = f.ruleId.toUpperCase();
    // Every directive that covers the finding gets the credit: none of them is unused.
    const responsible = [
      ...fileWide.filter((d) => covers(d, id)),
      ...(nextLine.get(line) ?? []).filter((d) => covers(d, id)),
      ...[state.who(id)].filter((d): d is Directive => d !== undefined),
    ];
    for (const d of responsible) credit(d, id);
    if (responsible.length > 0) suppressed.add(f);
  }
  // Keep the caller's order.
  return { kept: findings.filter((f) => !suppressed.has(f)), suppressed: findings.filter((f) => suppressed.has(f)), used };
}
