import * as iconv from 'iconv-lite';
import { textEditSpan } from './textEdit';

/** Why regedit would refuse or misread the bytes of a file. */
export type EncodingProblemCode = 'utf8-bom' | 'utf16-no-bom' | 'utf16be' | 'odd-utf16-length' | 'too-short' | 'nul-characters';

export interface EncodingProblem {
  readonly code: EncodingProblemCode;
  readonly message: string;
  /** True when regedit imports nothing because of this problem. */
  readonly fatal: boolean;
}

export type EolStyle = 'crlf' | 'lf' | 'cr' | 'mixed' | 'none';

export interface DecodeOptions {
  /** ANSI code page for files without a UTF-16LE BOM, default 'windows-1252'. */
  codePage?: string;
}

export interface DecodedText {
  /** Decoded text, BOM removed. */
  readonly text: string;
  readonly encoding: 'utf-16le' | 'utf-16be' | 'utf-8' | string;
  readonly bom: boolean;
  /** True = regedit's Unicode mode (UTF-16LE with BOM); decides how hex(1/2/7) bytes are read. */
  readonly unicode: boolean;
  readonly eol: EolStyle;
  readonly problems: readonly EncodingProblem[];
}

/** Texts decodeBytes found to hold no NUL character (a copy with another text is not in here). */
const withoutNuls = new WeakSet<DecodedText>();

/** True when `decoded` is known to hold no NUL character, so the parser need not look for one. */
export function knownWithoutNuls(decoded: DecodedText): boolean {
  return withoutNuls.has(decoded);
}

export const DEFAULT_CODE_PAGE = 'windows-1252';

/** Accepts 'windows-1251', '1251', 'cp1251', 'CP1251'; returns iconv-lite's canonical spelling or null. */
export function normalizeCodePage(codePage: string): string | null {
  const trimmed = codePage.trim().toLowerCase();
  const candidate = /^\d+$/.test(trimmed) ? (Number(trimmed) >= 1250 && Number(trimmed) <= 1258 ? `windows-${trimmed}` : `cp${trimmed}`) : trimmed;
  const spelled = /^cp125\d$/.test(candidate) ? `windows-${candidate.slice(2)}` : candidate;
  return iconv.encodingExists(spelled) ? spelled : null;
}

/**
 * Decodes ANSI bytes with a code page the way Windows' MultiByteToWideChar does: bytes the
 * code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D in Windows-1252) become the code
 * point of the same number instead of U+FFFD.
 */
export function decodeAnsi(bytes: Uint8Array, codePage: string): string {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), codePage, { stripBOM: false });
  if (text.length !== bytes.length || text.indexOf('\ufffd') < 0) return text;
  // Single-byte code page: character i comes from byte i.
  let out = '';
  let from = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) {
    out += text.slice(from, i) + String.fromCharCode(bytes[i]);
    from = i + 1;
  }
  return out + text.slice(from);
}

/** Line-break style of a text: CR LF, lone LF and lone CR each end a line. */
export function detectEol(text: string): EolStyle {
  // indexOf runs natively, so this costs O(number of line breaks), not a JS loop per character.
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) cr++;
  }
  const kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'crlf' : lf > 0 ? 'lf' : 'cr';
}

function looksLikeUtf16WithoutBom(bytes: Uint8Array, zeroAt: 0 | 1): boolean {
  // Text files almost never contain NUL bytes, so NULs in every other position of the
  // first characters mean UTF-16 (ASCII characters as UTF-16 code units).
  const sample = Math.min(bytes.length - (bytes.length % 2), 64);
  if (sample < 2) return false;
  let zeros = 0;
  for (let i = zeroAt; i < sample; i += 2) if (bytes[i] === 0 && bytes[i + (zeroAt === 1 ? -1 : 1)] !== 0) zeros++;
  return zeros >= Math.max(1, (sample / 2) * 0.75);
}

/**
 * NUL characters in the text decoded from `bytes[start..]`, counted in the bytes: a zero byte in a
 * single-byte or UTF-8 file, a zero code unit in UTF-16. Typed-array indexOf runs natively; String
 * indexOf over a two-byte string is a character loop (18 ms for 32 MB against 11 ms).
 */
function countNuls(bytes: Uint8Array, start: number, utf16: boolean, text: string, oneByte: boolean): number {
  let count = 0;
  if (oneByte) {
    // indexOf over a one-byte string is a native memchr.
    for (let i = text.indexOf('\0'); i >= 0; i = text.indexOf('\0', i + 1)) count++;
    return count;
  }
  if (!utf16) {
    for (let i = bytes.indexOf(0, start); i >= 0; i = bytes.indexOf(0, i + 1)) count++;
    return count;
  }
  const units = Math.floor((bytes.length - start) / 2);
  const aligned = (bytes.byteOffset + start) % 2 === 0;
  const codeUnits = aligned ? new Uint16Array(bytes.buffer, bytes.byteOffset + start, units) : new Uint16Array(bytes.slice(start, start + units * 2).buffer);
  for (let i = codeUnits.indexOf(0); i >= 0; i = codeUnits.indexOf(0, i + 1)) count++;
  return count;
}

/** `oneByte`: the text is a one-byte string (its NUL characters are then counted with a native search of it). */
function decodeUtf16(bytes: Uint8Array, start: number, littleEndian: boolean): { text: string; oneByte: boolean } {
  if (littleEndian) {
    const latin1 = latin1FromUtf16le(bytes, start);
    if (latin1 !== null) return { text: latin1, oneByte: true };
  }
  return { text: new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(start)), oneByte: false };
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * The text of UTF-16LE bytes whose characters are all below U+0100 (what regedit exports in western
 * locales), as a one-byte string: the same characters as TextDecoder gives, at about the same cost,
 * but half the memory for the text and every slice of it, and String.indexOf runs natively over it
 * (the line loop searches for CR and LF on every line). Null when a character is above U+00FF or
 * the byte count is odd (TextDecoder then adds U+FFFD), so the caller decodes as usual.
 */
function latin1FromUtf16le(bytes: Uint8Array, start: number): string | null {
  if ((bytes.length - start) % 2 !== 0) return null;
  const n = (bytes.length - start) >> 1;
  const out = Buffer.allocUnsafe(n);
  const at = bytes.byteOffset + start;
  if (LITTLE_ENDIAN && at % 2 === 0) {
    // Typed arrays read the platform's byte order, little-endian here: a Uint32Array reads two
    // characters at once (low half first). Two loads and one test per four characters.
    const units = new Uint16Array(bytes.buffer, at, n);
    const lead = Math.min(n, (at % 4) / 2);
    const quads = (n - lead) >> 2;
    // (A Uint32Array must start at a multiple of 4, even when it is empty.)
    const pairs = quads > 0 ? new Uint32Array(bytes.buffer, at + lead * 2, quads * 2) : new Uint32Array(0);
    let i = 0;
    for (; i < lead; i++) {
      if (units[i] > 0xff) return null;
      out[i] = units[i];
    }
    for (let j = 0; j < pairs.length; j += 2, i += 4) {
      const a = pairs[j];
      const b = pairs[j + 1];
      if (((a | b) & 0xff00ff00) !== 0) return null;
      out[i] = a;
      out[i + 1] = a >>> 16;
      out[i + 2] = b;
      out[i + 3] = b >>> 16;
    }
    for (; i < n; i++) {
      if (units[i] > 0xff) return null;
      out[i] = units[i];
    }
  } else {
    for (let i = 0, j = start; i < n; i++, j += 2) {
      if (bytes[j + 1] !== 0) return null;
      out[i] = bytes[j];
    }
  }
  return out.toString('latin1', 0, n);
}

/**
 * Decodes file bytes the way regedit chooses its mode: `FF FE` selects UTF-16LE, anything
 * else the ANSI code page. Encodings regedit refuses are still decoded as well as possible
 * so an editor can show the text, and the refusal is recorded in `problems`.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const problems: EncodingProblem[] = [];
  let oneByte = false;
  let text: string;
  let encoding: string;
  let bom = false;
  let unicode = false;
  let textStart = 0;
  let utf16 = false;
  if (bytes.length < 2) {
    problems.push({ code: 'too-short', message: 'regedit imports nothing: the file has fewer than 2 bytes', fatal: true });
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    bom = true;
    unicode = true;
    if (bytes.length % 2 === 1) {
      problems.push({ code: 'odd-utf16-length', message: 'the UTF-16LE file has an odd number of bytes; the last byte is lost', fatal: false });
    }
    textStart = 2;
    utf16 = true;
    ({ text, oneByte } = decodeUtf16(bytes, 2, true));
  } else if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    bom = true;
    problems.push({
      code: 'utf8-bom',
      message: 'regedit imports nothing: the file starts with a UTF-8 byte order mark, which regedit reads as part of the header; save it as UTF-16LE (with BOM) or ANSI',
      fatal: true,
    });
    textStart = 3;
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    bom = true;
    problems.push({ code: 'utf16be', message: 'regedit imports nothing: UTF-16 big-endian is not supported; save the file as UTF-16LE with BOM', fatal: true });
    textStart = 2;
    utf16 = true;
    ({ text, oneByte } = decodeUtf16(bytes, 2, false));
  } else if (looksLikeUtf16WithoutBom(bytes, 1)) {
    encoding = 'utf-16le';
    problems.push({ code: 'utf16-no-bom', message: 'regedit imports nothing: the file is UTF-16LE without a byte order mark (FF FE), so regedit reads it as ANSI and the header does not match', fatal: true });
    utf16 = true;
    ({ text, oneByte } = decodeUtf16(bytes, 0, true));
  } else if (looksLikeUtf16WithoutBom(bytes, 0)) {
    encoding = 'utf-16be';
    problems.push({ code: 'utf16-no-bom', message: 'regedit imports nothing: the file is UTF-16BE without a byte order mark, which regedit cannot read', fatal: true });
    utf16 = true;
    ({ text, oneByte } = decodeUtf16(bytes, 0, false));
  } else {
    encoding = normalizeCodePage(options.codePage ?? DEFAULT_CODE_PAGE) ?? DEFAULT_CODE_PAGE;
    text = decodeAnsi(bytes, encoding);
  }
  const nulCount = countNuls(bytes, textStart, utf16, text, oneByte);
  reportNuls(nulCount, problems);
  const decoded = withLazyEol({ text, encoding, bom, unicode, problems });
  if (nulCount === 0) withoutNuls.add(decoded);
  return decoded;
}

/**
 * The decoded text with `eol` found on first access: only fixes that insert lines and the explain
 * command ask for it, and finding it walks every line break of the text.
 */
function withLazyEol(fields: Omit<DecodedText, 'eol'>): DecodedText {
  let eol: EolStyle | undefined;
  const decoded = { ...fields } as DecodedText;
  Object.defineProperty(decoded, 'eol', { enumerable: true, get: () => (eol ??= detectEol(fields.text)) });
  return decoded;
}

/** NUL characters in the text (the parser reports each line that has one, as REG028). */
function reportNuls(count: number, problems: EncodingProblem[]): void {
  if (count > 0) problems.push({ code: 'nul-characters', message: `the text contains ${count} NUL character${count === 1 ? '' : 's'}; regedit reads each line only up to its first NUL`, fatal: false });
}

/**
 * Wraps editor text (already decoded) in a DecodedText. Without a hint the text is taken as
 * regedit's Unicode mode (UTF-16LE with BOM), the format regedit exports.
 */
export function decodedFromText(text: string, hint: { unicode?: boolean; encoding?: string; bom?: boolean } = {}, previous?: DecodedText): DecodedText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const encoding = hint.encoding ?? (hint.unicode === false ? DEFAULT_CODE_PAGE : 'utf-16le');
  const bom = hint.bom ?? (encoding === 'utf-16le' || text.charCodeAt(0) === 0xfeff);
  const unicode = hint.unicode ?? (encoding === 'utf-16le' && bom);
  const problems: EncodingProblem[] = [];
  if (encoding === 'utf-8' && bom) {
    problems.push({ code: 'utf8-bom', message: 'regedit imports nothing: the file starts with a UTF-8 byte order mark, which regedit reads as part of the header; save it as UTF-16LE (with BOM) or ANSI', fatal: true });
  } else if (encoding === 'utf-16le' && !bom) {
    problems.push({ code: 'utf16-no-bom', message: 'regedit imports nothing: the file is UTF-16LE without a byte order mark (FF FE)', fatal: true });
  } else if (encoding === 'utf-16be') {
    problems.push({ code: 'utf16be', message: 'regedit imports nothing: UTF-16 big-endian is not supported; save the file as UTF-16LE with BOM', fatal: true });
  }
  return { text: body, encoding, bom, unicode, eol: previous ? eolAfterEdit(previous, body) : detectEol(body), problems };
}

/**
 * The line-break style of `text`, an edit of `previous.text`: unchanged when neither the removed
 * nor the inserted characters, nor the one on each side of them, is a CR or LF (every line break
 * then has the same neighbours as before), else counted again.
 */
function eolAfterEdit(previous: DecodedText, text: string): EolStyle {
  const { prefix, suffix } = textEditSpan(previous.text, text);
  const from = Math.max(0, prefix - 1);
  const touches = (s: string): boolean => /[\r\n]/.test(s.slice(from, Math.min(s.length, s.length - suffix + 1)));
  return touches(previous.text) || touches(text) ? detectEol(text) : previous.eol;
}

/** Encodes text back to bytes in the given encoding, with the BOM if `like.bom`. */
export function encodeText(text: string, like: Pick<DecodedText, 'encoding' | 'bom'>): Uint8Array {
  const enc = like.encoding.toLowerCase();
  let body: Buffer;
  let bom: number[] = [];
  if (enc === 'utf-16le') {
    body = Buffer.from(text, 'utf16le');
    bom = [0xff, 0xfe];
  } else if (enc === 'utf-16be') {
    body = Buffer.from(text, 'utf16le').swap16();
    bom = [0xfe, 0xff];
  } else if (enc === 'utf-8') {
    body = Buffer.from(text, 'utf8');
    bom = [0xef, 0xbb, 0xbf];
  } else {
    body = iconv.encode(text, normalizeCodePage(enc) ?? DEFAULT_CODE_PAGE);
  }
  if (!like.bom || bom.length === 0) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  const out = new Uint8Array(bom.length + body.length);
  out.set(bom, 0);
  out.set(body, bom.length);
  return out;
}
