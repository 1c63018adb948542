// Turns a case definition into the exact bytes of its .reg file.
//
// Text in a case is a JavaScript string. For ANSI files every character stands for one byte
// (latin1), so '\x80' is the byte 80 (the euro sign in Windows-1252). For UTF-16LE files the
// characters are UTF-16 code units.

export const PREAMBLE = ['', '[HKEY_CURRENT_USER\\Software\\Demo]'];

/**
 * Case fields used here (all optional except one of body/lines/text/bytes):
 *   header   first line, default 'REGEDIT4'
 *   body     lines after the header, a blank line and [HKEY_CURRENT_USER\Software\Demo]
 *   lines    all lines after the header (no standard preamble)
 *   text     the whole decoded text, line breaks included (header too)
 *   eol      line break between lines, default '\r\n'
 *   finalEol whether the last line ends with `eol`, default true
 *   encoding 'ansi' (default) | 'utf-16le'
 *   bom      for utf-16le: write FF FE first (default true)
 *   prefix   raw bytes written before everything (e.g. a UTF-8 BOM)
 *   codePage ANSI code page the file is read with (explain's codePage option; default Windows-1252).
 *            It does not change the bytes: ANSI text is always written byte for byte.
 */
export function caseText(def) {
  if (def.text !== undefined) return def.text;
  const eol = def.eol ?? '\r\n';
  const lines = [def.header ?? 'REGEDIT4', ...(def.lines ?? [...PREAMBLE, ...def.body])];
  return lines.join(eol) + ((def.finalEol ?? true) ? eol : '');
}

export function caseBytes(def) {
  const text = caseText(def);
  const encoding = def.encoding ?? 'ansi';
  const parts = [];
  if (def.prefix) parts.push(Buffer.from(def.prefix));
  if (encoding === 'utf-16le') {
    if (def.bom ?? true) parts.push(Buffer.from([0xff, 0xfe]));
    parts.push(Buffer.from(text, 'utf16le'));
  } else if (encoding === 'ansi') {
    if ([...text].some((c) => c.charCodeAt(0) > 0xff)) throw new Error(`${def.id}: ANSI text has a char above U+00FF`);
    parts.push(Buffer.from(text, 'latin1'));
  } else {
    throw new Error(`${def.id}: unknown encoding ${encoding}`);
  }
  return Buffer.concat(parts);
}
