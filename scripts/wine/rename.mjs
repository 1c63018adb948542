// Gives each (fixture, importer) run its own registry subtree so that many fixtures can be
// imported in one wineserver session: every `\Demo` (any case) in key paths becomes `\ZzNN`, and
// `\.demo` (Windows 3.1 fixtures, HKEY_CLASSES_ROOT) becomes `\.ZzNN`. Same length, nothing
// else in the file changes. Files that cannot be decoded this way are run as they are.

const PATTERN = /\\(\.?)demo/gi;

export function runTag(index) {
  return `Zz${index.toString(36).padStart(2, '0')}`;
}

export function renameInText(text, tag) {
  return text.replace(PATTERN, (_m, dot) => `\\${dot}${tag}`);
}

/** The fixture bytes with the Demo key renamed, or null when the encoding is not one we can rewrite. */
export function renameInBytes(bytes, tag) {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = bytes.subarray(2).toString('utf16le');
    if (Buffer.from(text, 'utf16le').length !== bytes.length - 2) return null;
    return Buffer.concat([bytes.subarray(0, 2), Buffer.from(renameInText(text, tag), 'utf16le')]);
  }
  if (bytes.length >= 2 && (bytes[1] === 0 || bytes[0] === 0xfe)) return null; // UTF-16 without FF FE
  return Buffer.from(renameInText(bytes.toString('latin1'), tag), 'latin1');
}

export function renameOperations(operations, tag) {
  return operations.map((op) => ({ ...op, key: renameInText(op.key, tag) }));
}
