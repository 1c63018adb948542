/**
 * Reading and writing value data the way regedit stores and writes it: DWORDs are four
 * little-endian bytes, strings UTF-16LE with a terminating NUL.
 */
import { typeName } from '../model/bytes';
import { RegType } from '../model/types';
import type { PackValueType, Scalar } from './types';

export const PACK_TYPE_NUMBERS: Readonly<Record<PackValueType, number>> = {
  REG_SZ: RegType.SZ,
  REG_EXPAND_SZ: RegType.EXPAND_SZ,
  REG_DWORD: RegType.DWORD,
  REG_QWORD: RegType.QWORD,
};

/** The DWORD a value holds, or undefined when it is not exactly four bytes. */
export function readDword(data: Uint8Array): number | undefined {
  if (data.length !== 4) return undefined;
  return (data[0]! | (data[1]! << 8) | (data[2]! << 16) | (data[3]! << 24)) >>> 0;
}

export function readString(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 1 < data.length; i += 2) {
    const unit = data[i]! | (data[i + 1]! << 8);
    if (unit === 0) break;
    out += String.fromCharCode(unit);
  }
  return out;
}

export function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}

/** Parses a pack number: JSON integer or `0x…` string. */
export function scalarToNumber(value: Scalar): number | undefined {
  if (typeof value === 'number') return value;
  if (/^0x[0-9a-f]{1,8}$/i.test(value)) return parseInt(value.slice(2), 16);
  return undefined;
}

function quote(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The right-hand side regedit would write for `data` of `type` (`dword:00000001`, `"text"`). */
export function formatData(type: PackValueType, data: Scalar): string {
  if (type === 'REG_DWORD') return `dword:${hex8(scalarToNumber(data) ?? 0)}`;
  if (type === 'REG_SZ') return quote(String(data));
  const bytes: number[] = [];
  if (type === 'REG_QWORD') {
    let n = BigInt(scalarToNumber(data) ?? 0);
    for (let i = 0; i < 8; i++) {
      bytes.push(Number(n & 0xffn));
      n >>= 8n;
    }
    return `hex(b):${bytes.map((b) => b.toString(16).padStart(2, '0')).join(',')}`;
  }
  for (const ch of String(data)) {
    const unit = ch.charCodeAt(0);
    bytes.push(unit & 0xff, unit >> 8);
  }
  bytes.push(0, 0);
  return `hex(2):${bytes.map((b) => b.toString(16).padStart(2, '0')).join(',')}`;
}

/** How a value reads in a message: `dword:ffffffff`, `REG_SZ "1"`, `hex(b) (8 bytes)`. */
export function describeData(type: number, data: Uint8Array): string {
  if (type === RegType.DWORD) {
    const n = readDword(data);
    return n === undefined ? `REG_DWORD with ${data.length} bytes` : `dword:${hex8(n)}`;
  }
  if (type === RegType.SZ || type === RegType.EXPAND_SZ) return `${typeName(type)} ${quote(readString(data))}`;
  return `${typeName(type)} (${data.length} bytes)`;
}
