import { CodeAction, CodeActionContext, CodeActionKind, Command, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes } from '../findings/applyEdits';
import type { Finding, Fix } from '../findings/types';
import { ruleDocsUrl } from '../findings/types';
import { CommandIds } from '../protocol';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { disableForFileEdit, disableForLineEdit } from './suppressionEdits';
import { fixesToLspEdits } from './textEdits';

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

/**
 * Code actions for a document whose current findings are `findings` (same version as `document`):
 * the fixes of each diagnostic in the context, "fix all of RULE", disable comments, docs, and
 * `source.fixAll.regPolicy` for editor.codeActionsOnSave.
 */
export function codeActions(document: TextDocument, findings: readonly Finding[], context: CodeActionContext): CodeAction[] {
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
        const applied = applyFixes(text, ruleFixes).applied;
        actions.push(editAction(document, `Fix all ${ruleId} problems in this file`, CodeActionKind.QuickFix, applied));
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

  if (wanted(context, FIX_ALL_KIND)) {
    const all = fixableFixes(findings);
    if (all.length > 0) {
      const applied = applyFixes(text, all).applied;
      actions.push(editAction(document, 'Fix all auto-fixable Reg Policy problems', FIX_ALL_KIND, applied));
    }
  }
  return actions;
}
