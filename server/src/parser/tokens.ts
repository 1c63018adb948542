/** Token kinds. Every character of the text belongs to exactly one token. */
export const TokenKind = {
  Whitespace: 0,
  LineBreak: 1,
  Header: 2,
  Comment: 3,
  /** A line (or the rest of a line) regedit ignores. */
  Ignored: 4,
  BracketOpen: 5,
  DeleteMark: 6,
  RootName: 7,
  PathSeparator: 8,
  KeySegment: 9,
  BracketClose: 10,
  /** Text after the closing `]` (ignored by regedit). */
  KeyTrailer: 11,
  DefaultName: 12,
  /** A quoted value name, quotes included. */
  ValueName: 13,
  Equals: 14,
  /** A quoted string, quotes included. */
  String: 15,
  /** `dword:`, `hex:`, `hex(N):`. */
  TypePrefix: 16,
  DwordDigits: 17,
  HexByte: 18,
  Comma: 19,
  /** The `\` that continues a hex value. */
  Continuation: 20,
  /** The `-` of `"name"=-`. */
  DeleteValue: 21,
  /** The part of a rejected line from the point where regedit gives up. */
  Invalid: 22,
  /** A Windows 3.1 format line (header `REGEDIT`). */
  Win31: 23,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

export interface Token {
  readonly kind: TokenKind;
  readonly offset: number;
  readonly length: number;
}

/**
 * Tokens in compact typed arrays: a 32 MB export has millions of hex bytes, and one
 * object per byte would cost far more memory and time than the text itself.
 */
export class TokenList implements Iterable<Token> {
  private kinds = new Uint8Array(1024);
  private offsets = new Uint32Array(1024);
  private count = 0;
  private end = 0;

  get length(): number {
    return this.count;
  }

  /** Appends a token that starts where the previous one ended. */
  push(kind: TokenKind, offset: number, length: number): void {
    // The parser emits tokens in order; clip overlaps and fill gaps so that the
    // tokens always cover the text exactly once, whatever the caller did.
    if (offset > this.end) this.push(TokenKind.Invalid, this.end, offset - this.end);
    if (offset < this.end) {
      length -= this.end - offset;
      offset = this.end;
    }
    if (length <= 0) return;
    if (this.count === this.kinds.length) this.grow();
    this.kinds[this.count] = kind;
    this.offsets[this.count] = offset;
    this.count++;
    this.end = offset + length;
  }

  /** Appends [start, end) where the caller knows it starts at `covered` (hot paths). */
  append(kind: TokenKind, start: number, end: number): void {
    if (start !== this.end || end <= start) {
      this.push(kind, start, end - start);
      return;
    }
    if (this.count === this.kinds.length) this.grow();
    this.kinds[this.count] = kind;
    this.offsets[this.count] = start;
    this.count++;
    this.end = end;
  }

  /** Appends a two-digit hex byte at `start` and the comma after it (the hot path of big exports). */
  appendByteAndComma(start: number): void {
    if (start !== this.end) {
      this.append(TokenKind.HexByte, start, start + 2);
      this.append(TokenKind.Comma, start + 2, start + 3);
      return;
    }
    if (this.count + 2 > this.kinds.length) this.grow();
    const i = this.count;
    this.kinds[i] = TokenKind.HexByte;
    this.offsets[i] = start;
    this.kinds[i + 1] = TokenKind.Comma;
    this.offsets[i + 1] = start + 2;
    this.count = i + 2;
    this.end = start + 3;
  }

  /** Reserves room for about `count` tokens (avoids repeated growth on big files). */
  reserve(count: number): void {
    if (this.kinds.length >= count) return;
    const kinds = new Uint8Array(count);
    kinds.set(this.kinds.subarray(0, this.count));
    this.kinds = kinds;
    const offsets = new Uint32Array(count);
    offsets.set(this.offsets.subarray(0, this.count));
    this.offsets = offsets;
  }

  /** Offset just after the last token. */
  get covered(): number {
    return this.end;
  }

  kindAt(index: number): TokenKind {
    return this.kinds[index] as TokenKind;
  }

  offsetAt(index: number): number {
    return this.offsets[index];
  }

  lengthAt(index: number): number {
    return (index + 1 < this.count ? this.offsets[index + 1] : this.end) - this.offsets[index];
  }

  get(index: number): Token {
    return { kind: this.kindAt(index), offset: this.offsetAt(index), length: this.lengthAt(index) };
  }

  /** Index of the token containing `offset` (binary search), or -1. */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.offsets[mid] <= offset && offset < this.offsets[mid] + this.lengthAt(mid)) return mid;
      if (this.offsets[mid] > offset) hi = mid - 1;
      else lo = mid + 1;
    }
    return -1;
  }

  *[Symbol.iterator](): Iterator<Token> {
    for (let i = 0; i < this.count; i++) yield this.get(i);
  }

  map<T>(fn: (token: Token, index: number) => T): T[] {
    const out: T[] = new Array(this.count);
    for (let i = 0; i < this.count; i++) out[i] = fn(this.get(i), i);
    return out;
  }

  toArray(): Token[] {
    return Array.from(this);
  }

  private grow(): void {
    const kinds = new Uint8Array(this.kinds.length * 2);
    kinds.set(this.kinds);
    this.kinds = kinds;
    const offsets = new Uint32Array(this.offsets.length * 2);
    offsets.set(this.offsets);
    this.offsets = offsets;
  }
}

/** Names for token kinds, for tests and debugging. */
export function tokenKindName(kind: TokenKind): string {
  return Object.keys(TokenKind).find((k) => TokenKind[k as keyof typeof TokenKind] === kind) ?? String(kind);
}
