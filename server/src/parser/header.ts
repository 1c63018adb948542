import type { HeaderKind, HeaderLine } from './ast';
import { ParseContext, RawLine } from './context';
import { ProblemCode } from './errors';
import { TokenKind } from './tokens';

export const HEADER_V5 = 'Windows Registry Editor Version 5.00';
export const HEADER_V4 = 'REGEDIT4';

export function classifyHeader(text: string): HeaderKind {
  if (text === HEADER_V5) return 'v5';
  if (text === HEADER_V4) return 'v4';
  if (text === 'REGEDIT') return 'win31';
  if (text.startsWith('REGEDIT')) return 'regeditPrefixed';
  return 'invalid';
}

/** Line number (1-based) and span of the first later line that is a valid header, if any. */
function findLaterHeader(text: string, from: number): { offset: number } | null {
  const re = /(?:^|\r\n|\r|\n)[ \t]*(Windows Registry Editor Version 5\.00|REGEDIT4)(?=\r|\n|$)/g;
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m || m.index - from > 4096) return null;
  const lead = m[0].length - m[0].replace(/^(\r\n|\r|\n)/, '').length;
  return { offset: m.index + lead };
}

export function parseHeader(ctx: ParseContext, line: RawLine): HeaderLine {
  const p = ctx.skipWs(line.start, line.end);
  const text = ctx.text.slice(p, line.end);
  const headerKind = classifyHeader(text);
  ctx.emit(TokenKind.Whitespace, line.start, p);
  ctx.emit(headerKind === 'invalid' ? TokenKind.Ignored : TokenKind.Header, p, line.end);
  reportHeader(ctx, line, p, text, headerKind);
  return { kind: 'header', line: line.number, span: { offset: line.start, length: line.end - line.start }, eol: { offset: line.end, length: line.eolEnd - line.end }, contentStart: p, headerKind, text };
}

function reportHeader(ctx: ParseContext, line: RawLine, p: number, text: string, kind: HeaderKind): void {
  const at = (message: string, fixes?: { title: string; edits: { offset: number; length: number; newText: string }[] }[]): void =>
    ctx.report(ProblemCode.InvalidHeader, line.start, Math.max(line.end, line.start), message, { fixes });
  const trimmed = text.replace(/[ \t]+$/, '');
  if (kind === 'win31') {
    ctx.report(ProblemCode.Win31Format, p, line.end, 'Windows 3.1 format (header REGEDIT): regedit only imports HKEY_CLASSES_ROOT default values from lines that start with HKEY_CLASSES_ROOT', {});
    return;
  }
  if (kind === 'regeditPrefixed') {
    const fixes = trimmed === HEADER_V4 ? [{ title: 'Remove the text after REGEDIT4', edits: [{ offset: p + trimmed.length, length: line.end - p - trimmed.length, newText: '' }] }] : undefined;
    at(`regedit imports nothing (and reports success): "${ctx.excerpt(p, line.end, 40)}" is not a known header; the first line must be exactly "REGEDIT4" or "${HEADER_V5}"`, fixes);
    return;
  }
  if (kind !== 'invalid') return;
  if (trimmed === HEADER_V5) {
    at('regedit imports nothing: nothing may follow the header on its line', [{ title: 'Remove the text after the header', edits: [{ offset: p + trimmed.length, length: line.end - p - trimmed.length, newText: '' }] }]);
    return;
  }
  const lower = trimmed.toLowerCase();
  if (lower === HEADER_V5.toLowerCase() || lower === HEADER_V4.toLowerCase()) {
    const right = lower === HEADER_V4.toLowerCase() ? HEADER_V4 : HEADER_V5;
    at(`regedit imports nothing: the header is case-sensitive (write "${right}")`, [{ title: `Write "${right}"`, edits: [{ offset: p, length: line.end - p, newText: right }] }]);
    return;
  }
  const later = text === '' || /^[;#]/.test(text) ? findLaterHeader(ctx.text, line.start) : null;
  if (later) {
    at('regedit imports nothing: the header must be the very first line of the file', [{ title: 'Remove the lines before the header', edits: [{ offset: 0, length: later.offset, newText: '' }] }]);
    return;
  }
  if (text === '' || /^[[@";]/.test(text)) {
    at(`regedit imports nothing: the file has no header; the first line must be "${HEADER_V5}" (or "REGEDIT4")`, [
      { title: 'Add the header', edits: [{ offset: 0, length: 0, newText: `${HEADER_V5}${ctx.eolText}${ctx.eolText}` }] },
    ]);
    return;
  }
  at(`regedit imports nothing: the first line must be exactly "${HEADER_V5}" or "REGEDIT4" (found "${ctx.excerpt(p, line.end, 40)}")`);
}
