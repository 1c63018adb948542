import { promises as fs } from 'fs';
import * as path from 'path';
import { Connection, Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
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

/**
 * Reports configuration that failed to load: on the `.regpolicy.json` or pack file itself, or, for the editor's own
 * settings (no file to mark), once as a warning message. `clear()` withdraws everything (configuration changed).
 */
export class ConfigProblems {
  private readonly fileUris = new Set<string>();
  private readonly settingsMessages = new Set<string>();

  constructor(private readonly connection: Connection) {}

  async report(error: ConfigError | undefined): Promise<void> {
    if (!error) return;
    if (!path.isAbsolute(error.file)) {
      if (!this.settingsMessages.has(error.message)) {
        this.settingsMessages.add(error.message);
        void this.connection.window.showWarningMessage(`Reg Policy: ${error.message}. The defaults are used instead.`);
      }
      return;
    }
    const text = await fs.readFile(error.file, 'utf8').catch(() => '');
    const { uri, diagnostic } = configErrorDiagnostic(error, text);
    this.fileUris.add(uri);
    this.connection.sendDiagnostics({ uri, diagnostics: [diagnostic] });
  }

  clear(): void {
    this.settingsMessages.clear();
    for (const uri of this.fileUris) this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.fileUris.clear();
  }
}
