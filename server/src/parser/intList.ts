/**
 * A growable list of 32-bit integers in a typed array. The incremental parser keeps two numbers per
 * line and makes new lists on every edit; in a typed array they live off the JavaScript heap, where
 * the garbage collector never copies them (a 50,000-line file's lists in plain arrays were a tenth of
 * what an edit left for the collector).
 */
export class IntList {
  private data: Int32Array;
  private size = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  get length(): number {
    return this.size;
  }

  at(index: number): number {
    return this.data[index];
  }

  push(value: number): void {
    if (this.size === this.data.length) this.reserve(this.size + 1);
    this.data[this.size++] = value;
  }

  /** A new list with the first `count` values, with room for `extra` more. */
  head(count: number, extra = 0): IntList {
    const list = new IntList(count + extra);
    list.data.set(this.data.subarray(0, count));
    list.size = count;
    return list;
  }

  /** Appends `source`'s values from `from` on, each plus `shift`. */
  appendShifted(source: IntList, from: number, shift: number): void {
    const count = source.size - from;
    if (count <= 0) return;
    this.reserve(this.size + count);
    const data = this.data;
    const values = source.data;
    let j = this.size;
    for (let i = from; i < source.size; i++) data[j++] = values[i] + shift;
    this.size = j;
  }

  private reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    const data = new Int32Array(Math.max(capacity, this.data.length * 2));
    data.set(this.data.subarray(0, this.size));
    this.data = data;
  }
}
