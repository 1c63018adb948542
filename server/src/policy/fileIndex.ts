/**
 * One pass over a file's model and text that the pack evaluator reads from: the key each
 * section names (also for sections the model could not resolve, such as `[HKLM\...]`),
 * the operations by key and value, and where inserted text goes.
 */
import type { DeleteKeyOp, KeySection, Operation, RegistryPath, RegModel, SetValueOp, TextSpan } from '../model/types';
import { detectLineBreak } from './context';
import { foldName, readRawKeyLine } from './registryPaths';

export interface SectionRef {
  readonly index: number;
  readonly section: KeySection;
  /** Full root name (abbreviations expanded), or undefined when the line names no root. */
  readonly root: string | undefined;
  readonly rootAsWritten: string;
  readonly segments: readonly string[];
  /** `segments` case-folded. */
  readonly foldedSegments: readonly string[];
  /** Folded `root\segments`; '' when there is no root. */
  readonly folded: string;
  /** Span of the path text between the brackets. */
  readonly pathSpan: TextSpan | undefined;
  readonly deletion: boolean;
  /** True when the model has this section's values (regedit opened the key). */
  readonly imported: boolean;
  /** Value names written in the section; read from the text when the model has none. */
  readonly valueNames: readonly string[];
}

export interface FileIndex {
  readonly text: string;
  readonly eol: string;
  readonly sections: readonly SectionRef[];
  readonly operations: readonly Operation[];
  /** The key deletions among `operations`, in file order. */
  readonly keyDeletions: readonly DeleteKeyOp[];
  /** Offset just after the header line's line break (new key sections go here as a last resort). */
  readonly headerEnd: number;
  /** Span of the header line (advisories are anchored there). */
  readonly headerSpan: TextSpan;
}

function foldPath(root: string, segments: readonly string[]): string {
  return foldName([root, ...segments].join('\\'));
}

function headerSpans(text: string): { headerEnd: number; headerSpan: TextSpan } {
  const line = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  let m: RegExpExecArray | null;
  while ((m = line.exec(text)) !== null) {
    if (m[1]!.replace(/^\uFEFF/, '').trim() !== '') {
      return { headerEnd: m.index + m[0].length, headerSpan: { offset: m.index, length: m[1]!.length } };
    }
    if (m[2] === '') break;
  }
  return { headerEnd: text.length, headerSpan: { offset: 0, length: 0 } };
}

// `"name" =` followed by anything but a lone `-` (a deletion does not supply the value).
const VALUE_NAME_AT_LINE_START = /^[ \t]*"((?:[^"\\]|\\.)*)"[ \t]*=(?![ \t]*-[ \t]*(?:;|$))/gm;

/** Names of the values set in a section the model did not open (best effort, for fixes only). */
function scanValueNames(text: string, from: number, to: number): string[] {
  const names: string[] = [];
  const body = text.slice(from, to);
  VALUE_NAME_AT_LINE_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VALUE_NAME_AT_LINE_START.exec(body)) !== null) names.push(m[1]!.replace(/\\(.)/g, '$1'));
  return names;
}

interface FoldedPath {
  readonly segments: readonly string[];
  readonly foldedSegments: readonly string[];
  readonly folded: string;
}

/**
 * A key path's segments and folded forms, remembered per spelling (as opened, and as refused): an
 * edit keeps the paths of unchanged key lines, so it folds only the paths of the lines it touched.
 * A Map of strings, bounded, rather than a WeakMap of path objects: thousands of weak entries made
 * every full garbage collection of an editor session slower.
 */
const foldedPaths = new Map<string, FoldedPath>();
const FOLDED_PATHS_LIMIT = 20_000;

function foldedPathOf(path: RegistryPath, opened: boolean, remember: boolean): FoldedPath {
  if (!remember) return foldPathOnce(path, opened);
  // The text spells the root in full and keeps empty segments; `opened` decides whether they count.
  const key = opened ? path.text : `\u0000${path.text}`;
  let folded = foldedPaths.get(key);
  if (folded === undefined) {
    folded = foldPathOnce(path, opened);
    if (foldedPaths.size >= FOLDED_PATHS_LIMIT) foldedPaths.clear();
    foldedPaths.set(key, folded);
  }
  return folded;
}

function foldPathOnce(path: RegistryPath, opened: boolean): FoldedPath {
  // A key regedit refused for an empty segment (`Microsoft\\.NETFramework`, mistake M21) still
  // names the key its author meant; the syntax rules fix the doubled backslash.
  const segments = opened ? path.segments : path.segments.filter((s) => s !== '');
  return { segments, foldedSegments: segments.map(foldName), folded: foldPath(path.root, segments) };
}

function valueNamesOf(ops: readonly Operation[]): string[] {
  const names: string[] = [];
  for (const op of ops) if (op.kind === 'setValue' || op.kind === 'deleteValue') names.push(op.name);
  return names;
}

/** The section references of the last index built with `remember` (the editor's last edit). */
let lastSections: readonly SectionRef[] | undefined;

/** `remember`: keep the folded paths and section references for the next version of this text (editor documents). */
export function buildFileIndex(model: RegModel, text: string, eol?: string, remember = false): FileIndex {
  // Where each section's operations are (they come section by section): typed arrays indexed by
  // section number, and the names and key operation looked up only for the references made anew.
  const operations = model.operations;
  const count = model.sections.length;
  const firstOp = new Int32Array(count).fill(-1);
  const endOp = new Int32Array(count);
  const keyDeletions: DeleteKeyOp[] = [];
  for (let i = 0; i < operations.length; i++) {
    const op = operations[i];
    if (op.section < 0 || op.section >= count) continue;
    if (firstOp[op.section] < 0) firstOp[op.section] = i;
    endOp[op.section] = i + 1;
    if (op.kind === 'deleteKey') keyDeletions.push(op);
  }
  const opsOf = (index: number): Operation[] => {
    const out: Operation[] = [];
    for (let i = firstOp[index]; i >= 0 && i < endOp[index]; i++) if (operations[i].section === index) out.push(operations[i]);
    return out;
  };
  // After an edit the model keeps the section objects before the edit: so do their references.
  const previous = remember ? lastSections : undefined;
  const sections = model.sections.map((section, index) => (previous?.[index]?.section === section ? previous[index] : sectionRef(section, index)));
  if (remember) lastSections = sections;
  return { text, eol: eol ?? detectLineBreak(text), sections, operations: model.operations, keyDeletions, ...headerSpans(text) };

  function sectionRef(section: KeySection, index: number): SectionRef {
    const ops = opsOf(index);
    const keyOp = ops.find((op): op is DeleteKeyOp | Extract<Operation, { kind: 'createKey' }> => op.kind === 'createKey' || op.kind === 'deleteKey');
    const next = model.sections[index + 1];
    if (section.path) {
      const { segments, foldedSegments, folded } = foldedPathOf(section.path, section.opened, remember);
      return {
        index,
        section,
        root: section.path.root,
        rootAsWritten: section.path.rootAsWritten,
        segments,
        foldedSegments,
        folded,
        pathSpan: keyOp?.pathSpan ?? readRawKeyLine(text, section.span.offset, section.span.length),
        deletion: section.deletion,
        imported: section.opened && !section.deletion,
        valueNames: section.opened ? valueNamesOf(ops) : scanValueNames(text, section.span.offset + section.span.length, next ? next.span.offset : text.length),
      };
    }
    const raw = section.deletion ? undefined : readRawKeyLine(text, section.span.offset, section.span.length);
    return {
      index,
      section,
      root: raw?.root,
      rootAsWritten: raw?.rootAsWritten ?? '',
      segments: raw?.segments ?? [],
      foldedSegments: (raw?.segments ?? []).map(foldName),
      folded: raw?.root ? foldPath(raw.root, raw.segments) : '',
      pathSpan: raw,
      deletion: section.deletion,
      imported: false,
      valueNames: scanValueNames(text, section.span.offset + section.span.length, next ? next.span.offset : text.length),
    };
  }
}

/** The `=` with the spaces around it that a section's value lines use (the article writes ` = `). */
export function valueSeparator(index: FileIndex, sectionIndex: number): string {
  for (const op of index.operations) {
    if (op.section !== sectionIndex || op.kind !== 'setValue') continue;
    const between = index.text.slice(op.nameSpan.offset + op.nameSpan.length, (op as SetValueOp).dataSpan.offset);
    if (/^[ \t]*=[ \t]*$/.test(between)) return between;
  }
  return '=';
}
