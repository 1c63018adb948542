import type { Fix, RelatedLocation } from '../findings/types';
import type { Importer } from '../model/types';
import type { LineNode, RegDocument } from './ast';
import { detachString, ParseContext } from './context';
import type { DecodedText } from './encoding';
import type { ParseProblem } from './errors';
import { KeyLineNode } from './keyLine';
import { NodeSink } from './lineSink';
import { finishDocument, parse, parseLines, type LineLoopState, type ParseOptions } from './parser';
import { traceOf, type ParseTrace } from './parseTrace';
import { mentionsLine, shiftProblem } from './movedProblem';
import { shiftLine } from './shiftedLine';
import { textEditSpan } from './textEdit';
import { MutableValueLine } from './valueLine';

/** After this many incremental parses in a row, parse in full: old parses' byte chunks and nodes are let go. */
const MAX_GENERATIONS = 200;
/** Chunk size of the byte arena of an incremental parse (it stores the values of a few lines only). */
const SMALL_ARENA = 1 << 10;

/**
 * Parses `decoded` reusing `previous`, the parse of an earlier text of the same document: the lines
 * before the edit are kept, the edited lines are parsed again, and once the parser stands at a line
 * start where the old parse also stood with nothing pending and the rest of the text is the old
 * text, the old lines and problems are moved by the length difference instead of parsed. (Tokens
 * are not recorded: the result makes them with a full parse if they are asked for.)
 * The result is exactly what `parse(decoded, options)` returns; when the edit is not local enough
 * to prove that (header, encoding, line-numbered messages below a change in line count), it is
 * that full parse.
 */
export function reparse(previous: RegDocument | undefined, decoded: DecodedText, options: ParseOptions = {}): RegDocument {
  if (previous) {
    try {
      const doc = incrementalParse(previous, decoded, options);
      if (doc) return doc;
    } catch {
      // A splice that does not fit (it cannot happen for a parse of this module's own making): parse in full.
    }
  }
  return parse(decoded, { ...options, keepTrace: true });
}

function incrementalParse(previous: RegDocument, decoded: DecodedText, options: ParseOptions): RegDocument | undefined {
  const importer: Importer = options.importer === 'reg' ? 'reg' : 'regedit';
  const trace = traceOf(previous);
  const old = previous.decoded;
  if (!trace || trace.generation >= MAX_GENERATIONS) return undefined;
  // (The line-break style only words the "add the header" fix, which needs an invalid header.)
  if (previous.importer !== importer || old.unicode !== decoded.unicode) return undefined;
  // Encoding problems are reported against the first line and the text length: not worth splicing.
  if (old.problems.length > 0 || decoded.problems.length > 0) return undefined;
  // An invalid header's diagnostic looks for a header further down; win31 files have their own line kinds.
  const headerKind = previous.header?.headerKind;
  if (headerKind !== 'v5' && headerKind !== 'v4' && headerKind !== 'regeditPrefixed') return undefined;
  const oldText = previous.text;
  const text = decoded.text;
  const { prefix, suffix } = textEditSpan(oldText, text);
  const restart = restartLine(previous, trace, prefix);
  if (restart < 1) return undefined;

  const delta = text.length - oldText.length;
  const changedEnd = text.length - suffix; // from here on, text[i] === oldText[i - delta]
  // A NUL can only be new where the text changed.
  const nulFree = trace.nulFree && text.slice(prefix, changedEnd).indexOf('\0') < 0;
  const ctx = new ParseContext(decoded, importer, { arenaChunkSize: SMALL_ARENA, nulFree });
  for (let i = 0; i < trace.problemCounts.at(restart); i++) ctx.problems.push(previous.problems[i]);
  const state: EditorLoopState = {
    lines: new NodeSink(previous.lines.slice(0, restart)),
    header: previous.header,
    pending: null,
    trace: {
      // Room for the whole text again: the moved lines are appended without growing.
      lineStarts: trace.lineStarts.head(restart, trace.lineStarts.length - restart + 64),
      problemCounts: trace.problemCounts.head(restart, trace.problemCounts.length - restart + 64),
      generation: trace.generation + 1,
      nulFree,
    },
  };
  // The old line that starts where the new parse stands (once past the edit), if the old parse
  // stood there with nothing pending too.
  let oldLine = restart;
  let resume = -1;
  const synchronised = (start: number): boolean => {
    if (start < changedEnd) return false;
    const oldStart = start - delta;
    while (oldLine < trace.lineStarts.length && trace.lineStarts.at(oldLine) < oldStart) oldLine++;
    if (oldLine >= trace.lineStarts.length || trace.lineStarts.at(oldLine) !== oldStart) return false;
    if (previous.lines[oldLine].kind === 'continuation') return false;
    resume = oldLine;
    return true;
  };
  const stoppedAt = parseLines(ctx, state, trace.lineStarts.at(restart), synchronised);
  const parsedLines = state.lines.length;
  const parsedProblems = ctx.problems.length;
  if (stoppedAt < text.length && resume >= 0) {
    if (!spliceSuffix(ctx, state, previous, trace, resume, delta)) return undefined;
  }
  const doc = finishDocument(ctx, decoded, state);
  // The lines parsed again outlive this text when later edits reuse them: give them strings of their own.
  for (let i = restart; i < parsedLines; i++) state.lines.nodes[i] = detachLine(state.lines.nodes[i]);
  for (let i = trace.problemCounts.at(restart); i < parsedProblems; i++) ctx.problems[i] = detachProblem(ctx.problems[i]);
  return doc;
}

/**
 * Index of the old line to parse again from: the line holding the first changed character (the one
 * before when the change starts exactly at a line start, whose line break may now end differently),
 * moved back to the value line that owns it when it is a hex continuation.
 */
function restartLine(previous: RegDocument, trace: ParseTrace, firstChange: number): number {
  const starts = trace.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts.at(mid) <= firstChange) lo = mid;
    else hi = mid - 1;
  }
  let line = starts.at(lo) === firstChange ? lo - 1 : lo;
  while (line > 0) {
    const node = previous.lines[line];
    if (node.kind !== 'continuation') break;
    line = node.owner;
  }
  return line;
}

/** Moves the old lines from `from` on and their problems behind what was parsed again. */
function spliceSuffix(ctx: ParseContext, state: EditorLoopState, previous: RegDocument, trace: ParseTrace, from: number, delta: number): boolean {
  const lineDelta = state.lines.length - from;
  const oldProblems = previous.problems;
  const problemsFrom = trace.problemCounts.at(from);
  // Messages that name a line number would need rewording: parse those in full.
  if (lineDelta !== 0) {
    for (let i = problemsFrom; i < oldProblems.length; i++) if (mentionsLine(oldProblems[i])) return false;
  }
  const problemShift = ctx.problems.length - problemsFrom;
  // Arrays of their final size, one pass each: growing them by push would copy them several times,
  // in the young generation the collector copies again, and this runs over every line after the edit.
  const tail = previous.lines.slice(from);
  for (let i = 0; i < tail.length; i++) tail[i] = shiftLine(tail[i], delta, lineDelta);
  // The model builder moves the previous model's operations for these lines instead of making them again.
  state.trace.moved = { previous: new WeakRef(previous), from: state.lines.length, oldFrom: from, delta, lineDelta };
  state.lines.nodes = state.lines.nodes.concat(tail);
  state.trace.lineStarts.appendShifted(trace.lineStarts, from, delta);
  state.trace.problemCounts.appendShifted(trace.problemCounts, from, problemShift);
  for (let i = problemsFrom; i < oldProblems.length; i++) ctx.problems.push(shiftProblem(oldProblems[i], delta));
  state.pending = null; // the old parse ended its last value itself (its problems are among those moved)
  state.header = previous.header;
  return true;
}

/** The line loop's state in an editor parse: every line a node, and the trace. */
type EditorLoopState = LineLoopState & { readonly lines: NodeSink; readonly trace: ParseTrace };

function detachLine(node: LineNode): LineNode {
  if (node instanceof MutableValueLine || node instanceof KeyLineNode) return node.detached();
  return node; // the other kinds hold no strings from the text
}

function detachProblem(problem: ParseProblem): ParseProblem {
  const copy: { -readonly [K in keyof ParseProblem]: ParseProblem[K] } = { ...problem, message: detachString(problem.message) };
  if (problem.fixes) copy.fixes = problem.fixes.map((fix): Fix => ({ ...fix, title: detachString(fix.title), edits: fix.edits.map((e) => ({ ...e, newText: detachString(e.newText) })) }));
  if (problem.related) copy.related = problem.related.map((r): RelatedLocation => ({ ...r, message: detachString(r.message) }));
  return copy;
}
