/** textDocument/completion: the header on line 1, key paths in `[`, value names, and type prefixes after `=`. */
import type { CancellationToken, CompletionItem, Position } from 'vscode-languageserver';
import { CompletionItemKind } from 'vscode-languageserver';
import type { Importer } from '../model/types';
import { HEADER_V4, HEADER_V5 } from '../parser/header';
import { lineAtCursor, offsetRange } from './completionContext';
import { keyPathItems, keyPathStart } from './completionKeyPaths';
import { typeItems } from './completionTypes';
import { valueNameItems } from './completionValueNames';
import type { EditorInput } from './editorInput';

export interface CompletionOptions {
  /** `reg` also offers the root abbreviations (HKLM, ...), which only `reg import` accepts. */
  readonly importer: Importer;
  /** The client takes snippets (placeholders in the inserted value data). */
  readonly snippets: boolean;
}

/** Characters after which a client should ask for completion. */
export const COMPLETION_TRIGGERS: readonly string[] = ['[', '\\', '"', '='];

function headerItems(input: EditorInput, position: Position): CompletionItem[] {
  const at = lineAtCursor(input.textDocument, position);
  const range = offsetRange(input.textDocument, at.start, at.cursor + at.after.length);
  return [
    { label: HEADER_V5, kind: CompletionItemKind.Keyword, detail: 'Windows 2000 and later (regedit exports it as UTF-16LE)', sortText: '0', textEdit: { range, newText: HEADER_V5 } },
    { label: HEADER_V4, kind: CompletionItemKind.Keyword, detail: 'Windows 95/NT 4.0 format, still accepted (ANSI)', sortText: '1', textEdit: { range, newText: HEADER_V4 } },
  ];
}

export function completion(input: EditorInput, position: Position, options: CompletionOptions, token?: CancellationToken): CompletionItem[] {
  if (position.line === 0) return headerItems(input, position);
  const at = lineAtCursor(input.textDocument, position);
  const pathStart = keyPathStart(at);
  if (pathStart !== undefined) return keyPathItems(input, at, pathStart, options.importer, token);
  const types = typeItems(input, at);
  if (types.length > 0) return types;
  return valueNameItems(input, at, options.snippets, token);
}
