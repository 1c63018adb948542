import type { RegistryPath, RootKeyName, TextSpan } from '../model/types';
import { makeRegistryPath, registryPathFromText, resolveRoot, rootAccepted, ROOT_KEYS, type RootResolution } from '../model/paths';
import type { KeyLine, KeyLineStatus } from './ast';
import { detachString, indexInRange, isWs, lastIndexInRange, ParseContext, RawLine } from './context';
import { ProblemCode } from './errors';
import { TokenKind } from './tokens';

export const MAX_KEY_SEGMENT = 255;

/**
 * A key line. Its spans are made on access from offsets (a key line used to cost a dozen
 * objects, which dominated garbage collection on big exports).
 */
export class KeyLineNode implements KeyLine {
  get kind(): 'key' {
    return 'key';
  }

  constructor(
    readonly line: number,
    private readonly lineStart: number,
    private readonly lineEnd: number,
    private readonly eolEnd: number,
    readonly contentStart: number,
    readonly status: KeyLineStatus,
    readonly deletion: boolean,
    /** The text between the brackets (segment spans are read from it on access). */
    private readonly pathText: string,
    /** -1 when there is no closing bracket. */
    private readonly pathStart: number,
    private readonly pathEnd: number,
    /** -1 when no root was read. */
    private readonly rootEnd: number,
    readonly path: RegistryPath | null,
  ) {}

  get span(): TextSpan {
    return { offset: this.lineStart, length: this.lineEnd - this.lineStart };
  }

  get eol(): TextSpan {
    return { offset: this.lineEnd, length: this.eolEnd - this.lineEnd };
  }

  get pathSpan(): TextSpan | null {
    return this.pathStart < 0 ? null : { offset: this.pathStart, length: this.pathEnd - this.pathStart };
  }

  get rootSpan(): TextSpan | null {
    return this.rootEnd < 0 ? null : { offset: this.pathStart, length: this.rootEnd - this.pathStart };
  }

  get segmentSpans(): readonly TextSpan[] {
    if (this.rootEnd < 0) return [];
    const spans: TextSpan[] = [];
    for (let i = this.rootEnd; i < this.pathEnd; ) {
      const found = this.pathText.indexOf('\\', i + 1 - this.pathStart);
      let j = found < 0 ? -1 : found + this.pathStart;
      if (j < 0 || j > this.pathEnd) j = this.pathEnd;
      spans.push({ offset: i + 1, length: j - i - 1 });
      i = j;
    }
    while (spans.length > 0 && spans[spans.length - 1].length === 0) spans.pop();
    return spans;
  }

  /** The same line with strings of its own, so that it does not keep the document text alive (see detachString). */
  detached(): KeyLineNode {
    const path = this.path && makeRegistryPath(this.path.root, detachString(this.path.rootAsWritten), this.path.segments.map(detachString), detachString(this.path.text));
    return new KeyLineNode(this.line, this.lineStart, this.lineEnd, this.eolEnd, this.contentStart, this.status, this.deletion, detachString(this.pathText), this.pathStart, this.pathEnd, this.rootEnd, path);
  }

  toJSON(): object {
    const { kind, line, span, eol, contentStart, deletion, status, pathSpan, rootSpan, segmentSpans, path } = this;
    return { kind, line, span, eol, contentStart, deletion, status, pathSpan, rootSpan, segmentSpans, path };
  }
}

function keyNode(ctx: ParseContext, line: RawLine, p: number, status: KeyLineStatus, deletion: boolean, pathStart: number, pathEnd: number, rootEnd: number, path: RegistryPath | null): KeyLine {
  // The path's text when it is the whole text between the brackets (as regedit exports it): one string, not two.
  const pathText = pathStart < 0 ? '' : path !== null && path.text.length === pathEnd - pathStart && path.rootAsWritten === path.root ? path.text : ctx.text.slice(pathStart, pathEnd);
  return new KeyLineNode(line.number, line.start, line.end, line.eolEnd, p, status, deletion, pathText, pathStart, pathEnd, rootEnd, path);
}

/** `[` and a root as regedit exports it (its full name, upper case). */
const PLAIN_ROOT = /\[(?:HKEY_LOCAL_MACHINE|HKEY_CURRENT_USER|HKEY_CLASSES_ROOT|HKEY_USERS|HKEY_CURRENT_CONFIG)(?=\\)/y;
/** `\\name` segments of 1 to MAX_KEY_SEGMENT characters with no blank at either end and no `]`, then the closing `]`. */
const PLAIN_SEGMENTS = new RegExp(String.raw`(?:\\[^\\ \t\]\r\n](?:[^\\\]\r\n]{0,${MAX_KEY_SEGMENT - 2}}[^\\ \t\]\r\n])?)+\]`, 'y');

/**
 * Reads a key line of the shape regedit exports (`[HKEY_LOCAL_MACHINE\\A\\B]`: a full root name, plain
 * segments, nothing after the bracket) in two native matches, or returns undefined (having read
 * nothing) for any other shape, which parseKeyLine reads with its diagnostics. For parses that record
 * no tokens.
 */
export function readPlainKeyLine(ctx: ParseContext, line: RawLine, p: number): KeyLine | undefined {
  const text = ctx.text;
  PLAIN_ROOT.lastIndex = p;
  if (!PLAIN_ROOT.test(text)) return undefined;
  const rootEnd = PLAIN_ROOT.lastIndex;
  PLAIN_SEGMENTS.lastIndex = rootEnd;
  if (!PLAIN_SEGMENTS.test(text) || PLAIN_SEGMENTS.lastIndex !== line.end) return undefined;
  const close = line.end - 1;
  const root = resolveRoot(ctx.names.get(text, p + 1, rootEnd));
  if (root.kind !== 'full') return undefined;
  return keyNode(ctx, line, p, 'ok', false, p + 1, close, rootEnd, registryPathFromText(root.root, root.root, text.slice(p + 1, close)));
}

/** Parses a line whose first non-blank character (at `p`) is `[`. */
export function parseKeyLine(ctx: ParseContext, line: RawLine, p: number): KeyLine {
  const text = ctx.text;
  ctx.emit(TokenKind.Whitespace, line.start, p);
  ctx.emit(TokenKind.BracketOpen, p, p + 1);
  let q = p + 1;
  if (q < line.end && isWs(text.charCodeAt(q))) {
    const w = ctx.skipWs(q, line.end);
    ctx.report(ProblemCode.WhitespaceAfterBracket, p, w, "regedit ignores this key line: nothing may come between '[' and the key name; the previous key stays current", {
      fixes: [{ title: "Remove the space after '['", edits: [{ offset: q, length: w - q, newText: '' }] }],
    });
    ctx.emit(TokenKind.Invalid, q, line.end);
    return keyNode(ctx, line, p, 'malformed', text.charCodeAt(w) === 45, -1, -1, -1, null);
  }
  const close = lastIndexInRange(text, 93, q, line.end);
  if (close < q) {
    const contentEnd = ctx.trimEnd(q, line.end);
    const splitName = text.charCodeAt(contentEnd - 1) === 92;
    ctx.report(ProblemCode.MissingCloseBracket, p, line.end, splitName
      ? "regedit ignores this key line: it has no closing ']' (a key name cannot continue on the next line); the previous key stays current"
      : "regedit ignores this key line: it has no closing ']'; the previous key stays current", {
      fixes: splitName ? undefined : [{ title: "Add the closing ']'", edits: [{ offset: contentEnd, length: 0, newText: ']' }] }],
    });
    ctx.emit(TokenKind.Invalid, q, line.end);
    return keyNode(ctx, line, p, 'malformed', text.charCodeAt(q) === 45, -1, -1, -1, null);
  }
  let deletion = false;
  if (text.charCodeAt(q) === 45) {
    deletion = true;
    ctx.emit(TokenKind.DeleteMark, q, q + 1);
    q++;
    if (q < close && isWs(text.charCodeAt(q))) {
      const w = ctx.skipWs(q, close);
      ctx.report(ProblemCode.WhitespaceAfterBracket, p, w, "regedit deletes nothing: nothing may come between '[-' and the key name (values below are dropped until the next key line)", {
        fixes: [{ title: "Remove the space after '[-'", edits: [{ offset: q, length: w - q, newText: '' }] }],
      });
      ctx.emit(TokenKind.Invalid, q, close);
      emitClose(ctx, close, line);
      return keyNode(ctx, line, p, 'failed', true, q, close, -1, null);
    }
  }
  const result = parsePath(ctx, p, q, close, deletion);
  emitClose(ctx, close, line);
  return keyNode(ctx, line, p, result.status, deletion, q, close, result.rootEnd, result.path);
}

function emitClose(ctx: ParseContext, close: number, line: RawLine): void {
  ctx.emit(TokenKind.BracketClose, close, close + 1);
  const w = ctx.skipWs(close + 1, line.end);
  ctx.emit(TokenKind.Whitespace, close + 1, w);
  ctx.emit(ctx.text.charCodeAt(w) === 59 ? TokenKind.Comment : TokenKind.KeyTrailer, w, line.end);
}

interface PathResult {
  status: KeyLineStatus;
  rootEnd: number;
  path: RegistryPath | null;
}

/** Segment boundaries of the key line being read (start, end pairs); reused between lines. */
const bounds: number[] = [];

function parsePath(ctx: ParseContext, bracket: number, start: number, close: number, deletion: boolean): PathResult {
  const text = ctx.text;
  let rootEnd = indexInRange(text, 92, start, close);
  if (rootEnd < 0) rootEnd = close;
  // Files spell their roots the same way on every key line: one string (and one lookup in resolveRoot's map).
  const rootAsWritten = ctx.names.get(text, start, rootEnd);
  ctx.emit(TokenKind.RootName, start, rootEnd);
  bounds.length = 0;
  // Whether a segment may have something to report (checked in detail, and worded, only then).
  let suspect = false;
  let i = rootEnd;
  while (i < close) {
    ctx.emit(TokenKind.PathSeparator, i, i + 1);
    let j = indexInRange(text, 92, i + 1, close);
    if (j < 0) j = close;
    ctx.emit(TokenKind.KeySegment, i + 1, j);
    if (j - i - 1 === 0 || j - i - 1 > MAX_KEY_SEGMENT || isWs(text.charCodeAt(i + 1)) || isWs(text.charCodeAt(j - 1))) suspect = true;
    bounds.push(i + 1, j);
    i = j;
  }
  // Trailing empty segments (from trailing backslashes) are dropped, as regedit drops them.
  while (bounds.length > 0 && bounds[bounds.length - 2] === bounds[bounds.length - 1]) bounds.length -= 2;
  const resolution = resolveRoot(rootAsWritten);
  const root = checkRoot(ctx, resolution, rootAsWritten, start, rootEnd, close, deletion);
  if (typeof root !== 'string') return root;
  const status = suspect ? checkSegments(ctx, deletion) : 'ok';
  const segmentCount = bounds.length >> 1;
  if (deletion && segmentCount === 0) {
    ctx.report(ProblemCode.DeleteRootKey, bracket, close + 1, `regedit refuses to delete the root key ${root}${ctx.importer === 'regedit' ? " (Wine's regedit stops the import here)" : '; reg import ignores the line'}`);
    return { status: 'failed', rootEnd, path: makeRegistryPath(root, rootAsWritten, []) };
  }
  // Written as regedit exports it (full root name, no trailing backslash), the path text is a slice of
  // the line: no joined copy of it (nor the copy a concatenation makes when it is read), and its
  // segments are split from it when asked for.
  const pathEnd = segmentCount > 0 ? bounds[bounds.length - 1] : rootEnd;
  if (rootAsWritten === root) return { status, rootEnd, path: registryPathFromText(root, root, text.slice(start, pathEnd)) };
  const segments = segmentCount > 0 ? text.slice(bounds[0], pathEnd).split('\\') : [];
  return { status, rootEnd, path: makeRegistryPath(root, rootAsWritten, segments) };
}

/** How messages about a key line start ("regedit cannot open this key") and end (what happens to the values below). */
function verbOf(deletion: boolean): string {
  return deletion ? 'regedit deletes nothing' : 'regedit cannot open this key';
}

function afterOf(deletion: boolean): string {
  return deletion ? '' : '; values below are dropped until the next key line';
}

/** Reports a root regedit cannot open (the key line fails: its result) or an abbreviation; the root's full name when the key can be opened. */
function checkRoot(ctx: ParseContext, resolution: RootResolution, rootAsWritten: string, start: number, rootEnd: number, close: number, deletion: boolean): PathResult | RootKeyName {
  const verb = verbOf(deletion);
  const after = afterOf(deletion);
  // HKEY_DYN_DATA is a root to regedit's parser, but it only exists on Windows 9x: opening it fails on NT.
  if (resolution.kind === 'unknown' || (resolution.kind === 'full' && (resolution.root === 'HKEY_DYN_DATA' || !rootAccepted(resolution, ctx.importer)))) {
    const why = rootAsWritten === ''
      ? 'the key line names no root key'
      : resolution.kind === 'full'
        ? `${rootAsWritten} is not available (HKEY_DYN_DATA only exists on Windows 9x)`
        : `"${ctx.excerpt(start, rootEnd, 40)}" is not a root key (expected one of ${ROOT_KEYS.slice(0, 5).join(', ')})`;
    const stops = deletion && ctx.importer === 'regedit' ? '; Wine\'s regedit stops the import here' : '';
    ctx.report(ProblemCode.UnknownRoot, start, rootEnd > start ? rootEnd : close + 1, `${verb}: ${why}${after}${stops}`);
    return { status: 'failed', rootEnd, path: null };
  }
  if (resolution.kind === 'abbreviation') {
    const fix = [{ title: `Write ${resolution.root}`, edits: [{ offset: start, length: rootEnd - start, newText: resolution.root }] }];
    if (ctx.importer === 'regedit') {
      ctx.report(ProblemCode.AbbreviatedRoot, start, rootEnd, `${verb}: regedit does not accept the abbreviation ${rootAsWritten}; write ${resolution.root}${after}`, { fixes: fix, severity: 'error' });
      return { status: 'failed', rootEnd, path: null };
    }
    ctx.report(ProblemCode.AbbreviatedRoot, start, rootEnd, `reg import accepts ${rootAsWritten}, but regedit does not: write ${resolution.root} so the file works with both`, { fixes: fix, severity: 'warning' });
  }
  return resolution.root;
}

/** Reports empty, over-long and blank-edged segments (in `bounds`); 'failed' when regedit cannot open the key. */
function checkSegments(ctx: ParseContext, deletion: boolean): KeyLineStatus {
  const verb = verbOf(deletion);
  const after = afterOf(deletion);
  let status: KeyLineStatus = 'ok';
  for (let k = 0; k < bounds.length; k += 2) {
    const piece = { start: bounds[k], end: bounds[k + 1] };
    if (piece.start === piece.end) {
      status = 'failed';
      const sep = piece.start - 1;
      ctx.report(ProblemCode.EmptyPathSegment, sep, piece.start + 1, `the path has an empty key name (two backslashes in a row): what Windows does with it is not defined (Wine merges the backslashes), so the key is taken as not opened${after}`, {
        fixes: [{ title: 'Remove the extra backslash', edits: [{ offset: sep, length: 1, newText: '' }] }],
      });
      continue;
    }
    if (piece.end - piece.start > MAX_KEY_SEGMENT) {
      status = 'failed';
      ctx.report(ProblemCode.NameTooLong, piece.start, piece.end, `${verb}: a key name has at most ${MAX_KEY_SEGMENT} characters (this one has ${piece.end - piece.start})${after}`);
    }
    const trimmedEnd = ctx.trimEnd(piece.start, piece.end);
    const trimmedStart = ctx.skipWs(piece.start, piece.end);
    if (trimmedEnd < piece.end || trimmedStart > piece.start) {
      const where = trimmedEnd < piece.end ? 'ends' : 'starts';
      const [a, b] = trimmedEnd < piece.end ? [trimmedEnd, piece.end] : [piece.start, trimmedStart];
      ctx.report(ProblemCode.KeyNameTrailingWhitespace, a, b, `the key name "${ctx.excerpt(piece.start, piece.end, 40)}" ${where} with whitespace, which regedit keeps as part of the name`, {
        fixes: [{ title: 'Remove the whitespace', edits: [{ offset: a, length: b - a, newText: '' }] }],
      });
    }
  }
  return status;
}
