/** Small helpers for the policy tests: lint a .reg text with packs, read `; expect` markers, fix all. */
import * as fs from 'fs';
import * as path from 'path';
import { applyFixes } from '../../findings/applyEdits';
import type { Finding, Fix } from '../../findings/types';
import { buildModel } from '../../model';
import { decodeBytes, decodedFromText, parse } from '../../parser';
import { builtinPacks, evaluatePacks, type LoadedPack, type PolicyContext } from '../../policy';

export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
export const ruleFixturesDir = path.join(repoRoot, 'test-fixtures', 'rules');

export function lintText(text: string, packs: readonly LoadedPack[] = builtinPacks, context: PolicyContext = {}): Finding[] {
  const doc = parse(decodedFromText(text));
  return evaluatePacks(doc, buildModel(doc), packs, context);
}

export function readRegFile(file: string): string {
  return decodeBytes(fs.readFileSync(file)).text;
}

/** 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/**
 * Expected findings as `line:RULE` strings, from comment markers:
 *   `; expect: RULE[, RULE*2]`        on this line (a trailing comment)
 *   `; expect-next: RULE[, RULE]`     on the next line
 *   `; expect-header: RULE[, RULE]`   on the header line (advisories, keys missing from the file)
 * `RULE*N` expects N findings.
 */
export function expectedMarkers(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  const header = lines.findIndex((l) => l.replace(/^\uFEFF/, '').trim() !== '') + 1;
  const out: string[] = [];
  lines.forEach((l, i) => {
    const m = /;\s*expect(-next|-header)?:\s*(.+)$/.exec(l);
    if (!m) return;
    const line = m[1] === '-next' ? i + 2 : m[1] === '-header' ? header : i + 1;
    for (const item of m[2]!.split(/[,\s]+/).filter(Boolean)) {
      const [id, times] = item.split('*');
      for (let n = 0; n < Number(times ?? 1); n++) out.push(`${line}:${id}`);
    }
  });
  return out.sort();
}

export function actualMarkers(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => `${lineOf(text, f.offset)}:${f.ruleId}`).sort();
}

export function preferredFixes(findings: readonly Finding[]): Fix[] {
  return findings.flatMap((f) => (f.fixes && f.fixes.length > 0 ? [f.fixes[0]!] : []));
}

/** "Fix all": one applyFixes over the preferred fix of every finding. */
export function fixAll(text: string, findings: readonly Finding[]): string {
  return applyFixes(text, preferredFixes(findings)).text;
}
