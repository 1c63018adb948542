import { countBefore } from '../bisect';
import type { Fix, TextEdit } from './types';

export interface ApplyResult {
  readonly text: string;
  readonly applied: readonly Fix[];
  /** The edits that made `text`, each once (a duplicate fix adds none). */
  readonly edits: readonly TextEdit[];
  /** Fixes left out because one of their edits overlapped an edit already accepted. */
  readonly rejected: readonly Fix[];
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
 * The edits accepted so far, in a form that answers "does this edit overlap one of them?" by binary
 * search: the replaced ranges, which never overlap each other, sorted by start (so by end too), and the
 * insertion points, sorted. Checking each new edit against every accepted one made a fix-all of a file
 * with 20,000 fixes take seconds.
 */
class AcceptedEdits {
  private readonly rangeStarts: number[] = [];
  private readonly rangeEnds: number[] = [];
  private readonly points: number[] = [];
  private readonly keys = new Set<string>();

  has(edit: TextEdit): boolean {
    return this.keys.has(keyOf(edit));
  }

  overlaps(edit: TextEdit): boolean {
    const end = edit.offset + edit.length;
    // The first range that ends after the edit starts is the only one that can overlap it.
    const r = countBefore(this.rangeEnds, (rangeEnd) => rangeEnd <= edit.offset);
    if (r < this.rangeStarts.length && this.rangeStarts[r] < (edit.length === 0 ? edit.offset : end)) return true;
    if (edit.length === 0) return false;
    // An insertion strictly inside the range.
    const p = countBefore(this.points, (point) => point <= edit.offset);
    return p < this.points.length && this.points[p] < end;
  }

  add(edit: TextEdit): void {
    this.keys.add(keyOf(edit));
    if (edit.length === 0) {
      this.points.splice(countBefore(this.points, (point) => point <= edit.offset), 0, edit.offset);
      return;
    }
    const at = countBefore(this.rangeStarts, (start) => start < edit.offset);
    this.rangeStarts.splice(at, 0, edit.offset);
    this.rangeEnds.splice(at, 0, edit.offset + edit.length);
  }
}

function keyOf(edit: TextEdit): string {
  return `${edit.offset}:${edit.length}:${edit.newText}`;
}

/**
 * Applies whole fixes to `text` in the order given. A fix whose edits overlap an
 * edit of an earlier accepted fix (or each other) is rejected as a whole, so a fix
 * is never half-applied; a fix whose edits were all already accepted (a duplicate) counts
 * as applied without editing twice. Pure: never mutates its inputs.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): ApplyResult {
  const accepted: TextEdit[] = [];
  const index = new AcceptedEdits();
  const applied: Fix[] = [];
  const rejected: Fix[] = [];
  for (const fix of fixes) {
    const edits = fix.edits;
    // The same fix offered by several findings (one inserted key section that supplies two
    // missing values; a syntax rule and a pack both expanding `HKLM`) is applied once, not
    // rejected and not applied twice. A fix that only partly repeats accepted edits still
    // clashes and waits for the next round.
    if (edits.length > 0 && edits.every((e) => index.has(e))) {
      applied.push(fix);
      continue;
    }
    const valid = edits.every((e) => e.offset >= 0 && e.length >= 0 && e.offset + e.length <= text.length);
    const clash = !valid || edits.some((e, i) => index.overlaps(e) || edits.some((o, j) => j !== i && overlaps(o, e)));
    if (clash) {
      rejected.push(fix);
    } else {
      for (const e of edits) index.add(e);
      accepted.push(...edits);
      applied.push(fix);
    }
  }
  return { text: applyEdits(text, accepted), applied, edits: accepted, rejected };
}

/**
 * Applies non-overlapping edits. Insertions at the offset where a replaced range starts go before it
 * (they do not overlap it); other edits at the same offset are applied in the order given.
 * Throws on overlapping edits: callers that cannot guarantee that use applyFixes.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const insertionFirst = (x: TextEdit, y: TextEdit): number => (x.length === 0 ? 0 : 1) - (y.length === 0 ? 0 : 1);
  const sorted = edits.map((e, i) => ({ e, i })).sort((x, y) => x.e.offset - y.e.offset || insertionFirst(x.e, y.e) || x.i - y.i);
  let out = '';
  let pos = 0;
  for (const { e } of sorted) {
    if (e.offset < pos) throw new Error(`overlapping edit at offset ${e.offset}`);
    out += text.slice(pos, e.offset) + e.newText;
    pos = e.offset + e.length;
  }
  return out + text.slice(pos);
}
