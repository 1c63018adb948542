import type { ResolvedConfig } from '../config/resolve';
import { applyFixes } from '../findings/applyEdits';
import type { Fix } from '../findings/types';
import { detectEol, type DecodedText } from '../parser';
import { lintDocument, type LintResult } from './lintDocument';

export interface FixAllResult {
  /** The fixed text; re-encode it with encodeText(text, decoded) to keep encoding and BOM. */
  readonly text: string;
  /** Number of fixes applied over all rounds. */
  readonly applied: number;
  readonly rounds: number;
  /** Lint of the final text: what is left. */
  readonly result: LintResult;
}

export const MAX_FIX_ROUNDS = 10;

/**
 * Applies the preferred fix of every finding, then lints again, until nothing fixable is
 * left or a round changes nothing. Fixes that overlap in one round wait for the next.
 */
export function fixAll(decoded: DecodedText, config: ResolvedConfig, maxRounds = MAX_FIX_ROUNDS): FixAllResult {
  let current = decoded;
  let result = lintDocument(current, config);
  let applied = 0;
  let rounds = 0;
  while (rounds < maxRounds) {
    const fixes = result.findings.flatMap((f): Fix[] => (f.fixes && f.fixes.length > 0 ? [f.fixes[0]] : []));
    if (fixes.length === 0) break;
    const outcome = applyFixes(current.text, fixes);
    if (outcome.applied.length === 0 || outcome.text === current.text) break;
    rounds++;
    applied += outcome.applied.length;
    // Same bytes-level facts (encoding, BOM, encoding problems); only the text changed.
    current = { ...current, text: outcome.text, eol: detectEol(outcome.text) };
    result = lintDocument(current, config);
  }
  return { text: current.text, applied, rounds, result };
}
