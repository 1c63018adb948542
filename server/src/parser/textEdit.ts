/** Where two versions of a text differ: `prefix` characters agree at the start, `suffix` at the end (not overlapping). */
export interface TextEditSpan {
  readonly prefix: number;
  readonly suffix: number;
}

const BLOCK = 4096;
// The last comparison: decoding, parsing and linting one edit all ask about the same pair of texts.
let last: { before: string; after: string; span: TextEditSpan } | undefined;

export function textEditSpan(before: string, after: string): TextEditSpan {
  if (last && last.before === before && last.after === after) return last.span;
  const span = commonEnds(before, after);
  last = { before, after, span };
  return span;
}

function commonEnds(a: string, b: string): TextEditSpan {
  const max = Math.min(a.length, b.length);
  // Whole blocks first: comparing slices is a native memory compare, far faster than charCodeAt.
  let prefix = 0;
  while (prefix + BLOCK <= max && a.slice(prefix, prefix + BLOCK) === b.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  const room = max - prefix;
  let suffix = 0;
  while (suffix + BLOCK <= room && a.slice(a.length - suffix - BLOCK, a.length - suffix) === b.slice(b.length - suffix - BLOCK, b.length - suffix)) suffix += BLOCK;
  while (suffix < room && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

/**
 * True when `after` contains `needle` given that `before` does not: only an occurrence that
 * overlaps the changed characters can be new, so only that stretch is searched.
 */
export function editIntroduces(before: string, after: string, needle: string): boolean {
  const { prefix, suffix } = textEditSpan(before, after);
  const from = Math.max(0, prefix - needle.length + 1);
  const to = Math.min(after.length, after.length - suffix + needle.length - 1);
  return to > from && after.slice(from, to).includes(needle);
}
