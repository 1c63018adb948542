/** Completion after `=`: the type prefixes, and first the data the packs suggest for this value. */
import type { CompletionItem } from 'vscode-languageserver';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import type { LineAtCursor } from './completionContext';
import { offsetRange } from './completionContext';
import { dataText } from './dataText';
import { openSectionIndexAtLine } from './documentQueries';
import type { EditorInput } from './editorInput';

/** A value name, `=`, then at most a partial type keyword. */
const AFTER_EQUALS = /^[ \t]*(@|"((?:[^"\\]|\\.)*)")[ \t]*=[ \t]*([a-z]*(?:\([0-9a-fA-F]*\)?)?:?)$/;

const PREFIXES: readonly { prefix: string; type: string; doc: string }[] = [
  { prefix: 'dword:', type: 'REG_DWORD', doc: '32-bit number: 1 to 8 hex digits, e.g. `dword:00000001`.' },
  { prefix: 'hex:', type: 'REG_BINARY', doc: 'Binary data: comma-separated hex bytes, e.g. `hex:de,ad,be,ef`.' },
  { prefix: 'hex(2):', type: 'REG_EXPAND_SZ', doc: 'String with `%VARIABLE%` references, as bytes (UTF-16LE in a Unicode file, code-page bytes in an ANSI file).' },
  { prefix: 'hex(7):', type: 'REG_MULTI_SZ', doc: 'List of strings, as bytes; each string ends with a NUL and the list with an extra NUL.' },
  { prefix: 'hex(b):', type: 'REG_QWORD', doc: '64-bit number as 8 little-endian bytes (there is no `qword:` keyword).' },
];

function unescapeName(quoted: string): string {
  return quoted.replace(/\\(.)/g, '$1');
}

export function typeItems(input: EditorInput, at: LineAtCursor): CompletionItem[] {
  const m = AFTER_EQUALS.exec(at.before);
  if (!m) return [];
  const typed = m[3]!;
  const from = at.cursor - typed.length;
  const to = /^[ \t]*$/.test(at.after) ? at.cursor + at.after.length : at.cursor;
  const range = offsetRange(input.textDocument, from, to);
  const items: CompletionItem[] = PREFIXES.map((p, i) => ({
    label: p.prefix,
    kind: CompletionItemKind.TypeParameter,
    detail: p.type,
    documentation: { kind: 'markdown', value: p.doc },
    sortText: `1${i}`,
    textEdit: { range, newText: p.prefix },
    insertTextFormat: InsertTextFormat.PlainText,
  }));
  items.push({ label: '-', kind: CompletionItemKind.Keyword, detail: 'delete the value', sortText: '20', textEdit: { range, newText: '-' } });

  const name = m[1] === '@' ? '' : unescapeName(m[2]!);
  const section = input.model.sections[openSectionIndexAtLine(input.document, input.model, at.line + 1)];
  const known = section?.path ? input.knowledge.keys.get(section.path.key)?.values.get(name.toLowerCase()) : undefined;
  if (known?.type && known.suggested !== undefined && !known.forbidden) {
    const data = dataText(known.type, known.suggested, input.document.decoded.unicode);
    if (data) {
      items.unshift({
        label: data,
        kind: CompletionItemKind.Value,
        detail: `${known.type} ${String(known.suggested)} (${known.rules.map((r) => r.id).join(', ')})`,
        sortText: '00',
        preselect: true,
        filterText: data,
        textEdit: { range, newText: data },
      });
    }
  }
  return items;
}
