/**
 * Fixes as data: text edits against the original text that insert a value into a key
 * section, insert a whole key section, replace data in place or drop a line. The caller
 * applies them with applyFixes and re-encodes; edits never touch the encoding.
 */
import type { TextEdit } from '../findings/types';
import type { TextSpan } from '../model/types';
import { valueSeparator, type FileIndex } from './fileIndex';

function quoteName(name: string): string {
  return name === '' ? '@' : `"${name.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function endsWithLineBreak(text: string, at: number): boolean {
  const c = text[at - 1];
  return c === '\n' || c === '\r';
}

export function valueLine(index: FileIndex, sectionIndex: number | undefined, name: string, data: string): string {
  const indent = sectionIndex === undefined ? '' : index.sections[sectionIndex]!.section.indent;
  const sep = sectionIndex === undefined ? '=' : valueSeparator(index, sectionIndex);
  return `${indent}${quoteName(name)}${sep}${data}`;
}

/** Inserts a value line at the end of an existing key section, in the section's own style. */
export function insertValueEdit(index: FileIndex, sectionIndex: number, name: string, data: string): TextEdit {
  const at = index.sections[sectionIndex]!.section.insertAt;
  const line = valueLine(index, sectionIndex, name, data);
  const atEndWithoutBreak = at === index.text.length && !endsWithLineBreak(index.text, at);
  return { offset: at, length: 0, newText: atEndWithoutBreak ? `${index.eol}${line}` : `${line}${index.eol}` };
}

function lineStart(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r') at--;
  return at;
}

/** Start of the run of `;` comment lines right above `at` (they describe the key below). */
function commentBlockStart(text: string, at: number, floor: number): number {
  let start = at;
  while (start > floor) {
    const prev = lineStart(text, start - (text.startsWith('\r\n', start - 2) ? 2 : 1));
    if (prev < floor || !text.slice(prev, start).trimStart().startsWith(';')) break;
    start = prev;
  }
  return start;
}

function endsWithBlankLine(text: string, at: number): boolean {
  return /(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)$/.test(text.slice(Math.max(0, at - 8), at));
}

/**
 * Where a new key section goes, always at a spot no other insertion uses (so insertions at
 * one offset never depend on their order):
 * - right after a key deletion it must follow;
 * - after `anchor` (its closest relative), before the blank line(s) that end that section;
 * - otherwise before the first key line: never right after the header, where it would
 *   capture value lines that regedit drops for want of a key.
 */
export function insertSectionEdit(index: FileIndex, anchor: number | undefined, keyText: string, lines: readonly string[]): TextEdit | undefined {
  const { text, eol } = index;
  const body = `[${keyText}]${eol}${lines.map((l) => `${l}${eol}`).join('')}`;
  if (anchor !== undefined && index.sections[anchor]!.deletion) {
    // Nothing else is ever inserted into a deletion section, so its insertAt is free.
    const at = index.sections[anchor]!.section.insertAt;
    return { offset: at, length: 0, newText: `${endsWithLineBreak(text, at) ? '' : eol}${eol}${body}` };
  }
  if (anchor !== undefined) {
    const a = index.sections[anchor]!.section;
    const next = index.sections[anchor + 1];
    const at = next ? next.section.span.offset : text.length;
    const gap = text.slice(a.insertAt, at);
    if (at > a.insertAt && gap.trim() === '' && endsWithLineBreak(text, at)) {
      return { offset: at, length: 0, newText: `${body}${eol}` };
    }
  }
  if (index.headerSpan.length === 0) return undefined;
  const first = index.sections[0];
  if (first) {
    const at = commentBlockStart(text, lineStart(text, first.section.span.offset), index.headerEnd);
    return { offset: at, length: 0, newText: `${endsWithBlankLine(text, at) || at === index.headerEnd ? '' : eol}${body}${eol}` };
  }
  const at = text.length;
  return { offset: at, length: 0, newText: `${endsWithLineBreak(text, at) ? '' : eol}${eol}${body}` };
}

export function replaceEdit(span: TextSpan, newText: string): TextEdit {
  return { offset: span.offset, length: span.length, newText };
}

/** Removes the whole line(s) of `span` including the line break after it. */
export function removeLineEdit(text: string, span: TextSpan): TextEdit {
  let start = span.offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = span.offset + span.length;
  if (text.startsWith('\r\n', end)) end += 2;
  else if (text[end] === '\n' || text[end] === '\r') end += 1;
  return { offset: start, length: end - start, newText: '' };
}
