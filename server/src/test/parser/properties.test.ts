import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildModel } from '../../model/build';
import { decodeBytes, decodedFromText, parse } from '../../parser/index';
import { checkSyntax } from '../../rules/index';

/** Fragments that reach the interesting corners of the grammar far more often than random text. */
const fragment = fc.constantFrom(
  'Windows Registry Editor Version 5.00', 'REGEDIT4', 'REGEDIT', '\r\n', '\n', '\r', ' ', '\t', '[', ']', '[-', '"', '\\', '\\\\',
  '@', '=', '-', ';', '#', ',', 'hex:', 'hex(7):', 'hex(2):', 'hex(b):', 'hex(', '):', 'dword:', 'DWORD:', 'qword:', '0', '1', 'ff',
  '100', '0x', 'x', 'HKEY_CURRENT_USER', 'HKEY_LOCAL_MACHINE\\SOFTWARE', 'HKLM', 'Key', 'Name', '\0', 'é', '\u001a', ',\\\r\n',
);
const regText = fc.array(fc.oneof(fragment, fc.string({ maxLength: 4 })), { maxLength: 60 }).map((parts) => parts.join(''));

function analyzeText(text: string, unicode: boolean, importer: 'regedit' | 'reg') {
  const doc = parse(decodedFromText(text, unicode ? {} : { encoding: 'windows-1252', bom: false }), { importer });
  const model = buildModel(doc);
  return { doc, model, findings: checkSyntax(doc, model) };
}

describe('parser properties (fast-check)', () => {
  it('arbitrary bytes never throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const doc = parse(decodeBytes(bytes));
        checkSyntax(doc, buildModel(doc));
      }),
      { numRuns: 500 },
    );
  });

  it('arbitrary UTF-16 files (with BOM) never throw', () => {
    fc.assert(
      fc.property(regText, (text) => {
        const bytes = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
        const doc = parse(decodeBytes(bytes));
        checkSyntax(doc, buildModel(doc));
      }),
      { numRuns: 300 },
    );
  });

  it('tokens cover the text exactly once, in order', () => {
    fc.assert(
      fc.property(regText, fc.boolean(), fc.constantFrom('regedit' as const, 'reg' as const), (text, unicode, importer) => {
        const { doc } = analyzeText(text, unicode, importer);
        let at = 0;
        for (const token of doc.tokens) {
          assert.equal(token.offset, at);
          assert.ok(token.length > 0);
          at += token.length;
        }
        assert.equal(at, text.length);
        assert.equal(doc.tokens.map((t) => text.slice(t.offset, t.offset + t.length)).join(''), text);
        assert.equal(doc.tokens.toArray().length, doc.tokens.length);
      }),
      { numRuns: 500 },
    );
  });

  it('every span lies inside the document', () => {
    const inside = (text: string, offset: number, length: number): void => {
      assert.ok(offset >= 0 && length >= 0 && offset + length <= text.length, `${offset}+${length} outside 0..${text.length}`);
    };
    fc.assert(
      fc.property(regText, fc.boolean(), (text, unicode) => {
        const { doc, model, findings } = analyzeText(text, unicode, 'regedit');
        for (const line of doc.lines) {
          inside(text, line.span.offset, line.span.length);
          inside(text, line.eol.offset, line.eol.length);
        }
        for (const f of findings) {
          inside(text, f.offset, f.length);
          for (const fix of f.fixes ?? []) for (const e of fix.edits) inside(text, e.offset, e.length);
          for (const r of f.related ?? []) inside(text, r.offset, r.length);
        }
        for (const op of model.operations) {
          inside(text, op.span.offset, op.span.length);
          if (op.kind === 'setValue' || op.kind === 'deleteValue') {
            inside(text, op.nameSpan.offset, op.nameSpan.length);
            inside(text, op.dataSpan.offset, op.dataSpan.length);
          } else inside(text, op.pathSpan.offset, op.pathSpan.length);
        }
        for (const s of model.sections) {
          inside(text, s.span.offset, s.span.length);
          assert.ok(s.insertAt >= s.span.offset && s.insertAt <= text.length);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('line numbers are consecutive and lines tile the text', () => {
    fc.assert(
      fc.property(regText, (text) => {
        const { doc } = analyzeText(text, true, 'regedit');
        let at = 0;
        doc.lines.forEach((line, i) => {
          assert.equal(line.line, i + 1);
          assert.equal(line.span.offset, at);
          at = line.eol.offset + line.eol.length;
        });
        assert.equal(at, text.length);
      }),
      { numRuns: 300 },
    );
  });
});
