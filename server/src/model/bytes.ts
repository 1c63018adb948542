import * as iconv from 'iconv-lite';
import { decodeAnsi } from '../parser/encoding';
import { RegType } from './types';

/** UTF-16LE bytes of `text` plus the 2-byte NUL terminator, as the registry stores REG_SZ. */
export function utf16z(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2 + 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i * 2] = c & 0xff;
    out[i * 2 + 1] = c >>> 8;
  }
  return out;
}

export function isStringType(type: number): boolean {
  return type === RegType.SZ || type === RegType.EXPAND_SZ || type === RegType.MULTI_SZ;
}

/**
 * reg-format.md 7.6: what the registry stores for hex(1)/hex(2)/hex(7) bytes. In a Unicode
 * file the bytes are UTF-16LE and one `00 00` is appended unless the last code unit is 0;
 * in an ANSI file one `00` is appended unless the last byte is 0, then the whole string is
 * converted from the code page. Empty data stays empty. An odd byte count in a Unicode file
 * is padded with one 00 byte first (Wine's arithmetic misbehaves there; it is reported).
 */
export function storedStringBytes(raw: Uint8Array, unicode: boolean, codePage: string): Uint8Array {
  if (raw.length === 0) return raw;
  if (unicode) {
    const even = raw.length % 2 === 0 ? raw : Uint8Array.from([...raw, 0]);
    const n = even.length;
    if (even[n - 1] === 0 && even[n - 2] === 0) return even;
    const out = new Uint8Array(n + 2);
    out.set(even);
    return out;
  }
  const terminated = raw[raw.length - 1] === 0 ? raw : Uint8Array.from([...raw, 0]);
  const page = iconv.encodingExists(codePage) ? codePage : 'windows-1252';
  // Most ANSI string data is ASCII: widen it directly instead of a code-page round trip per value.
  if (isAscii(terminated) && asciiTransparent(page)) return widen(terminated);
  const text = decodeAnsi(terminated, page);
  const utf16 = Buffer.from(text, 'utf16le');
  return new Uint8Array(utf16.buffer, utf16.byteOffset, utf16.byteLength);
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

function widen(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) out[i * 2] = bytes[i];
  return out;
}

const transparent = new Map<string, boolean>();

/**
 * True for the Windows single-byte code pages (1250-1258), checked once against the decoder
 * itself: each of bytes 0-127 decodes to the same code point, so ASCII data needs no decoding.
 */
function asciiTransparent(codePage: string): boolean {
  let known = transparent.get(codePage);
  if (known === undefined) {
    const ascii = Uint8Array.from({ length: 128 }, (_, i) => i);
    known = /^(windows-?|cp)125[0-8]$/i.test(codePage) && decodeAnsi(ascii, codePage) === String.fromCharCode(...ascii);
    transparent.set(codePage, known);
  }
  return known;
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

const TYPE_NAMES: ReadonlyMap<number, string> = new Map(Object.entries(RegType).map(([name, type]) => [type, `REG_${name}`]));

/** `REG_DWORD`, or `type 0x20` for numbers without a name. */
export function typeName(type: number): string {
  return TYPE_NAMES.get(type) ?? `type 0x${type.toString(16)}`;
}
