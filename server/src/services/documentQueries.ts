/** Look-ups the editor features share: which line node, operation or key section a place belongs to. */
import type { KeySection, Operation, RegModel } from '../model/types';
import type { LineNode, RegDocument, ValueLine } from '../parser/ast';

/** The node of a 0-based LSP line, or undefined past the end. */
export function lineNodeAt(doc: RegDocument, line0: number): LineNode | undefined {
  return doc.lines[line0];
}

/** The value line that owns a line: the value itself or, for a continuation, the value it continues. */
export function owningValue(doc: RegDocument, node: LineNode | undefined): ValueLine | undefined {
  if (!node) return undefined;
  if (node.kind === 'value') return node;
  if (node.kind === 'continuation') {
    const owner = doc.lines[node.owner];
    return owner?.kind === 'value' ? owner : undefined;
  }
  return undefined;
}

/** The operation a 1-based line produced (operations are in file order), or undefined. */
export function operationAtLine(model: RegModel, line: number): Operation | undefined {
  const ops = model.operations;
  let lo = 0;
  let hi = ops.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = ops[mid]!.line;
    if (l === line) return ops[mid];
    if (l < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** Index of the key section a 1-based line belongs to (the last key line at or before it), or -1 before the first key. */
export function sectionIndexAtLine(model: RegModel, line: number): number {
  const sections = model.sections;
  let lo = 0;
  let hi = sections.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid]!.line <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function sectionAtLine(model: RegModel, line: number): KeySection | undefined {
  const i = sectionIndexAtLine(model, line);
  return i >= 0 ? model.sections[i] : undefined;
}

/** True when the offset lies in [offset, offset + length], ends included (a cursor just after a word is on it). */
export function spanContains(span: { offset: number; length: number }, offset: number): boolean {
  return offset >= span.offset && offset <= span.offset + span.length;
}

/**
 * Index of the section whose key regedit has open at a 1-based line: a malformed key line (`[ HKEY…`, no `]`) is
 * ignored, so the key opened before it stays open. -1 when no key is open (before the first key, after a
 * deletion or a key that cannot be opened).
 */
export function openSectionIndexAtLine(doc: RegDocument, model: RegModel, line: number): number {
  for (let i = sectionIndexAtLine(model, line); i >= 0; i--) {
    const section = model.sections[i]!;
    const node = doc.lines[section.line - 1];
    if (node?.kind === 'key' && node.status === 'malformed') continue;
    return section.opened && !section.deletion && section.path ? i : -1;
  }
  return -1;
}
