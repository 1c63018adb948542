import { buildModel } from '../../model/build';
import { toHex } from '../../model/bytes';
import type { RegModel } from '../../model/types';
import type { RegDocument } from '../../parser/ast';
import { decodeBytes, decodedFromText, parse } from '../../parser/index';
import type { Finding } from '../../findings/types';
import { checkSyntax } from '../../rules/index';

/** The start of most edge cases in reg-format.md section 14 (ANSI, CR LF). */
export const DEMO = 'REGEDIT4\r\n\r\n[HKEY_CURRENT_USER\\Software\\Demo]\r\n';

export interface Analysis {
  readonly doc: RegDocument;
  readonly model: RegModel;
  readonly findings: Finding[];
}

/** Parses text as an ANSI (Windows-1252) file unless `unicode` is set. */
export function analyze(text: string, options: { unicode?: boolean; importer?: 'regedit' | 'reg' } = {}): Analysis {
  const decoded = options.unicode ? decodedFromText(text, { unicode: true, encoding: 'utf-16le', bom: true }) : decodedFromText(text, { unicode: false, encoding: 'windows-1252', bom: false });
  const doc = parse(decoded, { importer: options.importer });
  const model = buildModel(doc);
  return { doc, model, findings: checkSyntax(doc, model) };
}

export function analyzeBytes(bytes: Uint8Array): Analysis {
  const doc = parse(decodeBytes(bytes));
  const model = buildModel(doc);
  return { doc, model, findings: checkSyntax(doc, model) };
}

/** Value operations as short strings: `name:type:hex` for setValue, `-name` for deleteValue. */
export function valueOps(model: RegModel): string[] {
  const out: string[] = [];
  for (const op of model.operations) {
    if (op.kind === 'setValue') out.push(`${op.name}:${op.type}:${toHex(op.data)}`);
    else if (op.kind === 'deleteValue') out.push(`-${op.name}`);
  }
  return out;
}

export function keyOps(model: RegModel): string[] {
  return model.operations.filter((op) => op.kind === 'createKey' || op.kind === 'deleteKey').map((op) => `${op.kind === 'deleteKey' ? '-' : '+'}${op.path.text}`);
}

export function codes(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.ruleId);
}

/** UTF-16LE bytes with BOM. */
export function utf16File(text: string): Uint8Array {
  return Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
}
