import type { ContinuationLine, LineNode } from './ast';
import { BlankLineNode, ContinuationLineNode } from './lineNodes';

/**
 * Where the line loop puts each line it reads, in order. Blank lines and the lines of a hex
 * continuation come as their positions: a sink may keep them as rows of numbers instead of nodes.
 */
export interface LineSink {
  /** Lines so far (the next line's number is length + 1). */
  readonly length: number;
  push(node: LineNode): void;
  /** A line of spaces and tabs only, [start, end) with its line break up to eolEnd. */
  pushBlank(start: number, end: number, eolEnd: number, contentStart: number): void;
  /** A line read as part of the hex value on line index `owner` (0-based). */
  pushContinuation(start: number, end: number, eolEnd: number, contentStart: number, owner: number, role: ContinuationLine['role']): void;
}

/** Lines as nodes in an array: editor parses, whose lines the incremental parser reuses and splices. */
export class NodeSink implements LineSink {
  constructor(public nodes: LineNode[] = []) {}

  get length(): number {
    return this.nodes.length;
  }

  push(node: LineNode): void {
    this.nodes.push(node);
  }

  pushBlank(start: number, end: number, eolEnd: number, contentStart: number): void {
    this.nodes.push(new BlankLineNode(this.nodes.length + 1, start, end, eolEnd, contentStart));
  }

  pushContinuation(start: number, end: number, eolEnd: number, contentStart: number, owner: number, role: ContinuationLine['role']): void {
    this.nodes.push(new ContinuationLineNode(this.nodes.length + 1, start, end, eolEnd, contentStart, owner, role));
  }
}
