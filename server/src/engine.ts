/**
 * The language server's view of the core: one call that turns a document's text into an Analysis
 * (parse + model + findings). Stub until the lint facade lands.
 */
import type { Finding } from './findings/types';
import type { RegPolicySettings } from './protocol';

export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly findings: readonly Finding[];
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
