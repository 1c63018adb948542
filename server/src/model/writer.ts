import * as iconv from 'iconv-lite';
import { HEADER_V4, HEADER_V5 } from '../parser/header';
import { RegistryKey, RegistryState } from './state';
import { RegType, RootKeyName } from './types';

export interface WriterOptions {
  /** true (default): regedit's Version 5.00 export (write the text as UTF-16LE with BOM); false: REGEDIT4 ANSI. */
  unicode?: boolean;
  /** Code page for the ANSI form, default windows-1252. */
  codePage?: string;
  /** Line break, default CR LF as regedit writes. */
  eol?: string;
}

/** Writer options that keep a document's form: Unicode (UTF-16LE) or ANSI with its code page. */
export function writerOptionsLike(decoded: { unicode: boolean; encoding: string; eol?: string }): WriterOptions {
  const eol = decoded.eol === 'lf' ? '\n' : decoded.eol === 'cr' ? '\r' : '\r\n';
  return decoded.unicode ? { unicode: true, eol } : { unicode: false, codePage: decoded.encoding, eol };
}

/** regedit wraps hex data once a line reaches this many characters (reg-format.md 12). */
const MAX_HEX_CHARS = 77;

function escapeString(text: string): string {
  return text.replace(/[\\"]/g, (c) => `\\${c}`);
}

function quoteName(name: string): string {
  return name === '' ? '@' : `"${escapeString(name).replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;
}

/** REG_SZ bytes as a quoted string when that reads back to the same bytes, else null. */
function plainString(data: Uint8Array): string | null {
  if (data.length < 2 || data.length % 2 === 1 || data[data.length - 1] !== 0 || data[data.length - 2] !== 0) return null;
  let out = '';
  for (let i = 0; i < data.length - 2; i += 2) {
    const c = data[i] | (data[i + 1] << 8);
    if (c === 0 || c === 10 || c === 13) return null;
    out += String.fromCharCode(c);
  }
  return `"${escapeString(out)}"`;
}

function hexBody(bytes: Uint8Array, startColumn: number, eol: string): string {
  let out = '';
  let column = startColumn;
  for (let i = 0; i < bytes.length; i++) {
    out += bytes[i].toString(16).padStart(2, '0');
    if (i === bytes.length - 1) break;
    out += ',';
    column += 3;
    if (column >= MAX_HEX_CHARS) {
      out += `\\${eol}  `;
      column = 2;
    }
  }
  return out;
}

function ansiBytes(data: Uint8Array, codePage: string): Uint8Array {
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength - (data.byteLength % 2)).toString('utf16le');
  return iconv.encode(text, codePage);
}

/** One value line (with continuation lines) in regedit's export style. */
export function formatValue(name: string, type: number, data: Uint8Array, options: WriterOptions = {}): string {
  const eol = options.eol ?? '\r\n';
  const unicode = options.unicode ?? true;
  const lead = `${quoteName(name)}=`;
  if (type === RegType.SZ) {
    const plain = plainString(data);
    if (plain !== null && (unicode || iconv.decode(iconv.encode(plain, options.codePage ?? 'windows-1252'), options.codePage ?? 'windows-1252') === plain)) {
      return lead + plain;
    }
  }
  if (type === RegType.DWORD && data.length === 4) {
    const value = (data[0] | (data[1] << 8) | (data[2] << 16) | (data[3] << 24)) >>> 0;
    return `${lead}dword:${value.toString(16).padStart(8, '0')}`;
  }
  const prefix = type === RegType.BINARY ? 'hex:' : `hex(${type.toString(16)}):`;
  const isAnsiString = !unicode && (type === RegType.EXPAND_SZ || type === RegType.MULTI_SZ || type === RegType.SZ);
  const bytes = isAnsiString ? ansiBytes(data, options.codePage ?? 'windows-1252') : data;
  return lead + prefix + hexBody(bytes, lead.length + prefix.length, eol);
}

function writeKey(key: RegistryKey, path: string, out: string[], options: WriterOptions, isRoot: boolean): void {
  const eol = options.eol ?? '\r\n';
  if (!isRoot || key.values.size > 0) {
    out.push(`${eol}[${path}]${eol}`);
    for (const value of key.values.values()) out.push(formatValue(value.name, value.type, value.data, options) + eol);
  }
  const children = [...key.subkeys.values()].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
  for (const child of children) writeKey(child, `${path}\\${child.name}`, out, options, false);
}

/**
 * Serialises registry state as regedit exports it (reg-format.md 12): header, then every
 * key depth-first with subkeys in alphabetical order, values in creation order, hex data
 * wrapped as regedit wraps it, and a final blank line. Returns text; encode it with
 * parser.encodeText (UTF-16LE + BOM for the default Unicode form).
 * Differences from regedit, so the output always reads back to the same bytes: a REG_SZ
 * that a quoted string cannot reproduce (embedded NUL, CR/LF, no terminator) is written
 * as hex(1):, and root keys are written only when they hold values.
 */
export function writeReg(state: RegistryState, options: WriterOptions = {}): string {
  const eol = options.eol ?? '\r\n';
  const out: string[] = [(options.unicode ?? true) ? HEADER_V5 : HEADER_V4, eol];
  for (const [root, key] of state.roots) writeKey(key, root as RootKeyName, out, options, true);
  out.push(eol);
  return out.join('');
}
