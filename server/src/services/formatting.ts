/**
 * textDocument/formatting and rangeFormatting: the canonical layout of a regedit export (header, one blank line
 * before each key, no indentation, no spaces around `=`, 8-digit lower-case DWORDs, regedit's hex wrapping) that
 * never changes what the file does. Only lines regedit accepts are rewritten; ignored and invalid lines are left
 * as they are; comments are kept; every line keeps its own line break.
 */
import type { CancellationToken, Range, TextEdit as LspTextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from '../findings/types';
import type { LineNode, RegDocument } from '../parser/ast';
import { cancellationCheck } from './cancellation';
import { formatValueLine } from './formatValueLine';
import { lineBreakOf, toLspEdit } from './textEdits';

/** 0-based first and last line (inclusive) to format. */
export interface LineRange {
  readonly startLine: number;
  readonly endLine: number;
}

/** Edit that removes leading blanks and trailing blanks of a line's text, or null. */
function trimLine(doc: RegDocument, node: LineNode, trimTrailing: boolean): TextEdit | null {
  const start = node.span.offset;
  const end = start + node.span.length;
  const original = doc.text.slice(start, end);
  const trimmed = trimTrailing ? original.replace(/^[ \t]+/, '').replace(/[ \t]+$/, '') : original.replace(/^[ \t]+/, '');
  return trimmed === original ? null : { offset: start, length: end - start, newText: trimmed };
}

/** Key lines keep everything up to the last `]` verbatim: a blank before `]` is part of the key name. */
function formatKeyLine(doc: RegDocument, node: LineNode & { kind: 'key' }): TextEdit | null {
  if (node.status === 'malformed') return null;
  return trimLine(doc, node, true);
}

function isFormattable(doc: RegDocument): boolean {
  // A file regedit imports nothing from has no line regedit accepts; a Windows 3.1 file has another syntax.
  return doc.imports && (doc.header?.headerKind === 'v5' || doc.header?.headerKind === 'v4');
}

/** The edits (offsets into doc.text) that put the lines of `range` (default: all) in canonical form. */
export function formatEdits(doc: RegDocument, range?: LineRange, token?: CancellationToken): TextEdit[] {
  if (!isFormattable(doc)) return [];
  const lines = doc.lines;
  const first = Math.max(0, range?.startLine ?? 0);
  const last = Math.min(lines.length - 1, range?.endLine ?? lines.length - 1);
  const fallbackEol = lineBreakOf(doc.text);
  const edits: TextEdit[] = [];
  const push = (edit: TextEdit | null): void => {
    if (edit) edits.push(edit);
  };
  const inRange = (from: number, to: number): boolean => to >= first && from <= last;
  const check = cancellationCheck(token);
  let previousBlank = false;
  // First line of the run of comment lines just before the current line, or -1.
  let commentRun = -1;

  for (let i = 0; i < lines.length; i++) {
    check();
    const node = lines[i]!;
    const selected = i >= first && i <= last;
    switch (node.kind) {
      case 'header':
        if (selected) push(trimLine(doc, node, false));
        break;
      case 'blank':
        if (selected) {
          // Runs of blank lines shrink to one; the blank line that stays loses its spaces.
          push(previousBlank ? { offset: node.span.offset, length: node.span.length + node.eol.length, newText: '' } : trimLine(doc, node, true));
        }
        break;
      case 'comment':
        if (selected) push(trimLine(doc, node, true));
        break;
      case 'key': {
        if (selected) push(formatKeyLine(doc, node));
        // One blank line before the key, or before the comments just above it, which describe it.
        const at = commentRun >= 0 ? commentRun : i;
        const before = lines[at - 1];
        if (selected && before && before.kind !== 'blank') {
          const eol = before.eol.length > 0 ? doc.text.slice(before.eol.offset, before.eol.offset + before.eol.length) : fallbackEol;
          // Inserted at the end of the line before (not at the start of the key line, which may be edited too).
          edits.push({ offset: before.span.offset + before.span.length, length: 0, newText: eol });
        }
        break;
      }
      case 'value':
        if (node.valid && inRange(i, i + node.lastLine - node.line)) {
          const eol = node.eol.length > 0 ? doc.text.slice(node.eol.offset, node.eol.offset + node.eol.length) : fallbackEol;
          push(formatValueLine(doc, node, i, eol));
        }
        break;
      // Ignored lines, continuation lines (formatted with their value) and Windows 3.1 lines stay as they are.
      default:
        break;
    }
    previousBlank = node.kind === 'blank';
    commentRun = node.kind === 'comment' ? (commentRun >= 0 ? commentRun : i) : -1;
  }
  return edits;
}

export function formatting(textDocument: TextDocument, doc: RegDocument, token?: CancellationToken): LspTextEdit[] {
  return formatEdits(doc, undefined, token).map((e) => toLspEdit(textDocument, e));
}

export function rangeFormatting(textDocument: TextDocument, doc: RegDocument, range: Range, token?: CancellationToken): LspTextEdit[] {
  // A selection that ends at the start of a line does not include that line.
  const endLine = range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
  return formatEdits(doc, { startLine: range.start.line, endLine }, token).map((e) => toLspEdit(textDocument, e));
}
