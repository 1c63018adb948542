import { countBefore } from '../bisect';
import type { KeyLine, LineNode, RegDocument, ValueLine, Win31Line } from '../parser/ast';
import { isWs } from '../parser/context';
import { lineTableOf } from '../parser/document';
import { traceOf, type MovedTail } from '../parser/parseTrace';
import { mentionsLine, shiftProblem } from '../parser/movedProblem';
import { isStringType, storedStringBytes, utf16z } from './bytes';
import { lastHexByteEnd } from './lastHexByte';
import { KeyLineSection, type SectionInProgress } from './section';
import type { ModelProblem, Operation, RegistryPath, RegModel, SetValueOp, TextSpan } from './types';
import { RegType } from './types';

/** A createKey / deleteKey operation; spans come from the key line on access. */
class KeyOperation {
  readonly line: number;

  constructor(
    readonly kind: 'createKey' | 'deleteKey',
    readonly section: number,
    readonly path: RegistryPath,
    private readonly source: KeyLine,
  ) {
    this.line = source.line;
  }

  get span(): TextSpan {
    const line = this.source.span;
    return { offset: this.source.contentStart, length: line.offset + line.length - this.source.contentStart };
  }

  get pathSpan(): TextSpan {
    return this.source.pathSpan ?? this.source.span;
  }

  /** The same operation read from `source`, the key line moved by an edit, in section `section`. */
  moved(source: KeyLine, section: number): KeyOperation {
    return new KeyOperation(this.kind, section, this.path, source);
  }

  toJSON(): object {
    return { kind: this.kind, line: this.line, span: this.span, section: this.section, path: this.path, pathSpan: this.pathSpan };
  }
}

/**
 * A setValue operation whose bytes are made on first access: most consumers look at a
 * few values, and one Uint8Array per value dominates the cost of modelling a big file.
 * What the value line says (line, name, type, form) is read from it: four fields fewer per
 * value, and every object a big file's model keeps is one the garbage collector copies.
 */
class SetValueOperation implements SetValueOp {
  constructor(
    readonly section: number,
    readonly path: RegistryPath,
    /** A valid value line with a name and string, dword or hex data. */
    private readonly source: ValueLine,
    private stored: Uint8Array | null,
  ) {}

  get kind(): 'setValue' {
    return 'setValue';
  }

  get line(): number {
    return this.source.line;
  }

  get name(): string {
    return this.source.name ?? '';
  }

  get type(): number {
    return this.source.type;
  }

  get form(): SetValueOp['form'] {
    return this.source.dataKind as SetValueOp['form'];
  }

  get span(): TextSpan {
    return { offset: this.source.contentStart, length: this.source.end - this.source.contentStart };
  }

  get nameSpan(): TextSpan {
    return this.source.nameSpan;
  }

  get dataSpan(): TextSpan {
    return this.source.dataSpan;
  }

  /** The same operation read from `source`, the value line moved by an edit, in section `section` (the bytes are shared). */
  moved(source: ValueLine, section: number): SetValueOperation {
    return new SetValueOperation(section, this.path, source, this.stored);
  }

  get data(): Uint8Array {
    if (this.stored === null) {
      this.stored = this.form === 'string' ? utf16z(this.source.text ?? '') : (this.source.bytes ?? new Uint8Array(0));
    }
    return this.stored;
  }

  toJSON(): object {
    return { kind: this.kind, line: this.line, span: this.span, section: this.section, path: this.path, name: this.name, nameSpan: this.nameSpan, type: this.type, data: [...this.data], form: this.form, dataSpan: this.dataSpan };
  }
}

/** Why no key is current, for the "value dropped" message. */
type NoKey = { reason: 'start' } | { reason: 'deleted' | 'failed'; line: number };

const spanOf = (start: number, end: number): TextSpan => ({ offset: start, length: end - start });

/**
 * Runs regedit's current-key state machine over the syntax tree: operations in file
 * order with the exact bytes the registry stores, the key sections, and the problems
 * that depend on the import state. Nothing is imported when the document does not import.
 */
export function buildModel(doc: RegDocument, previous?: RegDocument): RegModel {
  const resume = previous ? resumePoint(doc, previous) : undefined;
  const operations: Operation[] = resume ? resume.operations : [];
  const sections: SectionInProgress[] = resume ? resume.sections : [];
  const problems: ModelProblem[] = resume ? resume.problems : [];
  const codePage = doc.decoded.unicode ? 'utf-16le' : doc.decoded.encoding;
  let current: RegistryPath | null = null;
  let noKey: NoKey = { reason: 'start' };
  // Where the current section's last line with content ends (before its line break), -1 for none yet.
  // When resuming, the section before the resume line was closed by the build that made it.
  let lastContentEnd = -1;
  const closeSection = (): void => {
    const section = sections[sections.length - 1];
    if (!section || lastContentEnd < 0) return;
    section.insertAt = lastContentEnd + lineBreakLengthAt(doc.text, lastContentEnd);
  };
  // A plain parse keeps its blank and continuation lines as rows of a line table: the build goes from one
  // line with content to the next, and takes where the continuation lines after one end from the table.
  const table = lineTableOf(doc);
  const lines = table ? [] : doc.lines;
  const count = table ? table.nodeCount : lines.length;
  // Past an edit the parser moved the old lines: from their first key line on, the old model is moved too.
  const tail = resume && previous ? movedTail(doc, previous) : undefined;
  for (let i = resume ? resume.line : 0; i < count; i++) {
    let node: LineNode;
    if (table) {
      const trail = i > 0 ? table.trailEnd(i - 1) : -1;
      if (trail >= 0) lastContentEnd = trail;
      node = table.nodeAt(i);
    } else {
      node = lines[i];
    }
    // Read once: lines are of many classes, so each read of `kind` is a slow (megamorphic) lookup.
    const { kind } = node;
    if (kind === 'continuation') {
      lastContentEnd = node.span.offset + node.span.length;
      continue;
    }
    if (kind === 'key' || kind === 'win31') {
      closeSection();
      const moved = tail && i >= tail.moved.from && kind === 'key' && node.status !== 'malformed' ? moveTail(doc, tail, i, sections.length) : undefined;
      if (moved) {
        const model = { imports: doc.imports, operations: operations.concat(moved.operations), sections: sections.concat(moved.sections), problems: problems.concat(moved.problems) };
        return finish(doc, model, { builtFrom: (resume?.line ?? 0) + 1, movedFrom: i + 1 });
      }
      const section = keySection(node);
      lastContentEnd = section.span.offset + section.span.length;
      sections.push(section);
      if (kind === 'win31') {
        if (doc.imports && node.path) {
          const span = spanOf(node.span.offset, node.span.offset + node.span.length);
          const section = sections.length - 1;
          operations.push({ kind: 'createKey', line: node.line, span, section, path: node.path, pathSpan: node.pathSpan });
          operations.push({ kind: 'setValue', line: node.line, span, section, path: node.path, name: '', nameSpan: node.pathSpan, type: RegType.SZ, data: utf16z(node.value), form: 'string', dataSpan: node.valueSpan });
        }
        continue;
      }
      if (node.status === 'malformed') continue;
      if (node.status === 'failed' || !node.path) {
        current = null;
        noKey = { reason: node.deletion ? 'deleted' : 'failed', line: node.line };
        continue;
      }
      if (node.deletion) {
        if (doc.imports) operations.push(new KeyOperation('deleteKey', sections.length - 1, node.path, node));
        current = null;
        noKey = { reason: 'deleted', line: node.line };
      } else {
        if (doc.imports) operations.push(new KeyOperation('createKey', sections.length - 1, node.path, node));
        section.opened = true;
        current = node.path;
      }
      continue;
    }
    if (kind === 'blank') continue;
    lastContentEnd = kind === 'value' ? node.end : node.span.offset + node.span.length;
    if (kind !== 'value') continue;
    const section = sections[sections.length - 1];
    // Indented when the character before the name is a blank (it is on the same line then): no span object per value.
    if (section && section.indent === '' && isWs(doc.text.charCodeAt(node.contentStart - 1))) section.indent = doc.text.slice(node.span.offset, node.contentStart);
    if (!node.valid || node.name === null) continue;
    if (!current) {
      if (doc.imports) problems.push(droppedValue(node, noKey));
      continue;
    }
    if (!doc.imports) continue;
    const op = valueOperation(doc, node, current, sections.length - 1, codePage, problems);
    if (op) operations.push(op);
  }
  const trail = table && count > 0 ? table.trailEnd(count - 1) : -1;
  if (trail >= 0) lastContentEnd = trail;
  closeSection();
  return finish(doc, { imports: doc.imports, operations, sections, problems }, { builtFrom: (resume?.line ?? 0) + 1 });
}

/** Which lines a build worked through (1-based): from `builtFrom` on, up to `movedFrom` when it moved the rest from the previous model. */
export interface BuildExtent {
  readonly builtFrom: number;
  readonly movedFrom?: number;
}

const extents = new WeakMap<RegModel, BuildExtent>();

/** How much of the model its build made (what it took or moved from the previous model is the rest); for tests and benchmarks. */
export function buildExtent(model: RegModel): BuildExtent | undefined {
  return extents.get(model);
}

function finish(doc: RegDocument, model: RegModel, extent: BuildExtent): RegModel {
  extents.set(model, extent);
  // Only editor versions (parsed with a trace) have a next version to build from.
  if (traceOf(doc)) models.set(doc, model);
  return model;
}

interface Tail {
  readonly moved: MovedTail;
  readonly previous: RegDocument;
  readonly model: RegModel;
}

/** What the incremental parser moved from `previous` into `doc`, with the model built for `previous`. */
function movedTail(doc: RegDocument, previous: RegDocument): Tail | undefined {
  const moved = traceOf(doc)?.moved;
  const model = models.get(previous);
  if (!moved || !model || moved.previous.deref() !== previous) return undefined;
  return { moved, previous, model };
}

/**
 * The previous model from the old key line that line `at` is (moved) on: its sections, operations
 * and problems, moved by the edit, for a model with `sectionCount` sections before them. The state of
 * the builder at a key line that sets the current key depends on that line alone, so what follows is
 * what a build would make again. Undefined when the old model does not start a section there, or when
 * line numbers in its messages would change. (Arrays of their final size: growing them by push left
 * copies for the collector on every edit.)
 */
function moveTail(doc: RegDocument, tail: Tail, at: number, sectionCount: number): Pick<RegModel, 'operations' | 'sections'> & { problems: ModelProblem[] } | undefined {
  const { delta, lineDelta } = tail.moved;
  const oldLine = at - tail.moved.from + tail.moved.oldFrom + 1;
  const old = tail.model;
  const firstSection = countBefore(old.sections, (s) => s.line < oldLine);
  if (old.sections[firstSection]?.line !== oldLine) return undefined;
  const oldStart = tail.previous.lines[oldLine - 1].span.offset;
  const oldProblems = old.problems ?? [];
  const firstProblem = countBefore(oldProblems, (p) => p.offset < oldStart);
  if (lineDelta !== 0 && oldProblems.slice(firstProblem).some(mentionsLine)) return undefined;
  const sectionDelta = sectionCount - firstSection;
  const sections = old.sections.slice(firstSection);
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    // Spelled out: an object spread here cost more than the rest of the move.
    sections[i] = { line: s.line + lineDelta, span: { offset: s.span.offset + delta, length: s.span.length }, path: s.path, deletion: s.deletion, opened: s.opened, insertAt: s.insertAt + delta, indent: s.indent };
  }
  const operations = old.operations.slice(countBefore(old.operations, (op) => op.line < oldLine));
  for (let i = 0; i < operations.length; i++) operations[i] = moveOperation(operations[i], doc.lines[operations[i].line - 1 + lineDelta], delta, sectionDelta);
  const problems = oldProblems.slice(firstProblem);
  for (let i = 0; i < problems.length; i++) problems[i] = shiftProblem(problems[i], delta);
  return { operations, sections, problems };
}

function moveOperation(op: Operation, source: LineNode, delta: number, sectionDelta: number): Operation {
  const section = op.section + sectionDelta;
  if (op instanceof KeyOperation) return op.moved(source as KeyLine, section);
  if (op instanceof SetValueOperation) return op.moved(source as ValueLine, section);
  const move = (span: TextSpan): TextSpan => ({ offset: span.offset + delta, length: span.length });
  if (op.kind === 'deleteValue') return { ...op, line: source.line, section, span: move(op.span), nameSpan: move(op.nameSpan), dataSpan: move(op.dataSpan) };
  // Windows 3.1 files are parsed in full, so their literal operations are never moved.
  throw new Error(`cannot move a ${op.kind} operation`);
}

/** The model built for each syntax tree, for the next version's build to start from. */
const models = new WeakMap<RegDocument, RegModel>();

/**
 * Where a build for `doc` can start from the model of `previous` (an earlier parse of the same
 * document that `doc` shares its first lines with, as the incremental parser makes them): the last
 * key line that sets the current key (so no state flows into it) before the first line that is not
 * the same node. Everything before it (operations, sections, problems) is the previous model's.
 */
function resumePoint(doc: RegDocument, previous: RegDocument): { line: number; operations: Operation[]; sections: SectionInProgress[]; problems: ModelProblem[] } | undefined {
  const model = models.get(previous);
  if (!model || doc.imports !== previous.imports || doc.decoded.unicode !== previous.decoded.unicode || doc.decoded.encoding !== previous.decoded.encoding) return undefined;
  const lines = doc.lines;
  const old = previous.lines;
  const shared = Math.min(lines.length, old.length);
  let firstNew = 0;
  while (firstNew < shared && lines[firstNew] === old[firstNew]) firstNew++;
  let line = firstNew - 1;
  while (line > 0) {
    const node = lines[line];
    if (node.kind === 'key' && node.status !== 'malformed') break;
    if (node.kind === 'win31') return undefined;
    line--;
  }
  if (line <= 0) return undefined;
  const number = lines[line].line;
  const start = lines[line].span.offset;
  // Sections and operations are in line order, problems in offset order: count those before by bisection.
  const sectionCount = countBefore(model.sections, (s) => s.line < number);
  if (model.sections[sectionCount]?.line !== number) return undefined;
  const opCount = countBefore(model.operations, (op) => op.line < number);
  const problems = model.problems ?? [];
  const problemCount = countBefore(problems, (p) => p.offset < start);
  return {
    line,
    operations: model.operations.slice(0, opCount),
    sections: model.sections.slice(0, sectionCount) as SectionInProgress[],
    problems: problems.slice(0, problemCount),
  };
}

function lineBreakLengthAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === 13) return text.charCodeAt(at + 1) === 10 ? 2 : 1;
  return c === 10 ? 1 : 0;
}

function keySection(node: KeyLine | Win31Line): KeyLineSection {
  const span = node.span;
  const end = span.offset + span.length;
  const section = new KeyLineSection(node.line, span.offset, end, node.path, node.kind === 'key' ? node.deletion : false, end + node.eol.length);
  section.opened = node.kind === 'win31' && node.path !== null;
  return section;
}

function droppedValue(node: ValueLine, noKey: NoKey): ModelProblem {
  const why = noKey.reason === 'start'
    ? 'no key is open yet (values before the first key line are dropped)'
    : noKey.reason === 'deleted'
      ? `no key is open: the [-...] line ${noKey.line} closes the current key`
      : `no key is open: regedit could not open the key on line ${noKey.line}`;
  return { code: 'REG008', offset: node.contentStart, length: node.end - node.contentStart, message: `regedit drops this value: ${why}` };
}

function valueOperation(doc: RegDocument, node: ValueLine, path: RegistryPath, section: number, codePage: string, problems: ModelProblem[]): Operation | null {
  const name = node.name ?? '';
  const line = node.line;
  if (node.dataKind === 'delete') return { kind: 'deleteValue', line, span: spanOf(node.contentStart, node.end), section, path, name, nameSpan: node.nameSpan, dataSpan: node.dataSpan };
  // The parser gives string data type 1 (REG_SZ) and dword data type 4 (REG_DWORD).
  if (node.dataKind === 'string' || node.dataKind === 'dword') return new SetValueOperation(section, path, node, null);
  if (node.dataKind !== 'hex') return null;
  if (!isStringType(node.type)) return new SetValueOperation(section, path, node, null);
  const raw = node.bytes ?? new Uint8Array(0);
  let data = raw;
  if (raw.length > 0) {
    if (doc.decoded.unicode && raw.length % 2 === 1) {
      problems.push({ code: 'REG020', offset: node.dataSpan.offset, length: node.dataSpan.length, message: `regedit misreads this value: in a UTF-16 file ${node.type === 7 ? 'hex(7)' : `hex(${node.type})`} data is UTF-16LE code units, so the byte count must be even (found ${raw.length})` });
    }
    data = storedStringBytes(raw, doc.decoded.unicode, codePage);
    if (node.type === RegType.MULTI_SZ) checkMultiSz(doc, node, raw, data, problems);
  }
  // Stored as written (a Unicode file's terminated UTF-16LE): the operation reads the node's bytes when asked, so
  // that a big export's model keeps no array per string value.
  return new SetValueOperation(section, path, node, data === raw ? null : data);
}

function checkMultiSz(doc: RegDocument, node: ValueLine, raw: Uint8Array, stored: Uint8Array, problems: ModelProblem[]): void {
  const n = stored.length;
  if (n <= 2 || (stored[n - 1] === 0 && stored[n - 2] === 0 && stored[n - 3] === 0 && stored[n - 4] === 0)) return;
  // Count the NUL characters already at the end (code units in a Unicode file, bytes in ANSI).
  const unit = doc.decoded.unicode ? 2 : 1;
  const padded = doc.decoded.unicode && raw.length % 2 === 1 ? 1 : 0;
  let zeros = 0;
  while (zeros < Math.floor(raw.length / unit) && raw.slice(raw.length - (zeros + 1) * unit, raw.length - zeros * unit).every((b) => b === 0)) zeros++;
  const missing = padded + Math.max(0, 2 - zeros) * unit;
  const lastByte = lastHexByteEnd(doc, node);
  const fixes = missing > 0 && lastByte >= 0
    ? [{ title: 'Add the final NUL terminator', edits: [{ offset: lastByte, length: 0, newText: ',00'.repeat(missing) }] }]
    : undefined;
  problems.push({
    code: 'REG021', offset: node.dataSpan.offset, length: node.dataSpan.length, severity: 'warning', fixes,
    message: 'this REG_MULTI_SZ does not end with an empty string (a double NUL); regedit adds only one terminator, and programs reading the list may run past its end',
  });
}
