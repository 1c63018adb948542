/**
 * The canonical text of one value line regedit accepts: no indentation, no spaces around `=`, 8-digit lower-case
 * DWORDs, hex data in regedit's wrapping. The stored name, type and bytes stay exactly as they were.
 */
import type { TextEdit } from '../findings/types';
import type { RegDocument, ValueLine } from '../parser/ast';
import { indexInRange } from '../parser/context';
import { byteHex, hexPrefix } from './decodeData';
import { wrapHexBytes } from './formatHex';

/**
 * Whether a hex value has a comment or a skipped line before its last line (rewrapping would lose it), or ends
 * the file with `,\` followed only by skipped lines (removing the `\` would turn those into lines of their own).
 */
function hasInnerComments(doc: RegDocument, node: ValueLine, index: number): boolean {
  const after = doc.lines[index + (node.lastLine - node.line) + 1];
  if (after?.kind === 'continuation' && after.owner === index) return true;
  for (let i = index + 1; i < index + (node.lastLine - node.line); i++) {
    const line = doc.lines[i];
    if (line?.kind !== 'continuation' || line.role !== 'data') return true;
  }
  // Every line before the last is a data line ending in `,\`: a `;` in what regedit reads of it starts a comment.
  for (let i = index; i < index + (node.lastLine - node.line); i++) {
    const line = doc.lines[i];
    if (indexInRange(doc.text, 59, i === index ? node.dataSpan.offset : line.contentStart, line.span.offset + line.span.length) >= 0) return true;
  }
  return false;
}

/** What follows the data on its last line (a `;` comment), without trailing blanks. */
function tail(doc: RegDocument, node: ValueLine): string {
  return doc.text.slice(node.dataSpan.offset + node.dataSpan.length, node.end).trimEnd();
}

function dwordDigits(bytes: Uint8Array): string {
  return Array.from(bytes).reverse().map(byteHex).join('');
}

/**
 * The edit that puts a valid value line (with its continuation lines) in canonical form, or null when it already
 * is. `index` is the node's index in doc.lines; `eol` is the line break for wrapped hex data.
 */
export function formatValueLine(doc: RegDocument, node: ValueLine, index: number, eol: string): TextEdit | null {
  const text = doc.text;
  const name = text.slice(node.nameSpan.offset, node.nameSpan.offset + node.nameSpan.length);
  const head = `${name}=`;
  let replaceEnd = node.end;
  let body: string;
  switch (node.dataKind) {
    case 'string':
    case 'delete':
      body = text.slice(node.dataSpan.offset, node.dataSpan.offset + node.dataSpan.length) + tail(doc, node);
      break;
    case 'dword':
      body = `dword:${dwordDigits(node.bytes!)}${tail(doc, node)}`;
      break;
    case 'hex': {
      if (hasInnerComments(doc, node, index)) {
        // Keep the data lines as they are; only the name part of the first line is normalized.
        body = '';
        replaceEnd = node.dataSpan.offset;
        break;
      }
      const prefix = hexPrefix(node.type);
      body = prefix + wrapHexBytes(node.bytes!, head.length + prefix.length, eol) + tail(doc, node);
      break;
    }
    default:
      return null;
  }
  const newText = head + body;
  const start = node.span.offset;
  if (text.slice(start, replaceEnd) === newText) return null;
  return { offset: start, length: replaceEnd - start, newText };
}
