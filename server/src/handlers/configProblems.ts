import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { ConfigError } from '../config';

/** Where in a JSON text a JSON pointer points, good enough for a squiggle: the line of its last property name. */
function pointerLine(text: string, pointer: string): { line: number; start: number; end: number } {
  const segments = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = segments.length - 1; i >= 0; i--) {
    const needle = `"${segments[i]}"`;
    const line = lines.findIndex((l) => l.includes(needle));
    if (line >= 0) {
      const start = lines[line].indexOf(needle);
      return { line, start, end: start + needle.length };
    }
  }
  return { line: 0, start: 0, end: lines[0]?.length ?? 0 };
}

/** A `.regpolicy.json` or rule pack that failed to load, reported on that file itself. */
export function configErrorDiagnostic(error: ConfigError, fileText: string): { uri: string; diagnostic: Diagnostic } {
  const at = pointerLine(fileText, error.pointer);
  return {
    uri: URI.file(error.file).toString(),
    diagnostic: {
      range: { start: { line: at.line, character: at.start }, end: { line: at.line, character: at.end } },
      severity: DiagnosticSeverity.Error,
      source: 'reg-policy',
      code: 'config',
      message: `${error.pointer === '' ? '' : `at ${error.pointer}: `}${error.detail}. Reg Policy uses its defaults until this is fixed.`,
    },
  };
}
