import { TextEdit as LspTextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix, TextEdit } from '../findings/types';
import { spanToRange } from './positions';

export function toLspEdit(document: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: spanToRange(document, edit.offset, edit.length), newText: edit.newText };
}

export function fixesToLspEdits(document: TextDocument, fixes: readonly Fix[]): LspTextEdit[] {
  return fixes.flatMap((f) => f.edits.map((e) => toLspEdit(document, e)));
}

/** The document's own line break, so inserted lines match the file (CRLF for regedit exports). */
export function lineBreakOf(text: string): string {
  const i = text.search(/[\r\n]/);
  if (i < 0) return '\r\n';
  return text[i] === '\r' ? (text[i + 1] === '\n' ? '\r\n' : '\r') : '\n';
}
