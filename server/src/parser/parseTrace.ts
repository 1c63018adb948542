import type { RegDocument } from './ast';

/**
 * What the parser saw at the start of each physical line: where the line starts, and how many
 * problems existed by then. The incremental parser cuts a previous parse at a line
 * start with it (prefix kept, suffix shifted). Kept beside the document, not in it, so the
 * syntax tree contract stays as it is.
 */
export interface ParseTrace {
  readonly lineStarts: number[];
  readonly problemCounts: number[];
  /** Incremental parses since the last full parse (bounds what old parses keep alive). */
  generation: number;
}

const traces = new WeakMap<RegDocument, ParseTrace>();

export function newParseTrace(): ParseTrace {
  return { lineStarts: [], problemCounts: [], generation: 0 };
}

export function rememberTrace(doc: RegDocument, trace: ParseTrace): void {
  traces.set(doc, trace);
}

export function traceOf(doc: RegDocument): ParseTrace | undefined {
  return traces.get(doc);
}
