import { Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** Offsets are code-unit offsets into the document text; LSP wants line/character. */
export function spanToRange(document: TextDocument, offset: number, length: number): Range {
  return { start: document.positionAt(offset), end: document.positionAt(offset + length) };
}
