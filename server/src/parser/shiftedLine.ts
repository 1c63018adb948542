import type { RegistryPath, TextSpan } from '../model/types';
import type { CommentLine, ContinuationLine, KeyLine, KeyLineStatus, LineNode, ValueDataKind, ValueLine } from './ast';

/** Every field a line of any kind may have. */
interface AnyLine {
  readonly kind: LineNode['kind'];
  readonly line: number;
  readonly contentStart: number;
  readonly span: TextSpan;
  readonly eol: TextSpan;
  readonly name?: ValueLine['name'];
  readonly nameSpan?: TextSpan;
  readonly dataKind?: ValueDataKind;
  readonly type?: number;
  readonly dataSpan?: TextSpan;
  readonly text?: string;
  readonly bytes?: Uint8Array;
  readonly valid?: boolean;
  readonly lastLine?: number;
  readonly end?: number;
  readonly deletion?: boolean;
  readonly status?: KeyLineStatus;
  readonly pathSpan?: TextSpan | null;
  readonly rootSpan?: TextSpan | null;
  readonly segmentSpans?: KeyLine['segmentSpans'];
  readonly path?: RegistryPath | null;
  readonly owner?: number;
  readonly role?: ContinuationLine['role'];
  readonly marker?: CommentLine['marker'];
}

/**
 * A line of an earlier parse seen `delta` characters and `lineDelta` lines further on: what the
 * incremental parser puts behind an edit instead of a copy of every node. Three fields instead of up
 * to twenty-one: the lines after an edit are most of what an edit allocates and keeps, and the
 * garbage collector copies what is kept. Positions are worked out on access. One class for every
 * kind of line (the kind is the original's), so that making them stays monomorphic.
 */
class ShiftedLine {
  constructor(
    readonly base: AnyLine,
    readonly delta: number,
    readonly lineDelta: number,
  ) {}

  get kind(): LineNode['kind'] {
    return this.base.kind;
  }
  get line(): number {
    return this.base.line + this.lineDelta;
  }
  get contentStart(): number {
    return this.base.contentStart + this.delta;
  }
  get span(): TextSpan {
    return this.move(this.base.span);
  }
  get eol(): TextSpan {
    return this.move(this.base.eol);
  }

  // Value lines
  get name(): string | null | undefined {
    return this.base.name;
  }
  get nameSpan(): TextSpan | undefined {
    return this.moveIf(this.base.nameSpan);
  }
  get dataKind(): ValueDataKind | undefined {
    return this.base.dataKind;
  }
  get type(): number | undefined {
    return this.base.type;
  }
  get dataSpan(): TextSpan | undefined {
    return this.moveIf(this.base.dataSpan);
  }
  get text(): string | undefined {
    return this.base.text;
  }
  /** The same view as the earlier node's, so caches keyed by it still hit. */
  get bytes(): Uint8Array | undefined {
    return this.base.bytes;
  }
  get valid(): boolean | undefined {
    return this.base.valid;
  }
  get lastLine(): number | undefined {
    return this.base.lastLine === undefined ? undefined : this.base.lastLine + this.lineDelta;
  }
  get end(): number | undefined {
    return this.base.end === undefined ? undefined : this.base.end + this.delta;
  }

  // Key lines
  get deletion(): boolean | undefined {
    return this.base.deletion;
  }
  get status(): KeyLineStatus | undefined {
    return this.base.status;
  }
  get pathSpan(): TextSpan | null | undefined {
    return this.moveIf(this.base.pathSpan);
  }
  get rootSpan(): TextSpan | null | undefined {
    return this.moveIf(this.base.rootSpan);
  }
  get segmentSpans(): readonly TextSpan[] | undefined {
    return this.base.segmentSpans?.map((s) => this.move(s));
  }
  get path(): RegistryPath | null | undefined {
    return this.base.path;
  }

  // Continuation lines: lines are inserted or removed above together with their owners, so the owner index moves by `lineDelta` too.
  get owner(): number | undefined {
    return this.base.owner === undefined ? undefined : this.base.owner + this.lineDelta;
  }
  get role(): ContinuationLine['role'] | undefined {
    return this.base.role;
  }

  // Comment lines
  get marker(): ';' | '#' | undefined {
    return this.base.marker;
  }

  /** The JSON of the node a parse of the new text makes (tests compare the two). */
  toJSON(): object {
    return shiftJson(JSON.parse(JSON.stringify(this.base)) as Record<string, unknown>, this.delta, this.lineDelta);
  }

  private move(span: TextSpan): TextSpan {
    return { offset: span.offset + this.delta, length: span.length };
  }

  private moveIf<S extends TextSpan | null | undefined>(span: S): S {
    return (span ? this.move(span) : span) as S;
  }
}

/** `node` moved by `delta` characters and `lineDelta` lines; a moved line is moved again from its original. */
export function shiftLine(node: LineNode, delta: number, lineDelta: number): LineNode {
  let base = node as unknown as AnyLine;
  if (node instanceof ShiftedLine) {
    base = node.base;
    delta += node.delta;
    lineDelta += node.lineDelta;
  }
  if (delta === 0 && lineDelta === 0) return base as unknown as LineNode;
  // The header is line 1 (never after an edit); win31 files are parsed in full.
  if (base.kind === 'header' || base.kind === 'win31') throw new Error(`incremental parse: cannot move a ${base.kind} line`);
  return new ShiftedLine(base, delta, lineDelta) as unknown as LineNode;
}

const OFFSET_FIELDS = ['contentStart', 'end'];
const LINE_FIELDS = ['line', 'lastLine', 'owner'];
const SPAN_FIELDS = ['span', 'eol', 'nameSpan', 'dataSpan', 'pathSpan', 'rootSpan'];

function shiftJson(json: Record<string, unknown>, delta: number, lineDelta: number): object {
  const moveSpan = (span: unknown): unknown => (span && typeof span === 'object' ? { ...(span as TextSpan), offset: (span as TextSpan).offset + delta } : span);
  for (const field of OFFSET_FIELDS) if (typeof json[field] === 'number') json[field] = (json[field] as number) + delta;
  for (const field of LINE_FIELDS) if (typeof json[field] === 'number') json[field] = (json[field] as number) + lineDelta;
  for (const field of SPAN_FIELDS) if (field in json) json[field] = moveSpan(json[field]);
  if (Array.isArray(json.segmentSpans)) json.segmentSpans = json.segmentSpans.map(moveSpan);
  return json;
}
