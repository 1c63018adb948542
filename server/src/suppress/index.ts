export { parseDirectives, DIRECTIVE_KINDS } from './directives';
export type { Directive, DirectiveKind, DirectiveRule, ParsedDirectives, UnknownDirective } from './directives';
export { applyDirectives } from './apply';
export type { DirectiveUsage, SuppressionResult } from './apply';
export { directiveFindings, closest } from './directiveFindings';
export { directiveRules, UNKNOWN_DIRECTIVE, UNKNOWN_RULE_IN_DIRECTIVE, UNUSED_DIRECTIVE } from './rules';
export type { DirectiveRuleInfo } from './rules';
