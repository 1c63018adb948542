/** regedit's layout of hex data (reg-format.md section 12), so a formatted value looks like an export. */
import { byteHex } from './decodeData';

/** regedit wraps once a line reaches this many characters. */
const WRAP_AT = 77;

/**
 * Lower-case bytes separated by commas; after a comma that brings the line to 77 characters or more, `\`, a line
 * break and two spaces. `startColumn` is the length of what precedes the first byte (`"name"=hex:`). The last byte
 * never gets a comma, so it never starts a new line.
 */
export function wrapHexBytes(bytes: Uint8Array, startColumn: number, eol: string): string {
  const parts: string[] = [];
  let column = startColumn;
  const last = bytes.length - 1;
  for (let i = 0; i <= last; i++) {
    if (i === last) {
      parts.push(byteHex(bytes[i]!));
      break;
    }
    column += 3;
    if (column >= WRAP_AT) {
      parts.push(`${byteHex(bytes[i]!)},\\${eol}  `);
      column = 2;
    } else parts.push(`${byteHex(bytes[i]!)},`);
  }
  return parts.join('');
}
