import { parseRegistryPath } from '../model/paths';
import type { IgnoredLine, Win31Line } from './ast';
import { ParseContext, RawLine } from './context';
import { TokenKind } from './tokens';

/**
 * A body line of a Windows 3.1 file: only lines that start at column 0 with
 * `HKEY_CLASSES_ROOT` (exact case) count; they set the key's default value.
 */
export function parseWin31Line(ctx: ParseContext, line: RawLine): Win31Line | IgnoredLine {
  const text = ctx.text;
  const base = { line: line.number, span: { offset: line.start, length: line.end - line.start }, eol: { offset: line.end, length: line.eolEnd - line.end }, contentStart: ctx.skipWs(line.start, line.end) };
  if (!text.startsWith('HKEY_CLASSES_ROOT', line.start) || line.end - line.start < 17) {
    ctx.emit(TokenKind.Ignored, line.start, line.end);
    return { kind: 'ignored', ...base };
  }
  let keyEnd = line.start;
  while (keyEnd < line.end && text.charCodeAt(keyEnd) !== 32 && text.charCodeAt(keyEnd) !== 9) keyEnd++;
  let v = ctx.skipWs(keyEnd, line.end);
  if (text.charCodeAt(v) === 61 && v < line.end) v++;
  if (text.charCodeAt(v) === 32 && v < line.end) v++;
  ctx.emit(TokenKind.Win31, line.start, line.end);
  return {
    kind: 'win31', ...base,
    path: parseRegistryPath(text.slice(line.start, keyEnd)),
    pathSpan: { offset: line.start, length: keyEnd - line.start },
    value: text.slice(v, line.end),
    valueSpan: { offset: v, length: line.end - v },
  };
}
