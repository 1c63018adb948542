// Catches mistakes in case definitions before they become fixtures.
import { caseText } from './file.mjs';

const OPS = new Set(['createKey', 'deleteKey', 'setValue', 'deleteValue']);

export function validateCase(def, seen) {
  const fail = (why) => {
    throw new Error(`case ${def.id}: ${why}`);
  };
  if (!/^(c\d{3}[a-z]?|s\d{2}(-\d)?[a-z])-[a-z0-9-]+$/.test(def.id)) fail('id must look like c045b-slug or s07-4a-slug');
  if (seen.has(def.id)) fail('duplicate id');
  seen.add(def.id);
  if (!def.description) fail('description missing');
  if (def.case === undefined) fail('case missing');
  if ([def.body, def.lines, def.text, def.bytes].filter((x) => x !== undefined).length !== 1) fail('exactly one of body, lines, text, bytes');
  if (def.imports === false && def.operations.length > 0) fail('a file that imports nothing has no operations');
  for (const op of def.operations) {
    if (!OPS.has(op.op)) fail(`unknown op ${op.op}`);
    if (!Number.isInteger(op.line) || op.line < 1) fail(`bad line in ${JSON.stringify(op)}`);
    if (/\\$/.test(op.key) || !/^HKEY_[A-Z_]+(\\|$)/.test(op.key)) fail(`key must use the full root name, no trailing backslash: ${op.key}`);
    const valueOp = op.op === 'setValue' || op.op === 'deleteValue';
    if (valueOp !== (typeof op.name === 'string')) fail(`name only on value operations: ${JSON.stringify(op)}`);
    if (op.op === 'setValue' && (!Number.isInteger(op.type) || !/^([0-9a-f]{2})*$/.test(op.data))) fail(`bad setValue ${JSON.stringify(op)}`);
  }
  const lines = def.operations.map((op) => op.line);
  if (lines.some((line, i) => i > 0 && line < lines[i - 1])) fail('operations must be in file order');
  if (!def.bytes) checkOperationLines(def, fail);
}

/** Each operation must point at a line that can produce it (catches off-by-one line numbers). */
function checkOperationLines(def, fail) {
  const lines = caseText(def).split(/\r\n|\r|\n/);
  for (const op of def.operations) {
    const text = (lines[op.line - 1] ?? '').replace(/^[ \t]+/, '');
    const keyLine = op.op === 'createKey' || op.op === 'deleteKey';
    const win31 = text.startsWith('HKEY_CLASSES_ROOT');
    const ok = keyLine ? text.startsWith('[') || win31 : /^["@]/.test(text) || win31;
    if (!ok) fail(`line ${op.line} ("${text.slice(0, 40)}") cannot produce ${JSON.stringify(op).slice(0, 80)}`);
  }
}
