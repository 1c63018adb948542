/** Hover on a value line: its type, its decoded data, and what regedit really stores when that differs. */
import type { Operation, SetValueOp } from '../model/types';
import { RegType } from '../model/types';
import type { RegDocument, ValueLine } from '../parser/ast';
import { byteHex, codeBlock, describeData, describeNumber, hexDump, hexPrefix, inlineCode, typeName } from './decodeData';
import type { EditorInput } from './editorInput';
import { operationAtLine, sectionAtLine } from './documentQueries';
import type { KnownValue } from './packKnowledge';

const STRING_TYPES: readonly number[] = [RegType.SZ, RegType.EXPAND_SZ, RegType.MULTI_SZ];

function valueTitle(node: ValueLine, text: string): string {
  if (node.name === '') return '**(Default)**';
  return `**${inlineCode(node.name ?? text.slice(node.nameSpan.offset, node.nameSpan.offset + node.nameSpan.length))}**`;
}

function utf16WithNul(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2 + 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[i * 2] = unit & 0xff;
    out[i * 2 + 1] = unit >> 8;
  }
  return out;
}

/** Notes on how the stored bytes of a hex(1), hex(2) or hex(7) value differ from the bytes the line lists. */
function stringHexNotes(doc: RegDocument, written: Uint8Array, op: SetValueOp): string[] {
  const notes: string[] = [];
  if (written.length === 0) {
    notes.push('No bytes: regedit adds no terminator, so the value is stored empty (0 bytes).');
    return notes;
  }
  if (!doc.decoded.unicode) {
    const terminated = written[written.length - 1] === 0;
    notes.push(
      `This file is ANSI (${doc.decoded.encoding}), so regedit reads the ${written.length} listed bytes as ${doc.decoded.encoding} characters` +
        `${terminated ? '' : ', adds a terminating NUL,'} and stores them as ${op.data.length} bytes of UTF-16LE.`,
    );
  } else {
    const lastUnit = written.length >= 2 ? written[written.length - 2]! | (written[written.length - 1]! << 8) : -1;
    if (lastUnit !== 0) notes.push(`regedit adds a terminating \`00 00\`: it stores ${op.data.length} bytes.`);
    const oneBytePerChar = written.length >= 4 && !written.some((b, i) => i % 2 === 1 && b === 0);
    if (oneBytePerChar) {
      notes.push('The bytes look like one byte per character, but this is a UTF-16 file: regedit reads every two bytes as one UTF-16 character.');
    }
  }
  if (op.type === RegType.MULTI_SZ) {
    const d = op.data;
    const doubleNul = d.length >= 4 && d.subarray(d.length - 4).every((b) => b === 0);
    if (!doubleNul && d.length > 2) {
      notes.push('The list does not end with an empty string: regedit adds only one NUL, so programs that expect the double NUL of a REG_MULTI_SZ may read past the end.');
    }
  }
  return notes;
}

/** Why a valid line produced no operation: no key is open where it stands. */
function droppedReason(input: EditorInput, node: ValueLine): string {
  if (!input.model.imports) return 'regedit imports nothing from this file (see the header or encoding problem).';
  const section = sectionAtLine(input.model, node.line);
  if (!section) return 'regedit drops this value: no key is open before the first key line.';
  if (section.deletion) return `regedit drops this value: the key deletion on line ${section.line} leaves no key open.`;
  if (!section.opened) return `regedit drops this value: the key on line ${section.line} cannot be opened, so no key is open.`;
  return 'regedit drops this value: no key is open here.';
}

/** The data the line seems to hold, when regedit stores nothing (so there is no operation to read). */
function writtenData(doc: RegDocument, node: ValueLine): string | undefined {
  if (node.dataKind === 'string' && node.text !== undefined) return describeData(RegType.SZ, utf16WithNul(node.text));
  if (node.dataKind === 'dword' && node.bytes) return describeData(RegType.DWORD, node.bytes);
  if (node.dataKind === 'hex' && node.bytes) {
    if (STRING_TYPES.includes(node.type) && !doc.decoded.unicode) return `${node.bytes.length} bytes as written:\n\n${codeBlock(hexDump(node.bytes))}`;
    return describeData(node.type, node.bytes);
  }
  if (node.dataKind === 'invalid' || node.dataKind === 'dword') {
    // A DWORD line regedit rejects (9 digits, 0x prefix) still reads as a number to a person.
    const lineText = doc.text.slice(node.nameSpan.offset + node.nameSpan.length, node.end);
    const m = /^\s*=\s*dword:\s*(?:0[xX])?([0-9a-fA-F]+)/.exec(lineText);
    if (m) return `The line reads like the number ${describeNumber(BigInt(`0x${m[1]}`), 8)}.`;
  }
  return undefined;
}

function problemsOnLine(doc: RegDocument, node: ValueLine): string[] {
  const start = node.span.offset;
  return doc.problems.filter((p) => p.offset >= start && p.offset <= node.end).map((p) => `${p.code}: ${p.message}`);
}

function laterWrite(input: EditorInput, op: Operation & { kind: 'setValue' | 'deleteValue' }): Operation | undefined {
  const ops = input.model.operations;
  const name = op.name.toLowerCase();
  const index = ops.indexOf(op);
  for (let i = ops.length - 1; i > index; i--) {
    const later = ops[i]!;
    if ((later.kind === 'setValue' || later.kind === 'deleteValue') && later.path.key === op.path.key && later.name.toLowerCase() === name) return later;
    if (later.kind === 'deleteKey' && (op.path.key === later.path.key || op.path.key.startsWith(`${later.path.key}\\`))) return later;
  }
  return undefined;
}

function packNotes(known: KnownValue | undefined): string[] {
  if (!known) return [];
  return known.rules.map((r) => {
    const source = r.sourceUrl ? ` ([source](${r.sourceUrl}))` : '';
    return `Checked by **${r.id}** · ${r.title}${source}`;
  });
}

export function valueMarkdown(input: EditorInput, node: ValueLine): string {
  const doc = input.document;
  const op = operationAtLine(input.model, node.line);
  const sections: string[] = [];
  const where = op ? ` in ${inlineCode(op.path.text)}` : '';

  if (op?.kind === 'setValue') {
    sections.push(`${valueTitle(node, doc.text)} · \`${typeName(op.type)}\`${where}`);
    sections.push(describeData(op.type, op.data));
    if (node.dataKind === 'hex' && node.bytes && STRING_TYPES.includes(op.type)) sections.push(...stringHexNotes(doc, node.bytes, op));
    if (node.dataKind === 'hex' && op.type === RegType.DWORD && op.data.length === 4) {
      sections.push(`Written as ${inlineCode(hexPrefix(op.type))}; regedit stores the same 4 bytes as ${inlineCode(`dword:${Array.from(op.data).reverse().map(byteHex).join('')}`)}.`);
    }
  } else if (op?.kind === 'deleteValue') {
    sections.push(`${valueTitle(node, doc.text)}${where}`);
    sections.push('Deletes this value (nothing happens if it does not exist).');
  } else {
    const type = node.type >= 0 ? ` · \`${typeName(node.type)}\`` : '';
    sections.push(`${valueTitle(node, doc.text)}${type}`);
    const data = writtenData(doc, node);
    if (data) sections.push(data);
    if (!node.valid) {
      sections.push('**regedit skips this line**: it stores nothing.');
      sections.push(...problemsOnLine(doc, node).map((p) => `- ${p}`));
    } else {
      sections.push(`**${droppedReason(input, node)}**`);
    }
  }

  if (op && (op.kind === 'setValue' || op.kind === 'deleteValue')) {
    const later = laterWrite(input, op);
    if (later) {
      sections.push(later.kind === 'deleteKey' ? `Line ${later.line} deletes the key again, and this value with it.` : `Line ${later.line} writes this value again: the last write wins.`);
    }
    const known = input.knowledge.keys.get(op.path.key)?.values.get(op.name.toLowerCase());
    sections.push(...packNotes(known));
  }
  return sections.join('\n\n');
}
