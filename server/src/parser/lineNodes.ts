import type { TextSpan } from '../model/types';
import type { BlankLine, CommentLine, ContinuationLine } from './ast';

/**
 * The line kinds that make up most of a big export (continuation, blank, comment lines)
 * as small classes whose spans are computed on access: three objects fewer per line
 * keeps garbage collection from dominating the parse of a 32 MB file.
 */
abstract class CompactLine {
  constructor(
    readonly line: number,
    protected readonly start: number,
    protected readonly end: number,
    protected readonly eolEnd: number,
    readonly contentStart: number,
  ) {}

  get span(): TextSpan {
    return { offset: this.start, length: this.end - this.start };
  }

  get eol(): TextSpan {
    return { offset: this.end, length: this.eolEnd - this.end };
  }

  abstract readonly kind: 'blank' | 'comment' | 'continuation';

  toJSON(): object {
    return { ...this, kind: this.kind, span: this.span, eol: this.eol, start: undefined, end: undefined, eolEnd: undefined };
  }
}

export class BlankLineNode extends CompactLine implements BlankLine {
  // The kind is on the prototype, not in every node (a big export has hundreds of thousands).
  get kind(): 'blank' {
    return 'blank';
  }
}

export class CommentLineNode extends CompactLine implements CommentLine {
  get kind(): 'comment' {
    return 'comment';
  }

  constructor(line: number, start: number, end: number, eolEnd: number, contentStart: number, readonly marker: ';' | '#') {
    super(line, start, end, eolEnd, contentStart);
  }
}

export class ContinuationLineNode extends CompactLine implements ContinuationLine {
  get kind(): 'continuation' {
    return 'continuation';
  }

  constructor(line: number, start: number, end: number, eolEnd: number, contentStart: number, readonly owner: number, readonly role: ContinuationLine['role']) {
    super(line, start, end, eolEnd, contentStart);
  }
}
