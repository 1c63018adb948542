/** A growable byte buffer: collecting hex bytes in a JS number[] costs far more on big files. */
export class ByteBuffer {
  private data = new Uint8Array(256);
  private size = 0;

  get length(): number {
    return this.size;
  }

  reset(): void {
    this.size = 0;
  }

  push(value: number): void {
    if (this.size === this.data.length) {
      const bigger = new Uint8Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.size++] = value;
  }

  copyTo(target: Uint8Array, offset: number): void {
    target.set(this.data.subarray(0, this.size), offset);
  }

  /** A copy of the bytes collected so far. */
  toArray(): Uint8Array {
    return this.data.slice(0, this.size);
  }
}
