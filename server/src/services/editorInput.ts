import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../findings/types';
import type { RegModel } from '../model/types';
import type { RegDocument } from '../parser/ast';
import type { EditorKnowledge } from './packKnowledge';

/** Everything an editor feature reads: one analysed version of a document plus what the packs know. */
export interface EditorInput {
  /** Line/character positions are computed with it; its text is the text that was analysed. */
  readonly textDocument: TextDocument;
  readonly document: RegDocument;
  readonly model: RegModel;
  readonly findings: readonly Finding[];
  readonly knowledge: EditorKnowledge;
}
