/** Completion inside `[`: root names, then the next path segment of keys the packs (or this file) know. */
import type { CompletionItem } from 'vscode-languageserver';
import { CompletionItemKind } from 'vscode-languageserver';
import type { Importer } from '../model/types';
import { ROOT_ABBREVIATIONS, ROOT_KEYS, resolveRoot } from '../model/paths';
import { cancellationCheck } from './cancellation';
import type { LineAtCursor } from './completionContext';
import { offsetRange } from './completionContext';
import type { EditorInput } from './editorInput';
import { inlineCode } from './decodeData';
import type { CancellationToken } from 'vscode-languageserver';

const KEY_LINE_PREFIX = /^[ \t]*\[-?/;

const ROOT_DETAILS: Readonly<Record<string, string>> = {
  HKEY_LOCAL_MACHINE: 'machine-wide settings (HKLM)',
  HKEY_CURRENT_USER: 'settings of the user who imports the file (HKCU)',
  HKEY_CLASSES_ROOT: 'file associations and COM classes (HKCR)',
  HKEY_USERS: 'all loaded user profiles (HKU)',
  HKEY_CURRENT_CONFIG: 'current hardware profile (HKCC)',
  HKEY_DYN_DATA: 'Windows 9x only: fails to open on Windows NT and later',
};

/** Where the key path being typed starts, or undefined when the cursor is not in a `[` path. */
export function keyPathStart(at: LineAtCursor): number | undefined {
  const m = KEY_LINE_PREFIX.exec(at.before);
  if (!m || at.before.includes(']', m[0].length)) return undefined;
  return at.start + m[0].length;
}

function rootItems(input: EditorInput, at: LineAtCursor, from: number, importer: Importer): CompletionItem[] {
  const range = offsetRange(input.textDocument, from, at.cursor);
  const items: CompletionItem[] = ROOT_KEYS.filter((r) => importer === 'regedit' || r !== 'HKEY_DYN_DATA').map((root, i) => ({
    label: root,
    kind: CompletionItemKind.Module,
    detail: ROOT_DETAILS[root],
    sortText: `0${i}`,
    textEdit: { range, newText: root },
  }));
  if (importer === 'reg') {
    for (const [short, root] of Object.entries(ROOT_ABBREVIATIONS)) {
      items.push({ label: short, kind: CompletionItemKind.Module, detail: `${root} (reg import only)`, sortText: `1${short}`, textEdit: { range, newText: short } });
    }
  }
  return items;
}

/** Every key path worth offering: the packs' keys and the keys this file already names. */
function candidatePaths(input: EditorInput, token: CancellationToken | undefined): Map<string, { text: string; known: boolean }> {
  const out = new Map<string, { text: string; known: boolean }>();
  for (const [folded, key] of input.knowledge.keys) out.set(folded, { text: key.text, known: true });
  const check = cancellationCheck(token);
  for (const section of input.model.sections) {
    check();
    if (section.path && !out.has(section.path.key)) out.set(section.path.key, { text: section.path.text, known: false });
  }
  return out;
}

export function keyPathItems(input: EditorInput, at: LineAtCursor, from: number, importer: Importer, token?: CancellationToken): CompletionItem[] {
  const typed = input.textDocument.getText().slice(from, at.cursor);
  const lastSlash = typed.lastIndexOf('\\');
  if (lastSlash < 0) return rootItems(input, at, from, importer);

  const parentWritten = typed.slice(0, lastSlash).replace(/\\+$/, '');
  const [rootWritten, ...segments] = parentWritten.split('\\');
  const root = resolveRoot(rootWritten!);
  if (root.kind === 'unknown' || root.kind === 'unsupported') return [];
  const parentFolded = [root.root, ...segments].join('\\').toLowerCase();
  const prefix = `${parentFolded}\\`;
  const segmentStart = from + lastSlash + 1;
  const range = offsetRange(input.textDocument, segmentStart, at.cursor);
  const closes = at.after.includes(']');

  const next = new Map<string, CompletionItem>();
  const leaves: CompletionItem[] = [];
  for (const [folded, candidate] of candidatePaths(input, token)) {
    if (!folded.startsWith(prefix)) continue;
    const rest = candidate.text.slice(prefix.length);
    const slash = rest.indexOf('\\');
    const segment = slash < 0 ? rest : rest.slice(0, slash);
    const foldedSegment = segment.toLowerCase();
    if (!next.has(foldedSegment)) {
      next.set(foldedSegment, {
        label: segment,
        kind: CompletionItemKind.Folder,
        detail: slash < 0 && candidate.known ? 'key checked by the rule packs' : slash < 0 ? 'key in this file' : 'path to a known key',
        sortText: `0${foldedSegment}`,
        textEdit: { range, newText: segment },
      });
    }
    if (slash >= 0 && candidate.known) {
      const rules = input.knowledge.keys.get(folded)?.rules ?? [];
      leaves.push({
        label: rest,
        kind: CompletionItemKind.Module,
        detail: rules.map((r) => r.id).join(', '),
        documentation: { kind: 'markdown', value: [`${inlineCode(candidate.text)}`, ...rules.map((r) => `- **${r.id}** ${r.title}`)].join('\n\n') },
        sortText: `1${rest.toLowerCase()}`,
        textEdit: { range, newText: closes ? rest : `${rest}]` },
      });
    }
  }
  return [...next.values(), ...leaves];
}
