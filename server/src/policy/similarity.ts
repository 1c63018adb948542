/**
 * "Did you mean" for registry names: how people actually mistype TLS keys (M01, M06, M12,
 * M22 in the policy research): missing or extra spaces, a `v` before the version, `SSL3`
 * for `SSL 3.0`, one or two wrong, missing or swapped characters.
 */

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** `TLSv1.2`, `tls1.2`, `TLS 1.2 `, `TLS 1.2.0` and `TLS 1.2` all compact to `tls1.2`. */
export function compactName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\s_]+/g, '')
    .replace(/([a-z])v(?=\d)/g, '$1')
    .replace(/(\.0)+$/, '');
}

function allowedDistance(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/** True when `written` is probably a mistyped `intended` (never for a case-only difference). */
export function isNearMiss(written: string, intended: string): boolean {
  const a = written.toLowerCase();
  const b = intended.toLowerCase();
  if (a === b) return false;
  if (compactName(written) === compactName(intended)) return true;
  const limit = allowedDistance(Math.min(a.length, b.length));
  return limit > 0 && editDistance(a, b, limit) <= limit;
}
