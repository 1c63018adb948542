/**
 * Offsets become 1-based line/column positions only at the CLI and LSP boundaries.
 * Line breaks are counted as regedit counts them: CR LF, a lone LF and a lone CR each
 * end one line (docs: reg-format.md, "Line breaks").
 */
export interface Position {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column in UTF-16 code units. */
  readonly column: number;
}

export class LineIndex {
  /** Offset of the first character of each line. */
  readonly starts: readonly number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        starts.push(i + 1);
      } else if (c === 0x0a) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line containing `offset` (offsets past the end clamp to the last line). */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    return { line, column: clamped - this.starts[line - 1] + 1 };
  }

  /** Text of a 1-based line without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    const next = line < this.starts.length ? this.starts[line] : this.text.length;
    let end = next;
    while (end > start && (this.text.charCodeAt(end - 1) === 0x0a || this.text.charCodeAt(end - 1) === 0x0d)) end--;
    return this.text.slice(start, end);
  }
}
