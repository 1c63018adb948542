import type { RegDocument, ValueLine } from '../parser/ast';
import { indexInRange, isHexDigit } from '../parser/context';

/**
 * Offset just after the last hex byte of a valid hex value's data, or -1 when it has none. Read
 * from the text rather than the tokens (which the lint path does not record): in a valid value the
 * data lines hold only hex digits, commas, blanks and the continuation backslash before any `;`
 * comment, so the last hex digit outside comments ends the last byte.
 */
export function lastHexByteEnd(doc: RegDocument, node: ValueLine): number {
  const text = doc.text;
  const first = node.line - 1;
  const dataEnd = node.dataSpan.offset + node.dataSpan.length;
  for (let i = node.lastLine - 1; i >= first; i--) {
    const line = doc.lines[i];
    if (i > first && (line.kind !== 'continuation' || line.role !== 'data')) continue;
    // On the value's own line the bytes follow the `hex:` or `hex(N):` prefix.
    const from = i === first ? text.indexOf(':', node.dataSpan.offset) + 1 : line.contentStart;
    let to = Math.min(line.span.offset + line.span.length, dataEnd);
    const comment = indexInRange(text, 59, from, to);
    if (comment >= 0) to = comment;
    for (let j = to - 1; j >= from; j--) if (isHexDigit(text.charCodeAt(j))) return j + 1;
  }
  return -1;
}
