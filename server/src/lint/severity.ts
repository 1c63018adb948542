import type { Finding } from '../findings/types';
import type { SeveritySetting } from '../config/schema';

/** Applies per-rule overrides: `off` drops the finding, any other setting replaces its severity. */
export function applySeverityOverrides(findings: readonly Finding[], rules: ReadonlyMap<string, SeveritySetting>): Finding[] {
  if (rules.size === 0) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    const setting = rules.get(f.ruleId.toUpperCase());
    if (setting === 'off') continue;
    out.push(setting && setting !== f.severity ? { ...f, severity: setting } : f);
  }
  return out;
}
