/** textDocument/documentSymbol: the outline is the file's keys, each with the values written under it. */
import type { CancellationToken, DocumentSymbol } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import type { KeyLine, ValueLine } from '../parser/ast';
import { cancellationCheck } from './cancellation';
import { shortData, typeName } from './decodeData';
import { operationAtLine } from './documentQueries';
import type { EditorInput } from './editorInput';
import type { Position, Range } from 'vscode-languageserver';
import type { RegDocument } from '../parser/ast';

/**
 * A position from a 1-based line number and an offset on that line: the tree knows where every line starts, so
 * this needs no search through the text (the outline of a 50,000-line file has tens of thousands of symbols).
 */
function positionOn(doc: RegDocument, line: number, offset: number): Position {
  const start = doc.lines[line - 1]?.span.offset ?? 0;
  return { line: line - 1, character: offset - start };
}

function rangeOn(doc: RegDocument, line: number, offset: number, length: number, endLine = line): Range {
  return { start: positionOn(doc, line, offset), end: positionOn(doc, endLine, offset + length) };
}

function keySymbol(input: EditorInput, node: KeyLine): DocumentSymbol {
  const doc = input.document;
  const pathSpan = node.pathSpan ?? { offset: node.contentStart, length: node.span.offset + node.span.length - node.contentStart };
  const written = doc.text.slice(pathSpan.offset, pathSpan.offset + pathSpan.length);
  const detail = node.status === 'malformed' ? 'ignored by regedit' : node.status === 'failed' ? 'cannot be opened' : node.deletion ? 'deleted' : '';
  return {
    // Editors reject empty symbol names; `[]` names nothing.
    name: node.deletion ? `-${written}` : written || '[]',
    detail,
    kind: SymbolKind.Namespace,
    range: rangeOn(doc, node.line, node.contentStart, node.span.offset + node.span.length - node.contentStart),
    selectionRange: rangeOn(doc, node.line, pathSpan.offset, pathSpan.length),
    children: [],
  };
}

function valueDetail(input: EditorInput, node: ValueLine): string {
  const op = operationAtLine(input.model, node.line);
  if (op?.kind === 'setValue') return `${typeName(op.type)} ${shortData(op.type, op.data)}`;
  if (op?.kind === 'deleteValue') return 'deleted';
  if (!node.valid) return 'ignored by regedit';
  return 'not imported (no key is open)';
}

function valueSymbol(input: EditorInput, node: ValueLine): DocumentSymbol {
  const doc = input.document;
  const written = doc.text.slice(node.nameSpan.offset, node.nameSpan.offset + node.nameSpan.length);
  const name = node.name === '' ? '@' : (node.name ?? written) || '""';
  return {
    name,
    detail: valueDetail(input, node),
    kind: SymbolKind.Property,
    range: rangeOn(doc, node.line, node.contentStart, node.end - node.contentStart, node.lastLine),
    selectionRange: rangeOn(doc, node.line, node.nameSpan.offset, node.nameSpan.length),
  };
}

export function documentSymbols(input: EditorInput, token?: CancellationToken): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const check = cancellationCheck(token);
  let current: DocumentSymbol | undefined;
  for (const node of input.document.lines) {
    check();
    if (node.kind === 'key') {
      current = keySymbol(input, node);
      out.push(current);
    } else if (node.kind === 'value') {
      const symbol = valueSymbol(input, node);
      if (current) {
        current.children!.push(symbol);
        // The key's range covers its values, so editors can tell which key the cursor is in.
        current.range = { start: current.range.start, end: symbol.range.end };
      } else out.push(symbol);
    }
  }
  return out;
}
