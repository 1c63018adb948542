/** textDocument/foldingRange: key sections, hex values continued over lines, and blocks of comment lines. */
import type { CancellationToken, FoldingRange } from 'vscode-languageserver';
import { FoldingRangeKind } from 'vscode-languageserver';
import type { RegDocument } from '../parser/ast';
import { cancellationCheck } from './cancellation';

/** Folding ranges in 0-based lines; a range needs at least two lines. */
export function foldingRanges(doc: RegDocument, token?: CancellationToken): FoldingRange[] {
  const out: FoldingRange[] = [];
  const check = cancellationCheck(token);
  let keyLine = -1;
  let lastContent = -1;
  let commentStart = -1;
  const closeSection = (): void => {
    if (keyLine >= 0 && lastContent > keyLine) out.push({ startLine: keyLine, endLine: lastContent });
  };
  const closeComments = (end: number): void => {
    if (commentStart >= 0 && end > commentStart) out.push({ startLine: commentStart, endLine: end, kind: FoldingRangeKind.Comment });
    commentStart = -1;
  };
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    check();
    const node = lines[i]!;
    if (node.kind === 'comment') {
      if (commentStart < 0) commentStart = i;
    } else closeComments(i - 1);
    if (node.kind === 'key') {
      closeSection();
      keyLine = i;
      lastContent = i;
    } else if (node.kind !== 'blank' && node.kind !== 'header' && node.kind !== 'comment') {
      // Comments count only once a line follows them in the section: those just above the next key describe it.
      lastContent = i;
    }
    if (node.kind === 'value' && node.lastLine > node.line) out.push({ startLine: i, endLine: node.lastLine - 1 });
  }
  closeComments(lines.length - 1);
  closeSection();
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
