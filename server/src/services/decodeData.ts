/**
 * Value data as a person reads it: numbers in decimal and hex, strings as text, binary as a short hex dump.
 * Works on the exact bytes the registry stores (model SetValueOp.data).
 */
import { RegType } from '../model/types';

export { typeName } from '../model/bytes';

/** The prefix regedit writes for a type: `hex:` for REG_BINARY, `hex(N):` otherwise (N lower-case, unpadded). */
export function hexPrefix(type: number): string {
  return type === RegType.BINARY ? 'hex:' : `hex(${type.toString(16)}):`;
}

/** UTF-16LE code units of `data` as strings split at NULs; the last element is what follows the last NUL. */
export function utf16Strings(data: Uint8Array): string[] {
  const units: number[] = [];
  for (let i = 0; i + 1 < data.length; i += 2) units.push(data[i]! | (data[i + 1]! << 8));
  const out: string[] = [];
  let current = '';
  for (const unit of units) {
    if (unit === 0) {
      out.push(current);
      current = '';
    } else current += String.fromCharCode(unit);
  }
  out.push(current);
  return out;
}

export function readUint32(data: Uint8Array, bigEndian = false): number | undefined {
  if (data.length !== 4) return undefined;
  const [a, b, c, d] = bigEndian ? [data[3]!, data[2]!, data[1]!, data[0]!] : [data[0]!, data[1]!, data[2]!, data[3]!];
  return (a | (b << 8) | (c << 16) | (d << 24)) >>> 0;
}

export function readUint64(data: Uint8Array): bigint | undefined {
  if (data.length !== 8) return undefined;
  let n = 0n;
  for (let i = 7; i >= 0; i--) n = (n << 8n) | BigInt(data[i]!);
  return n;
}

/** `00` … `ff`: exports hold megabytes of hex, so the digits come from a table rather than toString per byte. */
const BYTE_TEXT: readonly string[] = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

export function byteHex(b: number): string {
  return BYTE_TEXT[b & 0xff]!;
}

/** The first `count` bytes as `00 01 02`. */
function bytesText(data: Uint8Array, count: number): string {
  let out = '';
  const n = Math.min(count, data.length);
  for (let i = 0; i < n; i++) out += i === 0 ? byteHex(data[i]!) : ` ${byteHex(data[i]!)}`;
  return out;
}

/** `1 (0x00000001)`. */
export function describeNumber(n: number | bigint, digits: number): string {
  return `${n.toString()} (0x${n.toString(16).padStart(digits, '0')})`;
}

const DUMP_BYTES = 64;

/** Rows of 16 bytes with offsets, at most 64 bytes, and a note when there are more. */
export function hexDump(data: Uint8Array): string {
  if (data.length === 0) return '(no bytes)';
  const rows: string[] = [];
  const shown = Math.min(data.length, DUMP_BYTES);
  for (let row = 0; row < shown; row += 16) {
    const bytes = Array.from(data.subarray(row, Math.min(row + 16, shown)));
    const ascii = bytes.map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
    rows.push(`${row.toString(16).padStart(4, '0')}  ${bytes.map(byteHex).join(' ').padEnd(47)}  ${ascii}`);
  }
  if (data.length > shown) rows.push(`… ${data.length - shown} more bytes`);
  return rows.join('\n');
}

/** Text for one line of an outline or a completion detail (`REG_DWORD 0x00000001 (1)`). */
export function shortData(type: number, data: Uint8Array): string {
  const max = 40;
  const clip = (s: string): string => (s.length > max ? `${s.slice(0, max)}…` : s);
  switch (type) {
    case RegType.SZ:
    case RegType.EXPAND_SZ:
      return data.length === 0 ? '(no bytes)' : `"${clip(utf16Strings(data)[0]!)}"`;
    case RegType.MULTI_SZ: {
      const strings = multiStrings(data);
      return clip(strings.map((s) => `"${s}"`).join(', ')) || '(empty list)';
    }
    case RegType.DWORD:
    case RegType.DWORD_BIG_ENDIAN: {
      const n = readUint32(data, type === RegType.DWORD_BIG_ENDIAN);
      return n === undefined ? `${data.length} bytes` : `0x${n.toString(16).padStart(8, '0')} (${n})`;
    }
    case RegType.QWORD: {
      const n = readUint64(data);
      return n === undefined ? `${data.length} bytes` : `0x${n.toString(16).padStart(16, '0')} (${n})`;
    }
    default:
      return data.length === 0 ? '(no bytes)' : bytesText(data, 16) + (data.length > 16 ? ` … (${data.length} bytes)` : '');
  }
}

/** The strings of a REG_MULTI_SZ: split at NULs, without the empty string(s) of the terminator. */
export function multiStrings(data: Uint8Array): string[] {
  const parts = utf16Strings(data);
  // "a\0b\0\0" splits into a, b, '', '': the trailing empties are the terminator, not strings.
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** A fenced block that no backtick in `text` can close early. */
export function codeBlock(text: string, language = 'text'): string {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

/** Inline code that survives backticks in `text`. */
export function inlineCode(text: string): string {
  if (text === '') return '`` ``';
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || longest > 0 ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Markdown for the data of a value: what the registry will hold, in the form that fits its type. */
export function describeData(type: number, data: Uint8Array): string {
  switch (type) {
    case RegType.SZ:
    case RegType.EXPAND_SZ: {
      if (data.length === 0) return 'No bytes (an empty value without a terminator).';
      const parts = utf16Strings(data);
      const text = codeBlock(parts[0]!);
      const embedded = parts.slice(1).some((p) => p !== '') ? `\n\nThe data goes on after an embedded NUL: ${parts.slice(1).filter((p) => p !== '').map((p) => inlineCode(p)).join(', ')} (Windows reads the string only up to the first NUL).` : '';
      const expands = type === RegType.EXPAND_SZ && /%[^%]+%/.test(parts[0]!) ? '\n\n`%NAME%` references are expanded from the environment when the value is read.' : '';
      return `${text}${embedded}${expands}`;
    }
    case RegType.MULTI_SZ: {
      const strings = multiStrings(data);
      if (strings.length === 0) return data.length === 0 ? 'No bytes (an empty list without a terminator).' : 'An empty list.';
      return strings.map((s, i) => `${i + 1}. ${inlineCode(s)}`).join('\n');
    }
    case RegType.DWORD:
    case RegType.DWORD_BIG_ENDIAN: {
      const n = readUint32(data, type === RegType.DWORD_BIG_ENDIAN);
      if (n !== undefined) return describeNumber(n, 8);
      return `${data.length} bytes (a DWORD is 4); regedit stores them as written:\n\n${codeBlock(hexDump(data))}`;
    }
    case RegType.QWORD: {
      const n = readUint64(data);
      if (n !== undefined) return describeNumber(n, 16);
      return `${data.length} bytes (a QWORD is 8); regedit stores them as written:\n\n${codeBlock(hexDump(data))}`;
    }
    default:
      return `${data.length} ${data.length === 1 ? 'byte' : 'bytes'}:\n\n${codeBlock(hexDump(data))}`;
  }
}
