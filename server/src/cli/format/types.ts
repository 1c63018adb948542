import type { Finding } from '../../findings/types';
import type { RuleInfo } from '../../lint/ruleCatalog';

export type { RuleInfo };

/** A finding with its 1-based positions (UTF-16 columns), computed once at the CLI boundary. */
export interface LocatedFinding extends Finding {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface FileReport {
  readonly filePath: string;
  /** Relative to the working folder with `/` separators (absolute when outside it). */
  readonly displayPath: string;
  readonly findings: readonly LocatedFinding[];
}

export interface LintReport {
  readonly cwd: string;
  /** ANSI colours in the stylish format (a terminal); other formats ignore it. */
  readonly color?: boolean;
  readonly files: readonly FileReport[];
  readonly rules: readonly RuleInfo[];
}

export type Formatter = (report: LintReport) => string;

export interface Counts {
  error: number;
  warning: number;
  information: number;
  hint: number;
  fixable: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, information: 0, hint: 0, fixable: 0 };
  for (const f of findings) {
    counts[f.severity]++;
    if (f.fixes && f.fixes.length > 0) counts.fixable++;
  }
  return counts;
}
