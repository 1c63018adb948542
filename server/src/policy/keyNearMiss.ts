/**
 * Near-miss key paths: a section that names almost, but not exactly, a key a pack checks.
 * These are how TLS .reg files actually go wrong (policy research, mistakes M01, M06, M07,
 * M08, M10, M16, M22), and each one silently writes a key nothing reads.
 */
import type { TextEdit } from '../findings/types';
import type { SectionRef } from './fileIndex';
import { isKnownKeyName } from './knownNames';
import { foldName, ROOT_ABBREVIATIONS } from './registryPaths';
import { isNearMiss } from './similarity';
import type { PackKey } from './types';

export type KeyNearMissKind = 'abbreviated-root' | 'hive' | 'typo' | 'folder' | 'side' | 'values-on-parent' | 'ancestor-typo';

export interface KeyNearMiss {
  readonly kind: KeyNearMissKind;
  /** The pack key the section was meant to name. */
  readonly key: PackKey;
  /** The canonical path the fix writes (the key itself, or its ancestor for `ancestor-typo`). */
  readonly intended: string;
  /** What is wrong, for the message's {actual}. */
  readonly description: string;
  /** Edits that turn the written path into `intended`; empty for `side` (the fix adds a section). */
  readonly edits: readonly TextEdit[];
  /** True when the section's values are meant for `key` (they move there with the fix). */
  readonly mapsValues: boolean;
}

const SIDES = ['CLIENT', 'SERVER'];

function isAbbreviation(root: string): boolean {
  return ROOT_ABBREVIATIONS[root.toUpperCase()] !== undefined;
}

/** Splits the written path text into root and segment spans (undefined if it has empty parts). */
function pathParts(text: string, ref: SectionRef): { offset: number; text: string }[] | undefined {
  if (!ref.pathSpan) return undefined;
  const raw = text.slice(ref.pathSpan.offset, ref.pathSpan.offset + ref.pathSpan.length);
  const parts: { offset: number; text: string }[] = [];
  let at = ref.pathSpan.offset;
  for (const piece of raw.split('\\')) {
    parts.push({ offset: at, text: piece });
    at += piece.length + 1;
  }
  while (parts.length > 1 && parts[parts.length - 1]!.text === '') parts.pop();
  return parts.length === ref.segments.length + 1 && parts.every((p) => p.text !== '') ? parts : undefined;
}

/** Minimal edits from the written path to `root\segments` (root and changed segments only). */
function pathEdits(text: string, ref: SectionRef, root: string, segments: readonly string[]): TextEdit[] {
  const parts = pathParts(text, ref);
  const span = ref.pathSpan!;
  if (!parts || parts.length !== segments.length + 1) {
    return [{ offset: span.offset, length: span.length, newText: [root, ...segments].join('\\') }];
  }
  const edits: TextEdit[] = [];
  const wanted = [root, ...segments];
  parts.forEach((p, i) => {
    if (foldName(p.text) !== foldName(wanted[i]!)) edits.push({ offset: p.offset, length: p.text.length, newText: wanted[i]! });
  });
  return edits;
}

function describeRoot(ref: SectionRef): string | undefined {
  return isAbbreviation(ref.rootAsWritten)
    ? `"${ref.rootAsWritten}" is an abbreviation regedit does not accept (write ${ref.root})`
    : undefined;
}

function quoteList(pairs: [string, string][]): string {
  return pairs.map(([w, t]) => `"${w}" should be "${t}"`).join(', ');
}

export interface NearMissInput {
  readonly text: string;
  readonly ref: SectionRef;
  /** Does the section set (or nearly set) a value the pack checks at `key`? */
  readonly setsValueOf: (key: PackKey) => boolean;
  /** Folded paths of every key the pack checks, so a real sibling key is never a near miss. */
  readonly packKeys: ReadonlySet<string>;
}

/**
 * A necessary condition for any kind below, checked before anything is allocated: with as many
 * segments, at most two differ; with fewer, the root is the same and all but the last segment match
 * (both `values-on-parent` and `ancestor-typo` need that).
 */
function mayBeNearMiss(fw: readonly string[], ft: readonly string[], sameRoot: boolean): boolean {
  if (fw.length === ft.length) {
    let differing = 0;
    for (let i = 0; i < ft.length; i++) if (fw[i] !== ft[i] && ++differing > 2) return false;
    return true;
  }
  if (!sameRoot) return false;
  for (let i = 0; i < fw.length - 1; i++) if (fw[i] !== ft[i]) return false;
  return true;
}

/** The filters of `classifyAgainst` that look at the section's path alone. */
function pathMayMiss(ref: SectionRef, key: PackKey): boolean {
  const fw = ref.foldedSegments;
  const ft = key.foldedSegments;
  // Every near miss keeps the first segment (SOFTWARE, SYSTEM): a cheap filter for big files.
  if (!ref.root || fw.length === 0 || fw.length > ft.length || fw[0] !== ft[0]) return false;
  return mayBeNearMiss(fw, ft, ref.root === key.root);
}

function classifyAgainst(input: NearMissInput, key: PackKey): KeyNearMiss | undefined {
  const { text, ref } = input;
  if (!pathMayMiss(ref, key)) return undefined;
  const w = ref.segments;
  const t = key.segments;
  const fw = ref.foldedSegments;
  const ft = key.foldedSegments;
  const sameRoot = ref.root === key.root;
  // Only a section that is a near miss gets a message: most sections never need the note.
  const rootNote = (): string | undefined => describeRoot(ref);
  const make = (kind: KeyNearMissKind, description: string, segs: readonly string[], mapsValues: boolean, extra: TextEdit[] = []): KeyNearMiss => {
    const intended = extra.length > 0 ? key.text : [key.root, ...segs].join('\\');
    return { kind, key, intended, description, edits: [...pathEdits(text, ref, key.root, segs), ...extra], mapsValues };
  };
  // HKEY_CURRENT_USER for HKEY_LOCAL_MACHINE is a mistake of its own (M10) and may come with typos.
  const hiveSwap = ref.root === 'HKEY_CURRENT_USER' && key.root === 'HKEY_LOCAL_MACHINE';
  const hiveNote = hiveSwap ? `${ref.rootAsWritten} is per user and is not read for this setting (it belongs under HKEY_LOCAL_MACHINE)` : undefined;

  if (w.length === t.length) {
    const diffs = t.map((_, i) => i).filter((i) => fw[i] !== ft[i]);
    if (diffs.length === 0) {
      // An imported key with an abbreviated root (`reg import` mode) reaches the right key;
      // the syntax rule REG004 already asks for the full name.
      if (sameRoot) {
        const note = rootNote();
        return note && !ref.imported ? make('abbreviated-root', note, t, true) : undefined;
      }
      return hiveSwap ? make('hive', hiveNote!, t, true) : undefined;
    }
    if ((!sameRoot && !hiveSwap) || diffs.length > 2) return undefined;
    const last = t.length - 1;
    const pairs = diffs.map((i): [string, string] => [w[i]!, t[i]!]);
    if (sameRoot && diffs.length === 1 && diffs[0] === last && SIDES.includes(fw[last]!) && SIDES.includes(ft[last]!)) {
      return { kind: 'side', key, intended: key.text, description: `this file sets "${w[last]}" only, but the pack needs "${t[last]}"`, edits: [], mapsValues: false };
    }
    if (diffs.every((i) => isNearMiss(w[i]!, t[i]!) && !isKnownKeyName(w[i]!))) {
      return make('typo', [quoteList(pairs), hiveNote, rootNote()].filter(Boolean).join('; '), t, true);
    }
    if (diffs.length === 1 && diffs[0] === last && !isKnownKeyName(w[last]!) && input.setsValueOf(key)) {
      return make('folder', [`values under "${w[last]}" are never read; the key is "${t[last]}"`, hiveNote, rootNote()].filter(Boolean).join('; '), t, true);
    }
    return undefined;
  }
  if (!sameRoot || w.length >= t.length || w.length === 0) return undefined;
  const prefixEqual = (n: number): boolean => {
    for (let i = 0; i < n; i++) if (fw[i] !== ft[i]) return false;
    return true;
  };
  if (w.length === t.length - 1 && prefixEqual(w.length) && SIDES.includes(ft[t.length - 1]!) && input.setsValueOf(key)) {
    const span = ref.pathSpan!;
    const endsWithSlash = text[span.offset + span.length - 1] === '\\';
    const append = { offset: span.offset + span.length, length: 0, newText: `${endsWithSlash ? '' : '\\'}${t[t.length - 1]}` };
    return make('values-on-parent', [`values on the protocol key itself are ignored; they belong under its "${t[t.length - 1]}" subkey`, rootNote()].filter(Boolean).join('; '), t.slice(0, w.length), true, [append]);
  }
  const j = w.length - 1;
  if (prefixEqual(j) && isNearMiss(w[j]!, t[j]!) && !isKnownKeyName(w[j]!)) {
    return { ...make('ancestor-typo', [quoteList([[w[j]!, t[j]!]]), rootNote()].filter(Boolean).join('; '), t.slice(0, w.length), false) };
  }
  return undefined;
}

const keysByFirstSegment = new WeakMap<readonly PackKey[], Map<string, PackKey[]>>();
const NO_KEYS: readonly PackKey[] = [];

/**
 * The keys `classifyAgainst` can match for a section: every near miss keeps the first segment, so
 * only keys with the same folded first segment (in their original order) need the full check.
 */
function candidateKeys(ref: SectionRef, keys: readonly PackKey[]): readonly PackKey[] {
  if (ref.foldedSegments.length === 0) return NO_KEYS;
  let byFirst = keysByFirstSegment.get(keys);
  if (!byFirst) {
    byFirst = new Map<string, PackKey[]>();
    for (const key of keys) {
      if (key.foldedSegments.length === 0) continue;
      const first = key.foldedSegments[0]!;
      const list = byFirst.get(first) ?? [];
      list.push(key);
      byFirst.set(first, list);
    }
    keysByFirstSegment.set(keys, byFirst);
  }
  return byFirst.get(ref.foldedSegments[0]!) ?? NO_KEYS;
}

const screens = new WeakMap<readonly PackKey[], Map<string, boolean>>();
const SCREEN_LIMIT = 20_000;

/**
 * A cheap test for a section before `classifyKeyNearMiss`: false when no key of `keys` passes the
 * filters that look at the path alone, which is what most sections of a big file get. The answer
 * is remembered per folded path (which spells the root and the segments), in a bounded Map of
 * strings: weak maps with an entry per section made full garbage collections slower.
 */
export function nearMissScreen(keys: readonly PackKey[]): (ref: SectionRef) => boolean {
  let known = screens.get(keys);
  if (!known) {
    known = new Map<string, boolean>();
    screens.set(keys, known);
  }
  const answers = known;
  return (ref) => {
    if (ref.deletion || !ref.pathSpan || !ref.root) return false;
    let answer = answers.get(ref.folded);
    if (answer === undefined) {
      answer = candidateKeys(ref, keys).some((key) => pathMayMiss(ref, key));
      if (answers.size >= SCREEN_LIMIT) answers.clear();
      answers.set(ref.folded, answer);
    }
    return answer;
  };
}

const PRIORITY: readonly KeyNearMissKind[] = ['abbreviated-root', 'hive', 'typo', 'values-on-parent', 'side', 'folder', 'ancestor-typo'];

/** The most likely intended pack key for a section, or undefined when it names none. */
export function classifyKeyNearMiss(input: NearMissInput, keys: readonly PackKey[]): KeyNearMiss | undefined {
  if (input.ref.deletion || !input.ref.pathSpan) return undefined;
  if (input.packKeys.has(input.ref.folded) && !isAbbreviation(input.ref.rootAsWritten)) return undefined;
  let best: KeyNearMiss | undefined;
  for (const key of candidateKeys(input.ref, keys)) {
    const found = classifyAgainst(input, key);
    if (!found) continue;
    if (found.kind === 'side' && input.packKeys.has(input.ref.folded)) continue;
    if (!best || PRIORITY.indexOf(found.kind) < PRIORITY.indexOf(best.kind)) best = found;
  }
  return best;
}
