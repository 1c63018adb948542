import type { Fix, TextEdit } from './types';

export interface ApplyResult {
  readonly text: string;
  readonly applied: readonly Fix[];
  /** The edits that made `text`, each once (a duplicate fix adds none). */
  readonly edits: readonly TextEdit[];
  /** Fixes left out because one of their edits overlapped an edit already accepted. */
  readonly rejected: readonly Fix[];
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.offset === b.offset && a.length === b.length && a.newText === b.newText;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same offset do not overlap; an insertion strictly inside a
  // replaced range does, and so do two ranges that share at least one character.
  if (a.length === 0 && b.length === 0) return false;
  const aEnd = a.offset + a.length;
  const bEnd = b.offset + b.length;
  if (a.length === 0) return a.offset > b.offset && a.offset < bEnd;
  if (b.length === 0) return b.offset > a.offset && b.offset < aEnd;
  return a.offset < bEnd && b.offset < aEnd;
}

/**
 * Applies whole fixes to `text` in the order given. A fix whose edits overlap an
 * edit of an earlier accepted fix (or each other) is rejected as a whole, so a fix
 * is never half-applied; a fix whose edits were all already accepted (a duplicate) counts
 * as applied without editing twice. Pure: never mutates its inputs.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): ApplyResult {
  const accepted: TextEdit[] = [];
  const applied: Fix[] = [];
  const rejected: Fix[] = [];
  for (const fix of fixes) {
    const edits = fix.edits;
    // The same fix offered by several findings (one inserted key section that supplies two
    // missing values; a syntax rule and a pack both expanding `HKLM`) is applied once, not
    // rejected and not applied twice. A fix that only partly repeats accepted edits still
    // clashes and waits for the next round.
    if (edits.length > 0 && edits.every((e) => accepted.some((a) => sameEdit(a, e)))) {
      applied.push(fix);
      continue;
    }
    const valid = edits.every((e) => e.offset >= 0 && e.length >= 0 && e.offset + e.length <= text.length);
    const clash =
      !valid ||
      edits.some((e, i) => accepted.some((a) => overlaps(a, e)) || edits.some((o, j) => j !== i && overlaps(o, e)));
    if (clash) {
      rejected.push(fix);
    } else {
      accepted.push(...edits);
      applied.push(fix);
    }
  }
  return { text: applyEdits(text, accepted), applied, edits: accepted, rejected };
}

/**
 * Applies non-overlapping edits. Edits at the same offset are applied in the order given.
 * Throws on overlapping edits: callers that cannot guarantee that use applyFixes.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((x, y) => x.e.offset - y.e.offset || x.i - y.i);
  let out = '';
  let pos = 0;
  for (const { e } of sorted) {
    if (e.offset < pos) throw new Error(`overlapping edit at offset ${e.offset}`);
    out += text.slice(pos, e.offset) + e.newText;
    pos = e.offset + e.length;
  }
  return out + text.slice(pos);
}
