/**
 * Evaluates one pack against one file (docs/policy.md): a file that touches a key of the
 * pack (or a near miss of one) applies the pack and must set every value required for the
 * target OSes; contradictions (wrong type or data, deletions) are reported either way.
 */
import { ruleDocsUrl, type Finding, type Fix, type Severity, type TextEdit } from '../findings/types';
import { RegType, type DeleteKeyOp, type Operation, type SetValueOp, type TextSpan } from '../model/types';
import type { FileIndex, SectionRef } from './fileIndex';
import { insertSectionEdit, insertValueEdit, removeLineEdit, replaceEdit, valueLine } from './fixes';
import { classifyKeyNearMiss, type KeyNearMiss } from './keyNearMiss';
import { formatMessage, type MessageArgs } from './messages';
import type { OsId } from './os';
import { matchingTargets } from './osMatch';
import { describePredicate, satisfies, type ValueData } from './predicates';
import { foldName } from './registryPaths';
import { describeData, formatData, PACK_TYPE_NUMBERS, readDword, readString, scalarToNumber } from './regData';
import { isNearMiss } from './similarity';
import type { LoadedPack, NearMissRule, PackKey, PackRule, RegistryRule } from './types';
import { attributeValues, keyAndName, type ValueOp } from './valueNearMiss';

interface KeyInfo {
  readonly key: PackKey;
  /** Folded value name → the name as the pack spells it. */
  readonly valueNames: Map<string, string>;
}

type Issue =
  | { readonly kind: 'set'; readonly op: SetValueOp; readonly problem: 'type' | 'data' | 'preferred' | 'forbidden'; readonly actual: string }
  | { readonly kind: 'value-deleted'; readonly op: ValueOp }
  | { readonly kind: 'key-deleted'; readonly op: DeleteKeyOp }
  | { readonly kind: 'missing'; readonly live: number | undefined };

interface RuleIssue {
  readonly rule: RegistryRule;
  readonly key: PackKey;
  readonly issue: Issue;
}

const isRegistry = (r: PackRule): r is RegistryRule => r.kind === 'registry';

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

function fixData(rule: RegistryRule): string | undefined {
  if (rule.fix?.strategy !== 'set-value' || rule.fix.data === undefined || !rule.type) return undefined;
  return formatData(rule.type, rule.fix.data);
}

function expectedText(rule: RegistryRule): string {
  const data = rule.fix?.data ?? rule.preferred ?? rule.data?.equals;
  if (rule.type && data !== undefined) return formatData(rule.type, data);
  return describePredicate(rule.data, undefined);
}

/** Common leading segments, ignoring WOW6432Node so that the two views of a key are close. */
function closeness(a: readonly string[], b: readonly string[]): number {
  const strip = (s: readonly string[]): string[] => s.map(foldName).filter((x) => x !== 'WOW6432NODE');
  const x = strip(a);
  const y = strip(b);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * `targets` is the chosen target OS list; `explicit` says whether somebody chose it (config,
 * CLI or directive) rather than it being the pack's default "every OS it names".
 */
export function evaluatePack(pack: LoadedPack, index: FileIndex, targets: readonly OsId[], explicit: boolean): Finding[] {
  const { text } = index;
  const findings: Finding[] = [];
  const report = (rule: PackRule, severity: Severity, span: TextSpan, args: MessageArgs, fix?: Fix): void => {
    findings.push({
      ruleId: rule.id,
      severity,
      message: formatMessage(rule.message, { os: targets.join(', '), ...args }),
      offset: span.offset,
      length: span.length,
      docsUrl: ruleDocsUrl(rule.id),
      ...(fix ? { fixes: [fix] } : {}),
    });
  };

  const registryRules = pack.rules.filter(isRegistry);
  const keyRule = pack.rules.find((r): r is NearMissRule => r.kind === 'near-miss' && r.of === 'keys');
  const valueRule = pack.rules.find((r): r is NearMissRule => r.kind === 'near-miss' && r.of === 'values');
  const keyInfos = new Map<string, KeyInfo>();
  for (const rule of registryRules) {
    for (const key of rule.keys) {
      const info = keyInfos.get(key.folded) ?? { key, valueNames: new Map<string, string>() };
      info.valueNames.set(foldName(rule.value), rule.value);
      keyInfos.set(key.folded, info);
    }
  }
  const packKeys = new Set(keyInfos.keys());
  const allKeys = [...keyInfos.values()].map((i) => i.key);

  // 1. Which pack key each section means, exactly or as a near miss.
  let touched = false;
  const sectionKey = new Map<number, string>();
  const keyMisses: { ref: SectionRef; miss: KeyNearMiss }[] = [];
  const setsValueOf = (ref: SectionRef) => (key: PackKey): boolean => {
    const names = [...(keyInfos.get(key.folded)?.valueNames.values() ?? [])];
    return ref.valueNames.some((n) => names.some((v) => foldName(v) === foldName(n) || isNearMiss(n, v)));
  };
  for (const ref of index.sections) {
    if (!ref.root) continue;
    if (packKeys.has(ref.folded)) {
      touched = true;
      if (!ref.deletion) sectionKey.set(ref.index, ref.folded);
    }
    if (!keyRule) continue;
    const miss = classifyKeyNearMiss({ text, ref, setsValueOf: setsValueOf(ref), packKeys }, allKeys);
    if (!miss) continue;
    touched = true;
    keyMisses.push({ ref, miss });
    if (miss.mapsValues && miss.kind !== 'ancestor-typo') sectionKey.set(ref.index, miss.key.folded);
  }

  // 2. Value operations attributed to pack keys and value names.
  const values = attributeValues(
    index.operations,
    sectionKey,
    (i) => index.sections[i]?.folded ?? '',
    (k) => keyInfos.get(k)?.valueNames,
    valueRule !== undefined,
  );
  if (values.nearMisses.length > 0) touched = true;
  const order = new Map<Operation, number>(index.operations.map((op, i) => [op, i]));
  const keyDeletions = index.operations
    .filter((op): op is DeleteKeyOp => op.kind === 'deleteKey')
    .map((op) => ({ op, folded: foldName(op.path.text) }));
  // Deleting a pack key or one of its ancestors touches the pack too: the fix re-creates the key.
  if (keyDeletions.some((d) => allKeys.some((k) => k.folded === d.folded || k.folded.startsWith(`${d.folded}\\`)))) touched = true;
  const coveringDeletion = (key: PackKey): DeleteKeyOp | undefined => {
    let last: DeleteKeyOp | undefined;
    for (const d of keyDeletions) {
      if (key.folded === d.folded || key.folded.startsWith(`${d.folded}\\`)) last = d.op;
    }
    return last;
  };
  const liveSection = (key: PackKey): SectionRef | undefined => {
    const after = coveringDeletion(key)?.span.offset ?? -1;
    let live: SectionRef | undefined;
    for (const ref of index.sections) {
      if (sectionKey.get(ref.index) === key.folded && !ref.deletion && ref.section.span.offset > after) live = ref;
    }
    return live;
  };
  /** Names written in sections the model could not open but a fix will (e.g. `[HKLM\...]`). */
  const pendingName = (key: PackKey, name: string): boolean =>
    index.sections.some(
      (ref) =>
        !ref.imported &&
        !ref.deletion &&
        sectionKey.get(ref.index) === key.folded &&
        ref.valueNames.some((n) => foldName(n) === foldName(name) || isNearMiss(n, name)),
    );

  // 3. Each applicable rule, at each of its keys.
  const issues: RuleIssue[] = [];
  for (const rule of registryRules) {
    if (rule.appliesTo && matchingTargets(rule.appliesTo, targets).length === 0) continue;
    const required = rule.presence === 'required' || (rule.requiredOn !== undefined && matchingTargets(rule.requiredOn, targets).length > 0);
    const mayDelete = rule.deletion === 'allowed' && !required;
    let satisfiedSomewhere = false;
    const missing: RuleIssue[] = [];
    for (const key of rule.keys) {
      const valueOps = values.byKeyAndName.get(keyAndName(key.folded, rule.value)) ?? [];
      const lastValue = valueOps[valueOps.length - 1];
      const deletion = coveringDeletion(key);
      const effective: ValueOp | DeleteKeyOp | undefined =
        deletion && (!lastValue || order.get(deletion)! > order.get(lastValue)!) ? deletion : lastValue;
      if (!effective) {
        if (touched && required && !pendingName(key, rule.value)) missing.push({ rule, key, issue: { kind: 'missing', live: liveSection(key)?.index } });
        continue;
      }
      if (effective.kind === 'deleteKey') {
        if (!mayDelete) issues.push({ rule, key, issue: { kind: 'key-deleted', op: effective } });
        continue;
      }
      if (effective.kind === 'deleteValue') {
        if (!mayDelete) issues.push({ rule, key, issue: { kind: 'value-deleted', op: effective } });
        continue;
      }
      const actual = `found ${describeData(effective.type, effective.data)}`;
      if (rule.presence === 'forbidden') {
        issues.push({ rule, key, issue: { kind: 'set', op: effective, problem: 'forbidden', actual } });
        continue;
      }
      if (!hasExpectedType(rule, effective)) {
        issues.push({ rule, key, issue: { kind: 'set', op: effective, problem: 'type', actual } });
        continue;
      }
      const data = valueData(effective);
      if (data === undefined || !satisfies(data, rule.data)) {
        issues.push({ rule, key, issue: { kind: 'set', op: effective, problem: 'data', actual } });
        continue;
      }
      satisfiedSomewhere = true;
      const preferred = rule.preferred === undefined ? undefined : typeof data === 'number' ? scalarToNumber(rule.preferred) : rule.preferred;
      if (preferred !== undefined && !sameData(data, preferred)) {
        const note = `${actual}; it works, but ${expectedText(rule)} is the documented value`;
        issues.push({ rule, key, issue: { kind: 'set', op: effective, problem: 'preferred', actual: note } });
      }
    }
    // match "any": one key with a valid value is enough, and a missing value is reported once.
    if (rule.match === 'all') issues.push(...missing);
    else if (!satisfiedSomewhere && missing.length === rule.keys.length && missing[0]) issues.push(missing[0]);
  }

  // 4. One fix per key that has to be (re)created: every value it needs, in rule order.
  const sectionFixes = new Map<string, Fix | undefined>();
  const sectionFix = (key: PackKey): Fix | undefined => {
    if (sectionFixes.has(key.folded)) return sectionFixes.get(key.folded);
    const lines: string[] = [];
    const names: string[] = [];
    let anchor: number | undefined;
    for (const { rule, key: k, issue } of issues) {
      if (k.folded !== key.folded) continue;
      const needsSection = (issue.kind === 'missing' && issue.live === undefined) || issue.kind === 'key-deleted';
      const data = fixData(rule);
      if (!needsSection || data === undefined || names.includes(rule.value)) continue;
      if (issue.kind === 'key-deleted') anchor = issue.op.section;
      names.push(rule.value);
      lines.push(rule.value);
    }
    if (anchor === undefined) {
      let best = 1;
      for (const ref of index.sections) {
        if (!ref.root || ref.root !== key.root) continue;
        const c = closeness(ref.segments, key.segments);
        if (c >= best && c >= 2) {
          best = c;
          anchor = ref.index;
        }
      }
    }
    const styleFrom = anchor !== undefined && index.sections[anchor]!.imported ? anchor : undefined;
    const rendered = lines.map((name) => {
      const rule = registryRules.find((r) => r.value === name && r.keys.some((k) => k.folded === key.folded))!;
      return valueLine(index, styleFrom, name, fixData(rule)!);
    });
    const edit = rendered.length > 0 ? insertSectionEdit(index, anchor, key.text, rendered) : undefined;
    const fix = edit && { title: `Add [${key.text}] with ${names.join(', ')}`, edits: [edit] };
    sectionFixes.set(key.folded, fix);
    return fix;
  };

  // 5. Findings.
  for (const { ref, miss } of keyMisses) {
    const edits: TextEdit[] = [...miss.edits];
    const fix: Fix | undefined =
      miss.kind === 'side' ? (liveSection(miss.key) ? undefined : sectionFix(miss.key)) : { title: `Change the key to ${miss.intended}`, edits };
    if (miss.kind === 'side' && liveSection(miss.key)) continue;
    report(keyRule!, keyRule!.severity, ref.pathSpan!, { key: miss.intended, actual: miss.description }, fix);
  }
  for (const nm of values.nearMisses) {
    const quoted = `"${nm.intended}"`;
    report(valueRule!, valueRule!.severity, nm.op.nameSpan, { key: keyInfos.get(nm.key)!.key.text, value: nm.intended, actual: `"${nm.op.name}" is not "${nm.intended}"` }, {
      title: `Rename the value to ${quoted}`,
      edits: [replaceEdit(nm.op.nameSpan, quoted)],
    });
  }
  for (const { rule, key, issue } of issues) {
    const args = { key: key.text, value: rule.value, expected: expectedText(rule) };
    const data = fixData(rule);
    const setFix = (span: TextSpan, title: string): Fix | undefined => (data === undefined ? undefined : { title, edits: [replaceEdit(span, data)] });
    switch (issue.kind) {
      case 'set': {
        const { op, problem, actual } = issue;
        if (problem === 'forbidden') {
          const fix = rule.fix?.strategy === 'remove-value' ? { title: rule.fix.title ?? `Remove "${rule.value}"`, edits: [removeLineEdit(text, op.span)] } : undefined;
          report(rule, rule.severity, op.span, { ...args, actual }, fix);
        } else if (problem === 'preferred') {
          const preferred = rule.type && rule.preferred !== undefined ? formatData(rule.type, rule.preferred) : undefined;
          const fix = preferred ? { title: `Change to ${preferred}`, edits: [replaceEdit(op.dataSpan, preferred)] } : undefined;
          report(rule, rule.preferredSeverity, op.dataSpan, { ...args, actual }, fix);
        } else {
          report(rule, rule.severity, op.dataSpan, { ...args, actual }, setFix(op.dataSpan, rule.fix?.title ?? `Change to ${data}`));
        }
        break;
      }
      case 'value-deleted':
        report(rule, rule.severity, issue.op.span, { ...args, actual: 'the file deletes it' }, setFix(issue.op.dataSpan, rule.fix?.title ?? `Set it to ${data}`));
        break;
      case 'key-deleted': {
        const line = text.slice(issue.op.span.offset, issue.op.span.offset + issue.op.span.length);
        report(rule, rule.severity, issue.op.span, { ...args, actual: `deleted by ${line.trim()} on line ${issue.op.line}` }, sectionFix(key));
        break;
      }
      case 'missing': {
        if (issue.live !== undefined) {
          const live = index.sections[issue.live]!;
          const fix = data === undefined ? undefined : { title: rule.fix?.title ?? `Add "${rule.value}"=${data}`, edits: [insertValueEdit(index, issue.live, rule.value, data)] };
          report(rule, rule.severity, live.section.span, { ...args, actual: 'not set' }, fix);
        } else {
          const fix = sectionFix(key);
          const anchorSpan = fix ? findAnchorSpan(index, key) : undefined;
          report(rule, rule.severity, anchorSpan ?? index.headerSpan, { ...args, actual: 'the key is not in this file' }, fix);
        }
        break;
      }
    }
  }

  // 6. Advisories, once per file that applies the pack, when the target OS is known: with the
  // default (every OS) they would be noise on every file.
  if (touched && explicit) {
    for (const rule of pack.rules) {
      if (rule.kind !== 'advisory') continue;
      const os = matchingTargets(rule.appliesTo, targets);
      if (rule.appliesTo && os.length === 0) continue;
      report(rule, rule.severity, index.headerSpan, { os: os.join(', ') });
    }
  }
  return findings;
}

/** The section a missing key is reported on: its closest relative in the file (e.g. the other view). */
function findAnchorSpan(index: FileIndex, key: PackKey): TextSpan | undefined {
  let best: SectionRef | undefined;
  let score = 1;
  for (const ref of index.sections) {
    if (!ref.root || ref.root !== key.root) continue;
    const c = closeness(ref.segments, key.segments);
    if (c >= score && c >= 2) {
      score = c;
      best = ref;
    }
  }
  return best?.section.span;
}
