import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../findings/types';
import { buildModel } from '../../model';
import { decodedFromText, parse } from '../../parser';
import { builtinPacks, evaluatePacks } from '../../policy';
import type { LoadedPack } from '../../policy/types';
import { checkSyntax } from '../../rules';
import type { EditorInput } from '../../services/editorInput';
import { knowledgeFromPacks } from '../../services/packKnowledge';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const FIXTURES = path.join(REPO_ROOT, 'test-fixtures', 'services');

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'latin1');
}

export interface InputOptions {
  /** Read the text as regedit reads a UTF-16LE file with BOM (default) or an ANSI file. */
  readonly unicode?: boolean;
  readonly packs?: readonly LoadedPack[];
  /** Lint the text (syntax rules and packs) for the findings; default true. */
  readonly lint?: boolean;
}

/** An analysed document as the language server builds it: tree, model, findings and pack knowledge. */
export function editorInput(text: string, options: InputOptions = {}): EditorInput {
  const unicode = options.unicode ?? true;
  const decoded = decodedFromText(text, unicode ? { unicode: true } : { unicode: false, encoding: 'windows-1252', bom: false });
  const document = parse(decoded);
  const model = buildModel(document);
  const packs = options.packs ?? builtinPacks;
  const findings: Finding[] = options.lint === false ? [] : [...checkSyntax(document, model), ...evaluatePacks(document, model, packs)];
  return {
    textDocument: TextDocument.create('file:///test.reg', 'reg', 1, decoded.text),
    document,
    model,
    findings,
    knowledge: knowledgeFromPacks(packs),
  };
}

/** 0-based position of the first occurrence of `needle` (plus `delta` characters) in the text. */
export function positionOf(input: EditorInput, needle: string, delta = 0): { line: number; character: number } {
  const offset = input.textDocument.getText().indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" not in the text`);
  return input.textDocument.positionAt(offset + delta);
}
