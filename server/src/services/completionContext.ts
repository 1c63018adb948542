import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** The line around the cursor, split at the cursor. */
export interface LineAtCursor {
  readonly line: number;
  /** Offset of the start of the line. */
  readonly start: number;
  /** Offset of the cursor. */
  readonly cursor: number;
  /** Text of the line before the cursor. */
  readonly before: string;
  /** Text of the line after the cursor, without the line break. */
  readonly after: string;
}

export function lineAtCursor(document: TextDocument, position: Position): LineAtCursor {
  const start = document.offsetAt({ line: position.line, character: 0 });
  const cursor = document.offsetAt(position);
  const next = document.offsetAt({ line: position.line + 1, character: 0 });
  const text = document.getText();
  const rest = text.slice(cursor, Math.max(cursor, next)).replace(/(\r\n|\r|\n)$/, '');
  return { line: position.line, start, cursor, before: text.slice(start, cursor), after: rest };
}

/** An LSP range between two offsets of the document. */
export function offsetRange(document: TextDocument, from: number, to: number): Range {
  return { start: document.positionAt(from), end: document.positionAt(to) };
}

/** `\`, `$` and `}` are special in snippets. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}
