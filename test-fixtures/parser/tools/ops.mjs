// Builders for the expected operations of a fixture, in the shape of `reg-policy explain --json`.
// The data encoders are deliberately naive (they restate the storage rules of reg-format.md
// section 7) so that a fixture reads like the spec; Wine checks them independently.

export const HKCU = 'HKEY_CURRENT_USER';
export const DEMO = `${HKCU}\\Software\\Demo`;

/** `[HKEY_CURRENT_USER\Software\Demo]` on line 3, the key every standard fixture opens first. */
export const DEMO_KEY = createKey(DEMO, 3);

export function createKey(key, line) {
  return { op: 'createKey', key, line };
}

export function deleteKey(key, line) {
  return { op: 'deleteKey', key, line };
}

export function setValue(key, name, type, data, line) {
  return { op: 'setValue', key, name, type, data, line };
}

export function deleteValue(key, name, line) {
  return { op: 'deleteValue', key, name, line };
}

/** Lower-case hex of the UTF-16LE code units of `text`, without terminator. */
export function utf16Hex(text) {
  return Buffer.from(text, 'utf16le').toString('hex');
}

/** REG_SZ as the registry stores it: UTF-16LE plus a two-byte NUL terminator. */
export function sz(name, text, line, key = DEMO) {
  return setValue(key, name, 1, utf16Hex(text) + '0000', line);
}

/** REG_DWORD: four bytes, little-endian. */
export function dword(name, value, line, key = DEMO) {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value);
  return setValue(key, name, 4, bytes.toString('hex'), line);
}

/** Any type with the stored bytes given as hex pairs, separators allowed ("de ad", "de,ad"). */
export function raw(name, type, bytes, line, key = DEMO) {
  return setValue(key, name, type, bytes.replace(/[^0-9a-fA-F]/g, '').toLowerCase(), line);
}

export function delValue(name, line, key = DEMO) {
  return deleteValue(key, name, line);
}

export function demoKey(subPath, line) {
  return createKey(`${DEMO}\\${subPath}`, line);
}
