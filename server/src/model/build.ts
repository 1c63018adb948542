import type { KeyLine, LineNode, RegDocument, ValueLine, Win31Line } from '../parser/ast';
import { traceOf } from '../parser/parseTrace';
import { isStringType, storedStringBytes, utf16z } from './bytes';
import { lastHexByteEnd } from './lastHexByte';
import type { KeySection, ModelProblem, Operation, RegistryPath, RegModel, SetValueOp, TextSpan } from './types';
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

  toJSON(): object {
    return { kind: this.kind, line: this.line, span: this.span, section: this.section, path: this.path, pathSpan: this.pathSpan };
  }
}

/**
 * A setValue operation whose bytes are made on first access: most consumers look at a
 * few values, and one Uint8Array per value dominates the cost of modelling a big file.
 */
class SetValueOperation implements SetValueOp {
  readonly kind = 'setValue' as const;

  constructor(
    readonly line: number,
    readonly section: number,
    readonly path: RegistryPath,
    readonly name: string,
    readonly type: number,
    readonly form: SetValueOp['form'],
    private readonly source: ValueLine,
    private stored: Uint8Array | null,
  ) {}

  get span(): TextSpan {
    return { offset: this.source.contentStart, length: this.source.end - this.source.contentStart };
  }

  get nameSpan(): TextSpan {
    return this.source.nameSpan;
  }

  get dataSpan(): TextSpan {
    return this.source.dataSpan;
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

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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
  const sections: Mutable<KeySection>[] = resume ? resume.sections : [];
  const problems: ModelProblem[] = resume ? resume.problems : [];
  const codePage = doc.decoded.unicode ? 'utf-16le' : doc.decoded.encoding;
  let current: RegistryPath | null = null;
  let noKey: NoKey = { reason: 'start' };
  // When resuming, the section before the resume line was closed by the build that made it.
  let lastContent: LineNode | null = null;
  const closeSection = (): void => {
    const section = sections[sections.length - 1];
    if (!section || !lastContent) return;
    const end = lastContent.kind === 'value' ? lastContent.end : lastContent.span.offset + lastContent.span.length;
    const eolLength = lineBreakLengthAt(doc.text, end);
    section.insertAt = end + eolLength;
  };
  const lines = doc.lines;
  for (let i = resume ? resume.line : 0; i < lines.length; i++) {
    const node = lines[i];
    if (node.kind === 'key' || node.kind === 'win31') {
      closeSection();
      lastContent = node;
      const section = keySection(node);
      sections.push(section);
      if (node.kind === 'win31') {
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
    if (node.kind !== 'blank') lastContent = node;
    if (node.kind !== 'value') continue;
    const section = sections[sections.length - 1];
    if (section && section.indent === '' && node.contentStart > node.span.offset) section.indent = doc.text.slice(node.span.offset, node.contentStart);
    if (!node.valid || node.name === null) continue;
    if (!current) {
      if (doc.imports) problems.push(droppedValue(node, noKey));
      continue;
    }
    if (!doc.imports) continue;
    const op = valueOperation(doc, node, current, sections.length - 1, codePage, problems);
    if (op) operations.push(op);
  }
  closeSection();
  const model = { imports: doc.imports, operations, sections, problems };
  // Only editor versions (parsed with a trace) have a next version to build from.
  if (traceOf(doc)) models.set(doc, model);
  return model;
}

/** Length of the prefix of `items` for which `before` holds (it holds for a prefix only). */
function countBefore<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The model built for each syntax tree, for the next version's build to start from. */
const models = new WeakMap<RegDocument, RegModel>();

/**
 * Where a build for `doc` can start from the model of `previous` (an earlier parse of the same
 * document that `doc` shares its first lines with, as the incremental parser makes them): the last
 * key line that sets the current key (so no state flows into it) before the first line that is not
 * the same node. Everything before it (operations, sections, problems) is the previous model's.
 */
function resumePoint(doc: RegDocument, previous: RegDocument): { line: number; operations: Operation[]; sections: Mutable<KeySection>[]; problems: ModelProblem[] } | undefined {
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
    sections: model.sections.slice(0, sectionCount) as Mutable<KeySection>[],
    problems: problems.slice(0, problemCount),
  };
}

function lineBreakLengthAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === 13) return text.charCodeAt(at + 1) === 10 ? 2 : 1;
  return c === 10 ? 1 : 0;
}

function keySection(node: KeyLine | Win31Line): Mutable<KeySection> {
  const end = node.span.offset + node.span.length;
  return {
    line: node.line,
    span: spanOf(node.span.offset, end),
    path: node.path,
    deletion: node.kind === 'key' ? node.deletion : false,
    opened: node.kind === 'win31' && node.path !== null,
    insertAt: end + node.eol.length,
    indent: '',
  };
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
  if (node.dataKind === 'string') return new SetValueOperation(line, section, path, name, RegType.SZ, 'string', node, null);
  if (node.dataKind === 'dword') return new SetValueOperation(line, section, path, name, RegType.DWORD, 'dword', node, null);
  if (node.dataKind !== 'hex') return null;
  if (!isStringType(node.type)) return new SetValueOperation(line, section, path, name, node.type, 'hex', node, null);
  const raw = node.bytes ?? new Uint8Array(0);
  let data = raw;
  if (raw.length > 0) {
    if (doc.decoded.unicode && raw.length % 2 === 1) {
      problems.push({ code: 'REG020', offset: node.dataSpan.offset, length: node.dataSpan.length, message: `regedit misreads this value: in a UTF-16 file ${node.type === 7 ? 'hex(7)' : `hex(${node.type})`} data is UTF-16LE code units, so the byte count must be even (found ${raw.length})` });
    }
    data = traceOf(doc) ? storedBytesOf(raw, doc.decoded.unicode, codePage) : storedStringBytes(raw, doc.decoded.unicode, codePage);
    if (node.type === RegType.MULTI_SZ) checkMultiSz(doc, node, raw, data, problems);
  }
  return new SetValueOperation(line, section, path, name, node.type, 'hex', node, data);
}

/**
 * What the registry stores for a value's raw bytes, remembered per raw byte view: the incremental
 * parser keeps (or moves) the nodes of unchanged lines with their views, so after an edit only the
 * values on edited lines are converted again. Raw and stored bytes are never written to.
 */
const storedCache = new WeakMap<Uint8Array, { unicode: boolean; codePage: string; stored: Uint8Array }>();

function storedBytesOf(raw: Uint8Array, unicode: boolean, codePage: string): Uint8Array {
  const cached = storedCache.get(raw);
  if (cached && cached.unicode === unicode && cached.codePage === codePage) return cached.stored;
  const stored = storedStringBytes(raw, unicode, codePage);
  storedCache.set(raw, { unicode, codePage, stored });
  return stored;
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
