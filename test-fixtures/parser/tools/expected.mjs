// Builds the <id>.expected.json object of a case.
import { caseText } from './file.mjs';
import { diagnosticsFor } from './diagnostics.mjs';

const V5 = 'Windows Registry Editor Version 5.00';

/** 'crlf' | 'lf' | 'cr' | 'mixed' | 'none', counting CR LF once. */
export function eolStyle(text) {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf && 'crlf', cr && 'cr', lf && 'lf'].filter(Boolean);
  if (kinds.length === 0) return 'none';
  return kinds.length === 1 ? kinds[0] : 'mixed';
}

/** File-level facts only stated for files that import, where explain's answer is not a judgement call. */
function fileFacts(def) {
  if (def.bytes || def.prefix || def.imports === false) return {};
  const text = caseText(def);
  const utf16 = def.encoding === 'utf-16le';
  const firstLine = text.split(/\r\n|\r|\n/)[0];
  const ansi = def.codePage ?? 'windows-1252';
  return {
    ...(utf16 || /^windows-125\d$/.test(ansi) ? { encoding: utf16 ? 'utf-16le' : ansi } : {}),
    bom: utf16,
    eol: eolStyle(text),
    ...(firstLine === 'REGEDIT4' || firstLine === V5 ? { header: firstLine } : {}),
  };
}

/** `verification` is this case's entry in wine-verification.json, if any. */
export function expectedJson(def, verification) {
  return {
    case: def.case,
    description: def.description,
    ...(def.importer ? { importer: def.importer } : {}),
    ...(def.codePage ? { codePage: def.codePage } : {}),
    imports: def.imports ?? true,
    ...fileFacts(def),
    operations: def.operations,
    ...(diagnosticsFor(def.id) ? { diagnostics: diagnosticsFor(def.id) } : {}),
    verifiedWith: verifiedWith(def, verification),
    ...(def.note ? { note: def.note } : {}),
  };
}

function verifiedWith(def, verification) {
  if (def.specOnly) return `spec-only: ${def.specOnly}`;
  if (!verification) return 'unverified';
  if (verification.agrees) return verification.tools.join(' + ');
  return `${verification.tools.join(' + ')} DISAGREES (expected follows the spec): ${verification.detail}`;
}
