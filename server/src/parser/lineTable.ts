import type { ContinuationLine, LineNode } from './ast';
import { BlankLineNode, ContinuationLineNode } from './lineNodes';
import type { LineSink } from './lineSink';
import { MutableValueLine } from './valueLine';

const KINDS: readonly LineNode['kind'][] = ['header', 'blank', 'comment', 'ignored', 'key', 'value', 'continuation', 'win31'];
const BLANK = KINDS.indexOf('blank');
const CONTINUATION = KINDS.indexOf('continuation');
const VALUE = KINDS.indexOf('value');
const ROLES: readonly ContinuationLine['role'][] = ['data', 'skipped', 'swallowed'];

/**
 * The lines of a plain parse (not an editor's). Lines with content are nodes; blank lines and the
 * lines of hex continuations, more than half of a regedit export, are rows of typed arrays, made
 * into nodes when the line list is first asked for. Every node a parse keeps is one the garbage
 * collector copies; the model build, which reads only where these lines end, needs none of them.
 */
export class LineTable implements LineSink {
  private size = 0;
  private kinds: Uint8Array;
  private roles: Uint8Array;
  /** The node's index in `nodes` for node rows, the owner's line index for continuation rows. */
  private refs: Int32Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private eolEnds: Int32Array;
  private contentStarts: Int32Array;
  private readonly nodes: LineNode[] = [];
  /** For each node, where the continuation lines right after it end (-1 when none follow it). */
  private readonly trails: number[] = [];
  private all: LineNode[] | undefined;

  /**
   * `expected`: about how many lines the text has. The columns start small and grow to that at the
   * first full row, so the growing code runs (and the JIT compiler sees it) before the parse is
   * optimised: sized from the text at once, they first grew deep into a big file, where the optimised
   * parse had to be thrown away and compiled again.
   */
  constructor(private readonly expected: number) {
    const capacity = 64;
    this.kinds = new Uint8Array(capacity);
    this.roles = new Uint8Array(capacity);
    this.refs = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.eolEnds = new Int32Array(capacity);
    this.contentStarts = new Int32Array(capacity);
  }

  get length(): number {
    return this.size;
  }

  push(node: LineNode): void {
    const row = this.row();
    // Most lines with content are value lines: an instanceof test is cheaper than reading `kind` (many classes).
    this.kinds[row] = node instanceof MutableValueLine ? VALUE : KINDS.indexOf(node.kind);
    this.refs[row] = this.nodes.length;
    this.nodes.push(node);
    this.trails.push(-1);
  }

  pushBlank(start: number, end: number, eolEnd: number, contentStart: number): void {
    const row = this.row();
    this.kinds[row] = BLANK;
    this.setPositions(row, start, end, eolEnd, contentStart);
  }

  pushContinuation(start: number, end: number, eolEnd: number, contentStart: number, owner: number, role: ContinuationLine['role']): void {
    const row = this.row();
    this.kinds[row] = CONTINUATION;
    this.roles[row] = ROLES.indexOf(role);
    this.refs[row] = owner;
    this.setPositions(row, start, end, eolEnd, contentStart);
    // Continuation lines follow their value line with no other node between.
    this.trails[this.nodes.length - 1] = end;
  }

  /** How many lines have content (key, value, comment, header, ignored, win31): the lines that are nodes. */
  get nodeCount(): number {
    return this.nodes.length;
  }

  /** The `index`th line with content, in line order. */
  nodeAt(index: number): LineNode {
    return this.nodes[index];
  }

  /**
   * Where the continuation lines that follow the `index`th node end (before the line break of the last
   * one), or -1 when none follow it. The model needs no more of them: blank and continuation lines are
   * more than half of an export, and it goes from one node to the next.
   */
  trailEnd(index: number): number {
    return this.trails[index];
  }

  /** Every line as a node (made once). */
  toArray(): LineNode[] {
    if (this.all) return this.all;
    const all = new Array<LineNode>(this.size);
    for (let i = 0; i < this.size; i++) {
      const kind = this.kinds[i];
      if (kind === BLANK) all[i] = new BlankLineNode(i + 1, this.starts[i], this.ends[i], this.eolEnds[i], this.contentStarts[i]);
      else if (kind === CONTINUATION) all[i] = new ContinuationLineNode(i + 1, this.starts[i], this.ends[i], this.eolEnds[i], this.contentStarts[i], this.refs[i], ROLES[this.roles[i]]);
      else all[i] = this.nodes[this.refs[i]];
    }
    this.all = all;
    return all;
  }

  private setPositions(row: number, start: number, end: number, eolEnd: number, contentStart: number): void {
    this.starts[row] = start;
    this.ends[row] = end;
    this.eolEnds[row] = eolEnd;
    this.contentStarts[row] = contentStart;
  }

  /** The next row, growing the columns when they are full. */
  private row(): number {
    if (this.size === this.kinds.length) {
      const grow = <T extends Uint8Array | Int32Array>(column: T): T => {
        const bigger = new (column.constructor as new (n: number) => T)(Math.max(column.length * 2, this.expected));
        bigger.set(column);
        return bigger;
      };
      this.kinds = grow(this.kinds);
      this.roles = grow(this.roles);
      this.refs = grow(this.refs);
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      this.eolEnds = grow(this.eolEnds);
      this.contentStarts = grow(this.contentStarts);
    }
    return this.size++;
  }
}
