import { CodeAction, CodeActionContext, CodeActionKind, Command, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes } from '../findings/applyEdits';
import type { Finding, Fix, TextEdit } from '../findings/types';
import { ruleDocsUrl } from '../findings/types';
import { CommandIds } from '../protocol';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { disableForFileEdit, disableForLineEdit } from './suppressionEdits';
import { fixesToLspEdits, toLspEdit } from './textEdits';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.regPolicy`;

function wanted(context: CodeActionContext, kind: string): boolean {
  if (!context.only || context.only.length === 0) return true;
  return context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
}

function sameSpot(document: TextDocument, finding: Finding, diagnostic: Diagnostic): boolean {
  return (
    finding.ruleId === diagnostic.code &&
    document.offsetAt(diagnostic.range.start) === finding.offset &&
    document.offsetAt(diagnostic.range.end) === finding.offset + finding.length
  );
}

function fixableFixes(findings: readonly Finding[]): Fix[] {
  return findings.flatMap((f) => (f.fixes && f.fixes.length > 0 ? [f.fixes[0]] : []));
}

function editAction(document: TextDocument, title: string, kind: string, fixes: readonly Fix[]): CodeAction {
  return { title, kind, edit: { changes: { [document.uri]: fixesToLspEdits(document, fixes) } } };
}

function editsAction(document: TextDocument, title: string, kind: string, edits: readonly TextEdit[]): CodeAction {
  return { title, kind, edit: { changes: { [document.uri]: edits.map((e) => toLspEdit(document, e)) } } };
}

/** One edit that turns `before` into `after`: the changed middle between their common prefix and suffix. */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { offset: start, length: before.length - start - end, newText: after.slice(start, after.length - end) };
}

/**
 * Code actions for a document whose current findings are `findings` (same version as `document`):
 * the fixes of each diagnostic in the context, "fix all of RULE", disable comments, docs, and
 * `source.fixAll.regPolicy` for editor.codeActionsOnSave. `fixAllText` computes the text after every fix
 * (several rounds: one fix can make another finding, such as a duplicate value, appear).
 */
export function codeActions(
  document: TextDocument,
  findings: readonly Finding[],
  context: CodeActionContext,
  fixAllText: () => string,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const text = document.getText();
  const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string');
  const seenRules = new Set<string>();

  for (const diagnostic of ours) {
    const ruleId = diagnostic.code as string;
    const finding = findings.find((f) => sameSpot(document, f, diagnostic));
    if (wanted(context, CodeActionKind.QuickFix)) {
      (finding?.fixes ?? []).forEach((fix, i) => {
        const action = editAction(document, fix.title, CodeActionKind.QuickFix, [fix]);
        action.diagnostics = [diagnostic];
        action.isPreferred = i === 0;
        actions.push(action);
      });
      const sameRule = findings.filter((f) => f.ruleId === ruleId);
      const ruleFixes = fixableFixes(sameRule);
      if (ruleFixes.length > 1 && !seenRules.has(ruleId)) {
        const { edits } = applyFixes(text, ruleFixes);
        actions.push(editsAction(document, `Fix all ${ruleId} problems in this file`, CodeActionKind.QuickFix, edits));
      }
      if (!seenRules.has(ruleId)) {
        const line = disableForLineEdit(document, diagnostic.range.start.line, ruleId);
        actions.push({ title: `Disable ${ruleId} for this line`, kind: CodeActionKind.QuickFix, edit: { changes: { [document.uri]: [line] } } });
        const file = disableForFileEdit(document, ruleId);
        actions.push({ title: `Disable ${ruleId} for the entire file`, kind: CodeActionKind.QuickFix, edit: { changes: { [document.uri]: [file] } } });
        const url = finding?.docsUrl ?? ruleDocsUrl(ruleId);
        actions.push({
          title: `Show documentation for ${ruleId}`,
          kind: CodeActionKind.QuickFix,
          command: Command.create(`Show documentation for ${ruleId}`, CommandIds.openRuleDocs, url),
        });
      }
    }
    seenRules.add(ruleId);
  }

  if (wanted(context, FIX_ALL_KIND) && fixableFixes(findings).length > 0) {
    const edit = minimalEdit(text, fixAllText());
    if (edit) actions.push(editsAction(document, 'Fix all auto-fixable Reg Policy problems', FIX_ALL_KIND, [edit]));
  }
  return actions;
}
