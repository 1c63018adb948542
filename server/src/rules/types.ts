import type { Report, Severity } from '../findings/types';
import type { Importer, RegModel } from '../model/types';
import type { RegDocument } from '../parser/ast';

/** What a rule reports; checkSyntax adds the rule id, default severity and docs URL. */
export type RuleReport = Report;

export interface RuleContext {
  readonly doc: RegDocument;
  readonly model: RegModel;
  readonly importer: Importer;
  /** Problems the parser and the model builder recorded under a rule id. */
  problemsFor(ruleId: string): readonly RuleReport[];
}

/** A syntax rule: a plain object that only reports problems (markdownlint style). */
export interface SyntaxRule {
  readonly id: string;
  /** Short kebab-case name, e.g. `abbreviated-root`. */
  readonly name: string;
  readonly description: string;
  readonly severity: Severity;
  readonly fixable: boolean;
  readonly check: (context: RuleContext, report: (problem: RuleReport) => void) => void;
}

/** A check that forwards what the parser or model builder recorded under `ruleId`. */
export function recordedProblems(ruleId: string): SyntaxRule['check'] {
  return (context, report) => {
    for (const problem of context.problemsFor(ruleId)) report(problem);
  };
}
