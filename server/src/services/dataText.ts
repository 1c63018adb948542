/** The right-hand side a pack's suggested data is written as (`dword:00000001`, `"text"`, `hex(b):…`). */
import type { PackValueType, Scalar } from '../policy/types';
import { byteHex } from './decodeData';

function toNumber(value: Scalar): bigint | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? BigInt(value) : undefined;
  if (/^0x[0-9a-f]{1,16}$/i.test(value)) return BigInt(value);
  if (/^\d+$/.test(value)) return BigInt(value);
  return undefined;
}

function quote(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * `data` of `type` as a .reg right-hand side, or undefined when it cannot be written faithfully. REG_EXPAND_SZ
 * is hex(2): bytes, UTF-16LE in a Unicode file and one byte per character in an ANSI file (ASCII only then).
 */
export function dataText(type: PackValueType, data: Scalar, unicode: boolean): string | undefined {
  switch (type) {
    case 'REG_DWORD': {
      const n = toNumber(data);
      return n !== undefined && n <= 0xffffffffn ? `dword:${n.toString(16).padStart(8, '0')}` : undefined;
    }
    case 'REG_QWORD': {
      let n = toNumber(data);
      if (n === undefined || n > 0xffffffffffffffffn) return undefined;
      const bytes: string[] = [];
      for (let i = 0; i < 8; i++, n >>= 8n) bytes.push(byteHex(Number(n & 0xffn)));
      return `hex(b):${bytes.join(',')}`;
    }
    case 'REG_SZ':
      return /[\r\n]/.test(String(data)) ? undefined : quote(String(data));
    case 'REG_EXPAND_SZ': {
      const text = String(data);
      const bytes: number[] = [];
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        if (unicode) bytes.push(unit & 0xff, unit >> 8);
        else if (unit < 0x80) bytes.push(unit);
        else return undefined;
      }
      bytes.push(...(unicode ? [0, 0] : [0]));
      return `hex(2):${bytes.map(byteHex).join(',')}`;
    }
  }
}

/** The prefix a value of `type` starts with, for a snippet without data. */
export function typePrefixOf(type: PackValueType): string {
  return { REG_DWORD: 'dword:', REG_QWORD: 'hex(b):', REG_SZ: '"', REG_EXPAND_SZ: 'hex(2):' }[type];
}
