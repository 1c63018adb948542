import type { TextEdit } from '../findings/types';
import type { RegModel } from '../model/types';
import { HEADER_V5 } from '../parser';
import { knownKeys, type KnownKey, type LoadedPack } from '../policy';

function quoteName(name: string): string {
  return name === '' ? '@' : `"${name.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Keys of the pack with the values that have a definite data to write, in pack order. */
function baselineKeys(pack: LoadedPack): KnownKey[] {
  return knownKeys([pack])
    .map((k) => ({ ...k, values: k.values.filter((v, i, all) => v.data !== undefined && all.findIndex((o) => o.name.toLowerCase() === v.name.toLowerCase()) === i) }))
    .filter((k) => k.values.length > 0);
}

function section(key: KnownKey, eol: string, indent = ''): string {
  return [`[${key.path}]`, ...key.values.map((v) => `${indent}${quoteName(v.name)}=${v.data}`)].join(eol) + eol;
}

/** A complete new .reg file that satisfies the pack: header, then one section per key. */
export function packTemplateText(pack: LoadedPack, eol = '\r\n'): string {
  return [`${HEADER_V5}${eol}`, ...baselineKeys(pack).map((k) => `${eol}${section(k, eol)}`)].join('');
}

/**
 * Edits that add to an existing file what the pack's baseline lacks: missing values go into the open
 * section of their key (with its indentation), missing keys become new sections at the end. Values that are
 * present with other data are left alone: the diagnostics and their quick fixes deal with those.
 */
export function packMergeEdits(text: string, model: RegModel, pack: LoadedPack, eol: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const appended: string[] = [];
  for (const key of baselineKeys(pack)) {
    const folded = key.path.toUpperCase();
    const sectionIndex = findLastIndex(model.sections, (s) => s.opened && !s.deletion && s.path?.text.toUpperCase() === folded);
    if (sectionIndex < 0) {
      appended.push(section(key, eol));
      continue;
    }
    const target = model.sections[sectionIndex];
    const present = new Set(
      model.operations
        .filter((op) => op.kind === 'setValue' && op.path.text.toUpperCase() === folded)
        .map((op) => (op.kind === 'setValue' ? op.name.toLowerCase() : '')),
    );
    const missing = key.values.filter((v) => !present.has(v.name.toLowerCase()));
    if (missing.length === 0) continue;
    const needsBreak = target.insertAt > 0 && !/[\r\n]/.test(text[target.insertAt - 1] ?? '');
    const lines = missing.map((v) => `${target.indent}${quoteName(v.name)}=${v.data}${eol}`).join('');
    edits.push({ offset: target.insertAt, length: 0, newText: (needsBreak ? eol : '') + lines });
  }
  if (appended.length > 0) {
    // Appended after everything (and after values inserted at the very end, which come first at that offset).
    const prefix = text.length === 0 ? `${HEADER_V5}${eol}` : /[\r\n]$/.test(text) ? '' : eol;
    edits.push({ offset: text.length, length: 0, newText: `${prefix}${eol}${appended.join(eol)}` });
  }
  return edits;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
