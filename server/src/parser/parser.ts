import type { Importer } from '../model/types';
import type { HeaderLine, IgnoredLine, RegDocument, ValueLine } from './ast';
import { writeDword } from './byteArena';
import { ParseContext, RawLine, type ValueDataSource } from './context';
import { ParsedDocument } from './document';
import type { DecodedText, EncodingProblem } from './encoding';
import { ProblemCode } from './errors';
import { parseHeader } from './header';
import { parseKeyLine, readPlainKeyLine } from './keyLine';
import { CommentLineNode } from './lineNodes';
import { NodeSink, type LineSink } from './lineSink';
import { LineTable } from './lineTable';
import { TokenKind, type TokenList } from './tokens';
import { readPlainValueLine } from './plainValueLine';
import { readQuoted } from './quoted';
import { continueHex, completeHex, dwordValue, parseValueLine, PendingHex } from './valueLine';
import { parseWin31Line } from './win31';
import { newParseTrace, rememberTrace, type ParseTrace } from './parseTrace';

export interface ParseOptions {
  /** 'regedit' (default) accepts full root names only; 'reg' (`reg import`) also HKLM, HKCU, HKCR, HKU, HKCC. */
  importer?: Importer;
  /** Record what `reparse` needs to parse the next version of this text incrementally (editor documents). */
  keepTrace?: boolean;
  /** Record the tokens during the parse instead of on first access of `tokens` (a second parse then). */
  tokens?: boolean;
}

/**
 * Parses decoded text the way regedit's single-pass importer reads it: the first line is
 * the header, then each line is classified by its first non-blank character, with a
 * sub-state for hex values continued with `,\`. Never throws; linear in the text length.
 */
export function parse(decoded: DecodedText, options: ParseOptions = {}): RegDocument {
  const importer: Importer = options.importer === 'reg' ? 'reg' : 'regedit';
  // Editor parses keep values' data: their nodes move into later versions, which have another text.
  const dataLater = options.keepTrace ? undefined : new DataRereader(decoded, importer);
  const ctx = new ParseContext(decoded, importer, { recordTokens: options.tokens === true, dataLater });
  // Hex-heavy exports have about 2 tokens per 3 characters; reserving once avoids copies.
  ctx.tokens?.reserve(Math.ceil(decoded.text.length * 0.7) + 64);
  reportEncoding(ctx, decoded.problems);
  // Editor parses keep every line as a node (the next version reuses them); other parses keep a line table.
  // (A line every 32 characters: regedit exports average about 60.)
  const lines = options.keepTrace ? new NodeSink() : new LineTable(decoded.text.length >> 5);
  const state: LineLoopState = { lines, header: null, pending: null, trace: options.keepTrace ? newParseTrace() : null };
  parseLines(ctx, state, 0);
  return finishDocument(ctx, decoded, state);
}

/** Where the line loop stands: what the lines so far left behind for the next one. */
export interface LineLoopState {
  readonly lines: LineSink;
  header: HeaderLine | null;
  pending: PendingHex | null;
  readonly trace: ParseTrace | null;
}

/**
 * Runs the line state machine from `from` (the start of line number lines.length + 1) to the end
 * of the text, or until `stopBefore` accepts a line start while no hex value is pending (the
 * incremental parser stops there once the rest of the text is the old text, shifted).
 * Returns the offset where it stopped (the text length when it ran to the end).
 */
export function parseLines(ctx: ParseContext, state: LineLoopState, from: number, stopBefore?: (start: number, index: number) => boolean): number {
  const text = ctx.text;
  const lines = state.lines;
  const trace = state.trace;
  const n = text.length;
  let nextNul = ctx.nulFree ? -1 : text.indexOf('\0', from);
  if (trace && from === 0) trace.nulFree = nextNul < 0;
  // Next CR and LF positions, refreshed only when passed: line splitting runs on native indexOf.
  let nextCr = text.indexOf('\r', from);
  let nextLf = text.indexOf('\n', from);
  let pos = from;
  let number = lines.length;
  // One RawLine object reused for every line (nothing keeps a reference to it).
  const line = { number: 0, start: 0, end: 0, eolEnd: 0 };
  do {
    const start = pos;
    if (stopBefore && state.pending === null && start < n && stopBefore(start, lines.length)) return start;
    if (nextCr >= 0 && nextCr < start) nextCr = text.indexOf('\r', start);
    if (nextLf >= 0 && nextLf < start) nextLf = text.indexOf('\n', start);
    const end = nextCr < 0 ? (nextLf < 0 ? n : nextLf) : nextLf < 0 ? nextCr : Math.min(nextCr, nextLf);
    if (nextNul >= 0 && nextNul < start) nextNul = text.indexOf('\0', start);
    const nul = nextNul >= 0 && nextNul < end ? nextNul : -1;
    let eolEnd = end;
    if (end < n) eolEnd = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    number++;
    if (trace) {
      trace.lineStarts.push(start);
      trace.problemCounts.push(ctx.problems.length);
    }
    line.number = number;
    line.start = start;
    // regedit reads a line only up to its first NUL: the line it parses ends there.
    line.end = nul >= 0 ? nul : end;
    line.eolEnd = eolEnd;
    if (nul >= 0) {
      ctx.report(ProblemCode.NulCharacter, nul, end, 'NUL character: regedit reads each line only up to its first NUL, so the rest of this line is lost', {
        fixes: [{ title: 'Remove the NUL characters', edits: nulEdits(text, nul, end) }],
      });
    }
    if (start === 0) {
      state.header = parseHeader(ctx, line);
      lines.push(state.header);
    } else if (state.pending) {
      if (continueHex(ctx, line, state.pending, lines)) state.pending = null;
    } else if (state.header?.headerKind === 'win31') {
      lines.push(parseWin31Line(ctx, line));
    } else {
      state.pending = parseBodyLine(ctx, line, lines);
    }
    ctx.emit(TokenKind.Invalid, line.end, end);
    ctx.emit(TokenKind.LineBreak, end, eolEnd);
    pos = eolEnd;
  } while (pos < n);
  return n;
}

/** Commits a hex value left open at the end of the file and assembles the document. */
export function finishDocument(ctx: ParseContext, decoded: DecodedText, state: LineLoopState): RegDocument {
  // A continued hex value that reaches the end of the file is committed with the bytes so far.
  if (state.pending) completeHex(ctx, state.pending, true);
  const header = state.header;
  const fatalEncoding = decoded.problems.some((p) => p.fatal);
  const headerOk = header !== null && (header.headerKind === 'v4' || header.headerKind === 'v5' || header.headerKind === 'win31');
  const importer = ctx.importer;
  const tokenize = (): TokenList => parse(decoded, { importer, tokens: true }).tokens;
  const lines = state.lines instanceof NodeSink ? state.lines.nodes : (state.lines as LineTable);
  const doc = new ParsedDocument(decoded, importer, header, lines, ctx.problems, headerOk && !fatalEncoding, ctx.tokens ?? tokenize);
  if (state.trace) rememberTrace(doc, state.trace);
  return doc;
}

/**
 * Reads a value's data from the text again: a parse that leaves it for later still checks every
 * byte, digit and escape, but most values of a big export are never looked at, so their bytes
 * and strings are never made (fewer objects for the collector to copy).
 */
class DataRereader implements ValueDataSource {
  constructor(
    private readonly decoded: DecodedText,
    private readonly importer: Importer,
  ) {}

  text(node: ValueLine): string {
    const data = node.dataSpan;
    return readQuoted(this.decoded.text, data.offset, data.offset + data.length).value;
  }

  bytes(node: ValueLine): Uint8Array {
    return node.dataKind === 'dword' ? this.dwordBytes(node) : this.hexBytes(node);
  }

  /** The data span is `dword:`, blanks, then the digits (none for `dword:;`). */
  private dwordBytes(node: ValueLine): Uint8Array {
    const text = this.decoded.text;
    const data = node.dataSpan;
    let digits = data.offset + 6;
    while (text.charCodeAt(digits) === 32 || text.charCodeAt(digits) === 9) digits++;
    const value = dwordValue(text, digits, data.offset + data.length);
    const bytes = new Uint8Array(4);
    writeDword(bytes, 0, value);
    return bytes;
  }

  /** Parses the value's lines again, collecting the bytes this time. */
  private hexBytes(node: ValueLine): Uint8Array {
    // Chunks of the value's size: the bytes returned are the whole chunk, not a view of it.
    const ctx = new ParseContext(this.decoded, this.importer, { arenaChunkSize: 1 });
    const lines = new NodeSink();
    const state: LineLoopState = { lines, header: null, pending: null, trace: null };
    const from = node.span.offset;
    parseLines(ctx, state, from, (start) => start > from);
    if (state.pending) completeHex(ctx, state.pending, true);
    const again = lines.nodes[0];
    return (again?.kind === 'value' ? again.bytes : undefined) ?? new Uint8Array(0);
  }
}

/** Reads a line outside a hex continuation into `lines`; returns the hex value it leaves open, if any. */
function parseBodyLine(ctx: ParseContext, line: RawLine, lines: LineSink): PendingHex | null {
  const text = ctx.text;
  const p = ctx.skipWs(line.start, line.end);
  ctx.emit(TokenKind.Whitespace, line.start, p);
  if (p >= line.end) {
    lines.pushBlank(line.start, line.end, line.eolEnd, p);
    return null;
  }
  const c = text.charCodeAt(p);
  if (c === 91) {
    lines.push((ctx.tokens === null ? readPlainKeyLine(ctx, line, p) : undefined) ?? parseKeyLine(ctx, line, p));
    return null;
  }
  if (c === 64 || c === 34) {
    // Value lines as exporters write them are read in a few matches when no tokens are recorded and data is read later.
    const plain = ctx.tokens === null && ctx.dataLater !== null ? readPlainValueLine(ctx, line, p, lines) : undefined;
    return plain !== undefined ? plain : parseValueLine(ctx, line, p, lines);
  }
  if (c === 59 || c === 35) {
    ctx.emit(TokenKind.Comment, p, line.end);
    lines.push(new CommentLineNode(line.number, line.start, line.end, line.eolEnd, p, c === 59 ? ';' : '#'));
    return null;
  }
  ctx.emit(TokenKind.Ignored, p, line.end);
  // A DOS end-of-file mark (Ctrl+Z) left by old editors: regedit skips it like any junk
  // line, and it is harmless, so it gets no diagnostic.
  if (!isEofMark(text.slice(p, line.end))) reportIgnoredLine(ctx, line, p);
  const node: IgnoredLine = { kind: 'ignored', line: line.number, span: { offset: line.start, length: line.end - line.start }, eol: { offset: line.end, length: line.eolEnd - line.end }, contentStart: p };
  lines.push(node);
  return null;
}

function reportIgnoredLine(ctx: ParseContext, line: RawLine, p: number): void {
  const content = ctx.text.slice(p, line.end);
  const comment = { title: "Comment out the line with ';'", edits: [{ offset: p, length: 0, newText: ';' }] };
  if (/^HKEY_[A-Za-z_]+(\\.*)?\]\s*$/i.test(content) || /^HK(LM|CU|CR|U|CC)\\.*\]\s*$/i.test(content)) {
    ctx.report(ProblemCode.IgnoredLine, p, line.end, "regedit ignores this line: a key line must start with '['", {
      fixes: [{ title: "Add the opening '['", edits: [{ offset: p, length: 0, newText: '[' }] }, comment],
    });
    return;
  }
  if (/^[^\s=]+\s*=/.test(content)) {
    ctx.report(ProblemCode.IgnoredLine, p, line.end, 'regedit ignores this line: a value name must be in double quotes (or @ for the default value)', { fixes: [comment], tags: ['unnecessary'] });
    return;
  }
  ctx.report(ProblemCode.IgnoredLine, p, line.end, `regedit ignores this line: it does not start with '[', '@', '"' or ';' (found "${ctx.excerpt(p, line.end, 20)}")`, { fixes: [comment], tags: ['unnecessary'] });
}

export function reportEncoding(ctx: ParseContext, problems: readonly EncodingProblem[]): void {
  const firstLineEnd = ctx.text.search(/[\r\n]|$/);
  for (const problem of problems) {
    if (problem.code === 'utf8-bom') ctx.report(ProblemCode.Utf8Bom, 0, firstLineEnd, problem.message);
    else if (problem.code === 'utf16-no-bom' || problem.code === 'utf16be') ctx.report(ProblemCode.Utf16WithoutBom, 0, firstLineEnd, problem.message);
    else if (problem.code === 'odd-utf16-length') ctx.report(ProblemCode.Utf16WithoutBom, ctx.text.length, ctx.text.length, problem.message, { severity: 'warning' });
  }
}

function isEofMark(content: string): boolean {
  const trimmed = content.trimEnd();
  return trimmed.length > 0 && [...trimmed].every((c) => c === '\u001a');
}

function nulEdits(text: string, from: number, to: number): { offset: number; length: number; newText: string }[] {
  const edits: { offset: number; length: number; newText: string }[] = [];
  for (let i = text.indexOf('\0', from); i >= 0 && i < to; i = text.indexOf('\0', i + 1)) edits.push({ offset: i, length: 1, newText: '' });
  return edits;
}
