/** evaluatePacks: every enabled pack against one file, with the file's target-OS directive. */
import { ruleDocsUrl, type Finding } from '../findings/types';
import type { RegModel } from '../model/types';
import { detectLineBreak, parseTargetOsDirective, type PolicyContext } from './context';
import { evaluatePack } from './evaluatePack';
import { buildFileIndex } from './fileIndex';
import { OS_IDS, type OsId } from './os';
import type { LoadedPack } from './types';

/** Engine-level rule: a target-OS directive names something that is not an OS id. */
export const UNKNOWN_TARGET_OS_RULE = {
  id: 'PACK001',
  title: 'Unknown OS in a reg-policy-target-os directive',
  severity: 'warning',
} as const;

/** The document as far as the policy engine needs it (a parser RegDocument fits). */
export interface PolicyDocument {
  readonly text: string;
}

/**
 * Checks `model` (built from `doc.text`) against `packs`. Findings carry fixes as text edits
 * against `doc.text`. Never throws for any model the model builder produces.
 */
export function evaluatePacks(doc: PolicyDocument, model: RegModel, packs: readonly LoadedPack[], context: PolicyContext = {}): Finding[] {
  const text = doc.text;
  const findings: Finding[] = [];
  const directive = context.noDirectives ? undefined : parseTargetOsDirective(text);
  for (const u of directive?.unknown ?? []) {
    findings.push({
      ruleId: UNKNOWN_TARGET_OS_RULE.id,
      severity: UNKNOWN_TARGET_OS_RULE.severity,
      message: `"${u.name}" is not an OS id this directive knows (known: ${OS_IDS.join(', ')}).`,
      offset: u.offset,
      length: u.length,
      docsUrl: ruleDocsUrl(UNKNOWN_TARGET_OS_RULE.id),
    });
  }
  if (!model.imports || packs.length === 0) return findings;
  const index = buildFileIndex(model, text, context.eol ?? detectLineBreak(text), context.remember);
  const chosen: readonly OsId[] | undefined =
    directive && directive.os.length > 0 ? directive.os : context.targetOs && context.targetOs.length > 0 ? context.targetOs : undefined;
  for (const pack of packs) findings.push(...evaluatePack(pack, index, chosen ?? pack.osIds, chosen !== undefined));
  return findings;
}
