/**
 * The language server's view of the core: one call that turns a document's text into an Analysis
 * (parse + model + findings). Stub until the lint facade lands.
 */
import type { Finding } from './findings/types';
import type { RegModel } from './model/types';
import type { RegDocument } from './parser/ast';
import type { RegPolicySettings } from './protocol';

export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly findings: readonly Finding[];
  /** The syntax tree and registry model of this version (set once the parser facade is wired in). */
  readonly document?: RegDocument;
  readonly model?: RegModel;
  /** Ids of the packs enforced for this document, and the target OSes it is checked for. */
  readonly packs: readonly string[];
  readonly targetOs: readonly string[];
}

export interface AnalyzeInput {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly settings: RegPolicySettings;
  /** File path when the document lives on disk (config discovery, encoding sniffing). */
  readonly fsPath?: string;
}

export async function analyzeText(input: AnalyzeInput): Promise<Analysis> {
  return {
    uri: input.uri,
    version: input.version,
    text: input.text,
    findings: [],
    packs: input.settings.packs,
    targetOs: input.settings.targetOs,
  };
}
