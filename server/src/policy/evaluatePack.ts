/**
 * Evaluates one pack against one file (docs/policy.md): a file that touches a key of the
 * pack (or a near miss of one) applies the pack and must set every value required for the
 * target OSes; contradictions (wrong type or data, deletions) are reported either way.
 */
import { ruleDocsUrl, type Finding, type Fix, type Severity } from '../findings/types';
import type { TextSpan } from '../model/types';
import type { FileIndex } from './fileIndex';
import { insertValueEdit, removeLineEdit, replaceEdit } from './fixes';
import { keySectionFixes, missingKeySpan } from './keySectionFix';
import { formatMessage, type MessageArgs } from './messages';
import type { OsId } from './os';
import { matchingTargets } from './osMatch';
import { buildPackFileView } from './packFileView';
import { formatData } from './regData';
import { expectedText, findIssues, fixData } from './ruleIssues';
import type { LoadedPack, PackRule } from './types';

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

  const view = buildPackFileView(pack, index);
  const issues = findIssues(view, targets);
  const sectionFix = keySectionFixes(index, issues);

  for (const { ref, miss } of view.keyMisses) {
    if (miss.kind === 'side') {
      // `Server` only: the fix adds the `Client` key; nothing to say when the file has it.
      if (!view.liveSection(miss.key)) report(view.keyRule!, view.keyRule!.severity, ref.pathSpan!, { key: miss.intended, actual: miss.description }, sectionFix(miss.key));
    } else {
      // An abbreviated root alone is already an error of the syntax rule REG004 (same fix);
      // the pack only adds which key it recognised.
      const severity = miss.kind === 'abbreviated-root' ? 'information' : view.keyRule!.severity;
      report(view.keyRule!, severity, ref.pathSpan!, { key: miss.intended, actual: miss.description }, {
        title: `Change the key to ${miss.intended}`,
        edits: miss.edits,
      });
    }
  }
  for (const nm of view.values.nearMisses) {
    const quoted = `"${nm.intended}"`;
    const key = view.keyInfos.get(nm.key)!.key.text;
    if (nm.duplicate) {
      const args = { key, value: nm.intended, actual: `"${nm.op.name}" is not "${nm.intended}" (which the file also sets), so nothing reads it` };
      report(view.valueRule!, view.valueRule!.severity, nm.op.nameSpan, args, { title: `Remove the misspelt "${nm.op.name}"`, edits: [removeLineEdit(text, nm.op.span)] });
    } else {
      const args = { key, value: nm.intended, actual: `"${nm.op.name}" is not "${nm.intended}"` };
      report(view.valueRule!, view.valueRule!.severity, nm.op.nameSpan, args, { title: `Rename the value to ${quoted}`, edits: [replaceEdit(nm.op.nameSpan, quoted)] });
    }
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
        const line = text.slice(issue.op.span.offset, issue.op.span.offset + issue.op.span.length).trim();
        report(rule, rule.severity, issue.op.span, { ...args, actual: `deleted by ${line} on line ${issue.op.line}` }, sectionFix(key));
        break;
      }
      case 'missing':
        if (issue.live !== undefined) {
          const fix = data === undefined ? undefined : { title: rule.fix?.title ?? `Add "${rule.value}"=${data}`, edits: [insertValueEdit(index, issue.live, rule.value, data)] };
          report(rule, rule.severity, index.sections[issue.live]!.section.span, { ...args, actual: 'not set' }, fix);
        } else {
          report(rule, rule.severity, missingKeySpan(index, key), { ...args, actual: 'the key is not in this file' }, sectionFix(key));
        }
        break;
    }
  }

  // Advisories, once per file that applies the pack, when the target OS is known: with the
  // default (every OS) they would be noise on every file.
  if (view.touched && explicit) {
    for (const rule of pack.rules) {
      if (rule.kind !== 'advisory') continue;
      const os = matchingTargets(rule.appliesTo, targets);
      if (rule.appliesTo && os.length === 0) continue;
      report(rule, rule.severity, index.headerSpan, { os: os.join(', ') });
    }
  }
  return findings;
}
