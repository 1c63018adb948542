import type { ByteBuffer } from './byteBuffer';

/**
 * Stores the data bytes of every value of a document in a few large chunks. A Uint8Array
 * per value costs far more (allocation and garbage collection) than the bytes themselves,
 * so nodes keep (chunk, offset, length) and make a view only when asked.
 */
export class ByteArena {
  private chunk: Uint8Array;
  private used = 0;

  constructor(private readonly chunkSize = 1 << 16) {
    // Chunks start small and double up to chunkSize, so that making a new chunk runs several times
    // early on (see LineTable's constructor): the JIT compiler then knows that code when it
    // optimises the parse, instead of throwing the optimised parse away at the first full chunk.
    this.chunk = new Uint8Array(Math.min(chunkSize, 256));
  }

  private room(n: number): void {
    if (this.used + n <= this.chunk.length) return;
    this.chunk = new Uint8Array(Math.max(Math.min(this.chunkSize, this.chunk.length * 2), n));
    this.used = 0;
  }

  /** Copies the buffer's bytes in; returns where they are. */
  storeBuffer(buffer: ByteBuffer): { chunk: Uint8Array; offset: number } {
    this.room(buffer.length);
    const offset = this.used;
    buffer.copyTo(this.chunk, offset);
    this.used += buffer.length;
    return { chunk: this.chunk, offset };
  }

  /** Stores a DWORD little-endian; returns the chunk (offset in `lastOffset`). */
  storeDword(value: number): Uint8Array {
    this.room(4);
    const o = this.used;
    writeDword(this.chunk, o, value);
    this.used += 4;
    this.lastOffset = o;
    return this.chunk;
  }

  lastOffset = 0;
}

/** Writes a DWORD little-endian, as the registry stores it, at `at`. */
export function writeDword(out: Uint8Array, at: number, value: number): void {
  out[at] = value & 0xff;
  out[at + 1] = (value >>> 8) & 0xff;
  out[at + 2] = (value >>> 16) & 0xff;
  out[at + 3] = value >>> 24;
}
