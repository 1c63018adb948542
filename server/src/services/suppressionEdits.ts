import { TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lineBreakOf } from './textEdits';

const NEXT_LINE = '; reg-policy-disable-next-line';
const FILE = '; reg-policy-disable-file';

function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/[\r\n]+$/, '');
}

/** Adds RULE to a directive line that is already there, or null when `text` is not such a directive. */
function extendDirective(text: string, directive: string, ruleId: string): string | null {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith(directive)) return null;
  const rules = trimmed.slice(directive.length).split(',').map((r) => r.trim()).filter((r) => r.length > 0);
  if (rules.includes(ruleId)) return text;
  return `${text.slice(0, text.length - trimmed.length)}${directive} ${[...rules, ruleId].join(', ')}`;
}

/** `; reg-policy-disable-next-line RULE` above `line`, or RULE added to such a comment that is already there. */
export function disableForLineEdit(document: TextDocument, line: number, ruleId: string): TextEdit {
  if (line > 0) {
    const previous = lineText(document, line - 1);
    const extended = extendDirective(previous, NEXT_LINE, ruleId);
    if (extended !== null) {
      return TextEdit.replace({ start: { line: line - 1, character: 0 }, end: { line: line - 1, character: previous.length } }, extended);
    }
  }
  const indent = /^[ \t]*/.exec(lineText(document, line))?.[0] ?? '';
  return TextEdit.insert({ line, character: 0 }, `${indent}${NEXT_LINE} ${ruleId}${lineBreakOf(document.getText())}`);
}

/**
 * `; reg-policy-disable-file RULE` right after the header (line 1 must stay the header, or regedit
 * refuses the file), or RULE added to such a comment that is already there.
 */
export function disableForFileEdit(document: TextDocument, ruleId: string): TextEdit {
  for (let line = 1; line < Math.min(document.lineCount, 50); line++) {
    const text = lineText(document, line);
    const extended = extendDirective(text, FILE, ruleId);
    if (extended !== null) {
      return TextEdit.replace({ start: { line, character: 0 }, end: { line, character: text.length } }, extended);
    }
  }
  const eol = lineBreakOf(document.getText());
  if (document.lineCount <= 1) {
    return TextEdit.insert(document.positionAt(document.getText().length), `${eol}${FILE} ${ruleId}${eol}`);
  }
  return TextEdit.insert({ line: 1, character: 0 }, `${FILE} ${ruleId}${eol}`);
}
