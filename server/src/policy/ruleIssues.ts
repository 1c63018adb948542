/**
 * What is wrong with a file for each registry rule of a pack, at each of the rule's keys:
 * wrong type or data, a non-preferred value, a forbidden value, a deletion, a missing value.
 */
import { RegType, type DeleteKeyOp, type SetValueOp } from '../model/types';
import type { OsId } from './os';
import { matchingTargets } from './osMatch';
import type { PackFileView } from './packFileView';
import { describePredicate, satisfies, type ValueData } from './predicates';
import { describeData, formatData, PACK_TYPE_NUMBERS, readDword, readString, scalarToNumber } from './regData';
import type { PackKey, RegistryRule } from './types';
import type { ValueOp } from './valueNearMiss';

export type Issue =
  | { readonly kind: 'set'; readonly op: SetValueOp; readonly problem: 'type' | 'data' | 'preferred' | 'forbidden'; readonly actual: string }
  | { readonly kind: 'value-deleted'; readonly op: ValueOp }
  | { readonly kind: 'key-deleted'; readonly op: DeleteKeyOp }
  /** `live`: index of the section the value goes into, or undefined when the key has to be added. */
  | { readonly kind: 'missing'; readonly live: number | undefined };

export interface RuleIssue {
  readonly rule: RegistryRule;
  readonly key: PackKey;
  readonly issue: Issue;
}

function valueData(op: SetValueOp): ValueData | undefined {
  if (op.type === RegType.DWORD) return readDword(op.data);
  if (op.type === RegType.QWORD && op.data.length === 8) {
    let n = 0;
    for (let i = 7; i >= 0; i--) n = n * 256 + op.data[i]!;
    return n;
  }
  if (op.type === RegType.SZ || op.type === RegType.EXPAND_SZ) return readString(op.data);
  return undefined;
}

function hasExpectedType(rule: RegistryRule, op: SetValueOp): boolean {
  if (!rule.type) return true;
  if (op.type !== PACK_TYPE_NUMBERS[rule.type]) return false;
  if (rule.type === 'REG_DWORD') return op.data.length === 4;
  if (rule.type === 'REG_QWORD') return op.data.length === 8;
  return true;
}

function sameData(a: ValueData, b: ValueData | undefined): boolean {
  return typeof a === 'string' && typeof b === 'string' ? a.toUpperCase() === b.toUpperCase() : a === b;
}

/** The right-hand side the rule's set-value fix writes (`dword:00000001`), if it has one. */
export function fixData(rule: RegistryRule): string | undefined {
  if (rule.fix?.strategy !== 'set-value' || rule.fix.data === undefined || !rule.type) return undefined;
  return formatData(rule.type, rule.fix.data);
}

/** What the rule wants, for messages. */
export function expectedText(rule: RegistryRule): string {
  const data = rule.fix?.data ?? rule.preferred ?? rule.data?.equals;
  if (rule.type && data !== undefined) return formatData(rule.type, data);
  return describePredicate(rule.data, undefined);
}

function checkSetValue(rule: RegistryRule, op: SetValueOp): { issue?: Issue; satisfied: boolean } {
  const actual = `found ${describeData(op.type, op.data)}`;
  if (rule.presence === 'forbidden') return { issue: { kind: 'set', op, problem: 'forbidden', actual }, satisfied: false };
  if (!hasExpectedType(rule, op)) return { issue: { kind: 'set', op, problem: 'type', actual }, satisfied: false };
  const data = valueData(op);
  if (data === undefined || !satisfies(data, rule.data)) return { issue: { kind: 'set', op, problem: 'data', actual }, satisfied: false };
  const preferred = rule.preferred === undefined ? undefined : typeof data === 'number' ? scalarToNumber(rule.preferred) : rule.preferred;
  if (preferred !== undefined && !sameData(data, preferred)) {
    const note = `${actual}; it works, but ${expectedText(rule)} is the documented value`;
    return { issue: { kind: 'set', op, problem: 'preferred', actual: note }, satisfied: true };
  }
  return { satisfied: true };
}

export function findIssues(view: PackFileView, targets: readonly OsId[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const rule of view.registryRules) {
    if (rule.appliesTo && matchingTargets(rule.appliesTo, targets).length === 0) continue;
    const required = rule.presence === 'required' || (rule.requiredOn !== undefined && matchingTargets(rule.requiredOn, targets).length > 0);
    const mayDelete = rule.deletion === 'allowed' && !required;
    let satisfiedSomewhere = false;
    const missing: RuleIssue[] = [];
    for (const key of rule.keys) {
      const effective = view.effectiveOp(key, rule.value);
      if (!effective) {
        if (view.touched && required) {
          missing.push({ rule, key, issue: { kind: 'missing', live: view.liveSection(key)?.index } });
        }
      } else if (effective.kind === 'deleteKey') {
        if (!mayDelete) issues.push({ rule, key, issue: { kind: 'key-deleted', op: effective } });
      } else if (effective.kind === 'deleteValue') {
        if (!mayDelete) issues.push({ rule, key, issue: { kind: 'value-deleted', op: effective } });
      } else {
        const { issue, satisfied } = checkSetValue(rule, effective);
        if (issue) issues.push({ rule, key, issue });
        satisfiedSomewhere ||= satisfied;
      }
    }
    // match "any": one key with a valid value is enough, and a missing value is reported once.
    if (rule.match === 'all') issues.push(...missing);
    else if (!satisfiedSomewhere && missing.length === rule.keys.length && missing[0]) issues.push(missing[0]);
  }
  return issues;
}
