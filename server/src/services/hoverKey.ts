/** Hover on a key line: what regedit does with it, and what the enabled packs check under it. */
import type { KeyLine, RegDocument } from '../parser/ast';
import { inlineCode } from './decodeData';
import type { EditorInput } from './editorInput';
import { knownKeysBelow } from './packKnowledge';

const MAX_SUBKEYS = 8;

function problemsOnLine(doc: RegDocument, node: KeyLine): string[] {
  const end = node.span.offset + node.span.length;
  return doc.problems.filter((p) => p.offset >= node.span.offset && p.offset <= end).map((p) => `- ${p.code}: ${p.message}`);
}

function effect(node: KeyLine): string {
  if (node.status === 'malformed') return '**regedit ignores this line**: the key opened before it stays open, and the values below go there.';
  if (node.status === 'failed') {
    return node.deletion
      ? '**regedit cannot delete this key.** No key is open after this line: the values below it are dropped.'
      : '**regedit cannot open this key**, so no key is open: the values below it are dropped until the next key line.';
  }
  return node.deletion
    ? 'Deletes this key with all its subkeys and values (nothing happens if it does not exist). No key is open after this line: values below it are dropped until the next key line.'
    : 'Creates this key (and any missing parent keys) and opens it for the values below.';
}

export function keyMarkdown(input: EditorInput, node: KeyLine): string {
  const doc = input.document;
  const path = node.path;
  const written = node.pathSpan ? doc.text.slice(node.pathSpan.offset, node.pathSpan.offset + node.pathSpan.length) : doc.text.slice(node.contentStart, node.span.offset + node.span.length);
  const sections = [`**${node.deletion ? 'Key deletion' : 'Key'}** ${inlineCode(path?.text ?? written)}`, effect(node)];
  if (path && path.rootAsWritten.toUpperCase() !== path.root) {
    sections.push(`${inlineCode(path.rootAsWritten)} stands for ${inlineCode(path.root)}; only \`reg import\` accepts the abbreviation, regedit does not.`);
  }
  if (node.status !== 'ok') sections.push(...problemsOnLine(doc, node));
  if (!path) return sections.join('\n\n');

  const known = input.knowledge.keys.get(path.key);
  if (known) {
    const lines = ['**Rule packs check this key:**'];
    for (const value of known.values.values()) {
      for (const rule of value.rules) {
        const type = value.type ? ` ${value.type}` : '';
        const source = rule.sourceUrl ? ` ([source](${rule.sourceUrl}))` : '';
        lines.push(`- ${inlineCode(`"${value.name}"`)}${type} · **${rule.id}** ${rule.title}${rule.packTitle ? ` (${rule.packTitle})` : ''}${source}`);
      }
    }
    sections.push(lines.join('\n'));
  }
  const below = knownKeysBelow(input.knowledge, path.key);
  if (below.length > 0) {
    const names = below.slice(0, MAX_SUBKEYS).map((k) => inlineCode(k.text.slice(path.text.length + 1)));
    const more = below.length > MAX_SUBKEYS ? ` and ${below.length - MAX_SUBKEYS} more` : '';
    sections.push(`Rule packs check keys below it: ${names.join(', ')}${more}.`);
  }
  return sections.join('\n\n');
}
