import type { Severity } from '../findings/types';

/** Rules about the reg-policy directive comments themselves (namespace `RP`, apart from REGxxx and pack ids). */
export interface DirectiveRuleInfo {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly severity: Severity;
  readonly fixable: boolean;
}

export const UNKNOWN_RULE_IN_DIRECTIVE: DirectiveRuleInfo = {
  id: 'RP001',
  name: 'directive-unknown-rule',
  description: 'A reg-policy directive comment names a rule that does not exist, so it suppresses nothing.',
  severity: 'warning',
  fixable: true,
};

export const UNKNOWN_DIRECTIVE: DirectiveRuleInfo = {
  id: 'RP002',
  name: 'directive-unknown',
  description: 'A comment starts with "reg-policy-" but is not one of the known directives, so it does nothing.',
  severity: 'warning',
  fixable: true,
};

export const UNUSED_DIRECTIVE: DirectiveRuleInfo = {
  id: 'RP003',
  name: 'directive-unused',
  description: 'A reg-policy-disable directive (or one of its rules) suppresses no finding: it is stale or misplaced.',
  severity: 'warning',
  fixable: true,
};

export const directiveRules: readonly DirectiveRuleInfo[] = [UNKNOWN_RULE_IN_DIRECTIVE, UNKNOWN_DIRECTIVE, UNUSED_DIRECTIVE];
