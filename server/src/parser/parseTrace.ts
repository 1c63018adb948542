import type { RegDocument } from './ast';
import { IntList } from './intList';

/**
 * What the parser saw at the start of each physical line: where the line starts, and how many
 * problems existed by then. The incremental parser cuts a previous parse at a line
 * start with it (prefix kept, suffix shifted). Kept beside the document, not in it, so the
 * syntax tree contract stays as it is.
 */
export interface ParseTrace {
  readonly lineStarts: IntList;
  readonly problemCounts: IntList;
  /** Incremental parses since the last full parse (bounds what old parses keep alive). */
  generation: number;
  /** The text holds no NUL character (the next version's parse then only looks for one in the edit). */
  nulFree: boolean;
  /** Set by an incremental parse that moved the end of `previous` behind what it parsed again. */
  moved?: MovedTail;
}

/** Lines `from` onwards of a parse are the lines `oldFrom` onwards of `previous`, `delta` characters and `lineDelta` lines further on. */
export interface MovedTail {
  /** Weak: each version would otherwise keep every earlier one alive. */
  readonly previous: WeakRef<RegDocument>;
  readonly from: number;
  readonly oldFrom: number;
  readonly delta: number;
  readonly lineDelta: number;
}

const traces = new WeakMap<RegDocument, ParseTrace>();

export function newParseTrace(): ParseTrace {
  return { lineStarts: new IntList(), problemCounts: new IntList(), generation: 0, nulFree: false };
}

export function rememberTrace(doc: RegDocument, trace: ParseTrace): void {
  traces.set(doc, trace);
}

export function traceOf(doc: RegDocument): ParseTrace | undefined {
  return traces.get(doc);
}
