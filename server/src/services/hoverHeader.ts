/** Hover on the header line: which format the file is in, and how its encoding changes what hex strings mean. */
import type { HeaderLine, RegDocument } from '../parser/ast';

const KIND_TEXT: Readonly<Record<HeaderLine['headerKind'], string>> = {
  v5: 'Version 5 file (Windows 2000 and later).',
  v4: 'Version 4 file (Windows 95/NT 4.0 format, still accepted by every later Windows).',
  win31: 'Windows 3.1 format: only lines that start, in column 1, with `HKEY_CLASSES_ROOT` set a default value; there are no `[keys]`, quotes or types.',
  regeditPrefixed: '**regedit imports nothing**: it accepts a header that starts with `REGEDIT` but is not `REGEDIT4` or `REGEDIT`, and then reads no line.',
  invalid: '**regedit imports nothing**: the first line must be exactly `Windows Registry Editor Version 5.00` or `REGEDIT4` (case-sensitive, nothing after it).',
};

export function headerMarkdown(doc: RegDocument, node: HeaderLine): string {
  const sections = [`**Header** · ${KIND_TEXT[node.headerKind]}`];
  const decoded = doc.decoded;
  if (decoded.unicode) {
    sections.push('Encoding: UTF-16LE with byte order mark, regedit\'s Unicode mode: the bytes of `hex(1)`, `hex(2)` and `hex(7)` values are UTF-16LE characters (two bytes each).');
  } else if (doc.imports) {
    sections.push(`Encoding: ANSI (${decoded.encoding}): regedit reads the bytes of \`hex(1)\`, \`hex(2)\` and \`hex(7)\` values as ${decoded.encoding} characters (one byte each) and stores them as UTF-16LE.`);
  }
  for (const problem of decoded.problems) sections.push(problem.message);
  return sections.join('\n\n');
}
