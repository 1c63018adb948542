/** textDocument/hover: values, keys and the rules behind findings, as Markdown. */
import type { CancellationToken, Hover, Position } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import { cancellationCheck } from './cancellation';
import { lineNodeAt, owningValue, spanContains } from './documentQueries';
import type { EditorInput } from './editorInput';
import { findingsMarkdown } from './hoverFinding';
import { headerMarkdown } from './hoverHeader';
import { keyMarkdown } from './hoverKey';
import { spanToRange } from './positions';
import { valueMarkdown } from './hoverValue';

export function hover(input: EditorInput, position: Position, token?: CancellationToken): Hover | null {
  const { textDocument, document: doc } = input;
  const offset = textDocument.offsetAt(position);
  const node = lineNodeAt(doc, position.line);
  const parts: string[] = [];
  let range: { offset: number; length: number } | undefined;

  const value = owningValue(doc, node);
  if (value && node && offset >= node.contentStart) {
    parts.push(valueMarkdown(input, value));
    range = { offset: value.contentStart, length: value.end - value.contentStart };
  } else if (node?.kind === 'header' && offset >= node.contentStart) {
    parts.push(headerMarkdown(doc, node));
    range = { offset: node.contentStart, length: node.span.offset + node.span.length - node.contentStart };
  } else if (node?.kind === 'key' && offset >= node.contentStart) {
    parts.push(keyMarkdown(input, node));
    range = { offset: node.contentStart, length: node.span.offset + node.span.length - node.contentStart };
  }

  const check = cancellationCheck(token);
  const here = input.findings.filter((f) => {
    check();
    return spanContains(f, offset);
  });
  if (here.length > 0) {
    parts.push(findingsMarkdown(here, input.knowledge));
    range ??= { offset: here[0]!.offset, length: here[0]!.length };
  }
  if (parts.length === 0 || !range) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: spanToRange(textDocument, range.offset, range.length),
  };
}
