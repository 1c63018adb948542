/** Completion at the start of a value line: the value names the packs check under the current key. */
import type { CancellationToken, CompletionItem } from 'vscode-languageserver';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { cancellationCheck } from './cancellation';
import type { LineAtCursor } from './completionContext';
import { escapeSnippet, offsetRange } from './completionContext';
import { dataText, typePrefixOf } from './dataText';
import { openSectionIndexAtLine } from './documentQueries';
import type { EditorInput } from './editorInput';
import type { KnownValue } from './packKnowledge';

/** Nothing yet, or an opening quote and part of a name. */
const NAME_START = /^([ \t]*)("(?:[^"\\]|\\.)*)?$/;

function quotedName(name: string): string {
  return name === '' ? '@' : `"${name.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** Names already written in the section, so completion offers only what is missing. */
function namesInSection(input: EditorInput, section: number, token: CancellationToken | undefined): Set<string> {
  const names = new Set<string>();
  const check = cancellationCheck(token);
  for (const op of input.model.operations) {
    check();
    if (op.section === section && (op.kind === 'setValue' || op.kind === 'deleteValue')) names.add(op.name.toLowerCase());
  }
  return names;
}

function item(value: KnownValue, unicode: boolean, snippets: boolean): Pick<CompletionItem, 'insertText' | 'insertTextFormat' | 'detail'> {
  const name = quotedName(value.name);
  const rules = value.rules.map((r) => r.id).join(', ');
  if (value.forbidden) return { insertText: `${name}=-`, detail: `delete (${rules})` };
  const data = value.type && value.suggested !== undefined ? dataText(value.type, value.suggested, unicode) : undefined;
  if (data) {
    const detail = `${value.type} ${String(value.suggested)} (${rules})`;
    if (!snippets) return { insertText: `${name}=${data}`, detail };
    // The data is a placeholder: the pack's suggestion, selected so that typing replaces it.
    const colon = data.indexOf(':');
    const text = colon > 0 && !data.startsWith('"') ? `${escapeSnippet(`${name}=${data.slice(0, colon + 1)}`)}\${1:${escapeSnippet(data.slice(colon + 1))}}` : `${escapeSnippet(`${name}=`)}\${1:${escapeSnippet(data)}}`;
    return { insertText: text, insertTextFormat: InsertTextFormat.Snippet, detail };
  }
  const prefix = value.type ? typePrefixOf(value.type) : '';
  const detail = `${value.type ?? 'value'} (${rules})`;
  if (!snippets) return { insertText: `${name}=${prefix}`, detail };
  const closing = prefix === '"' ? '"' : '';
  return { insertText: `${escapeSnippet(`${name}=${prefix}`)}$1${closing}`, insertTextFormat: InsertTextFormat.Snippet, detail };
}

export function isValueNameContext(at: LineAtCursor): boolean {
  return NAME_START.test(at.before) && !at.after.includes('=');
}

export function valueNameItems(input: EditorInput, at: LineAtCursor, snippets: boolean, token?: CancellationToken): CompletionItem[] {
  const m = NAME_START.exec(at.before);
  if (!m || at.after.includes('=')) return [];
  const sectionIndex = openSectionIndexAtLine(input.document, input.model, at.line + 1);
  const section = input.model.sections[sectionIndex];
  if (!section?.path) return [];
  const known = input.knowledge.keys.get(section.path.key);
  if (!known) return [];
  const present = namesInSection(input, sectionIndex, token);
  const from = at.start + m[1]!.length;
  // An auto-closed quote after the cursor belongs to what is being replaced.
  const to = /^"?[ \t]*$/.test(at.after) ? at.cursor + at.after.length : at.cursor;
  const range = offsetRange(input.textDocument, from, to);
  const items: CompletionItem[] = [];
  for (const [folded, value] of known.values) {
    if (present.has(folded)) continue;
    const parts = item(value, input.document.decoded.unicode, snippets);
    items.push({
      label: quotedName(value.name),
      kind: CompletionItemKind.Property,
      detail: parts.detail,
      documentation: { kind: 'markdown', value: value.rules.map((r) => `**${r.id}** ${r.title}${r.sourceUrl ? ` ([source](${r.sourceUrl}))` : ''}`).join('\n\n') },
      filterText: quotedName(value.name),
      textEdit: { range, newText: parts.insertText! },
      insertTextFormat: parts.insertTextFormat ?? InsertTextFormat.PlainText,
    });
  }
  return items;
}
