import type { Severity } from './findings/types';
import { buildModel } from './model/build';
import { toHex } from './model/bytes';
import type { Importer } from './model/types';
import type { RegDocument } from './parser/ast';
import { decodeBytes, parse } from './parser/index';
import type { EolStyle } from './parser/encoding';
import { checkSyntax } from './rules/index';

export interface ExplainOperation {
  readonly op: 'createKey' | 'deleteKey' | 'setValue' | 'deleteValue';
  /** Full root name + path as written, no trailing backslash. */
  readonly key: string;
  /** '' = default value; setValue/deleteValue only. */
  readonly name?: string;
  /** Numeric REG_* type; setValue only. */
  readonly type?: number;
  /** Lower-case hex of the stored bytes; setValue only. */
  readonly data?: string;
  readonly line: number;
}

export interface ExplainDiagnostic {
  readonly code: string;
  readonly severity: Severity;
  /** 1-based line and column (UTF-16 code units) of the start; endColumn is one past the last character. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

/** Exactly the object `reg-policy explain --json` prints. */
export interface ExplainResult {
  readonly file: string;
  readonly encoding: string;
  readonly bom: boolean;
  readonly eol: EolStyle;
  readonly header: string | null;
  readonly imports: boolean;
  readonly operations: readonly ExplainOperation[];
  readonly diagnostics: readonly ExplainDiagnostic[];
}

export interface ExplainOptions {
  file: string;
  importer?: Importer;
  codePage?: string;
}

/** 1-based line/column of an offset, from the parsed lines. */
export function positionAt(doc: RegDocument, offset: number): { line: number; column: number } {
  const lines = doc.lines;
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].span.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  const line = lines[lo];
  return line ? { line: line.line, column: offset - line.span.offset + 1 } : { line: 1, column: 1 };
}

/** Decodes, parses and models a file, and describes what importing it does. Never throws. */
export function explain(bytes: Uint8Array, options: ExplainOptions): ExplainResult {
  const decoded = decodeBytes(bytes, { codePage: options.codePage });
  const doc = parse(decoded, { importer: options.importer });
  const model = buildModel(doc);
  const findings = checkSyntax(doc, model, { importer: doc.importer });
  const header = doc.header && (doc.header.headerKind === 'v5' || doc.header.headerKind === 'v4') ? doc.header.text : null;
  const operations: ExplainOperation[] = model.operations.map((op) => {
    if (op.kind === 'setValue') return { op: op.kind, key: op.path.text, name: op.name, type: op.type, data: toHex(op.data), line: op.line };
    if (op.kind === 'deleteValue') return { op: op.kind, key: op.path.text, name: op.name, line: op.line };
    return { op: op.kind, key: op.path.text, line: op.line };
  });
  const diagnostics: ExplainDiagnostic[] = findings.map((f) => {
    const start = positionAt(doc, f.offset);
    const end = positionAt(doc, f.offset + f.length);
    return { code: f.ruleId, severity: f.severity, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, message: f.message };
  });
  return { file: options.file, encoding: decoded.encoding, bom: decoded.bom, eol: decoded.eol, header, imports: model.imports, operations, diagnostics };
}
