import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CancellationTokenSource } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits } from '../../findings/applyEdits';
import { decodeBytes, decodedFromText, parse } from '../../parser';
import type { DecodedText } from '../../parser';
import { formatEdits, formatting, rangeFormatting } from '../../services/formatting';
import { FIXTURES, fixture, REPO_ROOT } from './editorInput';
import { effects, modelOf, reparse } from './formatInvariant';

const CORPUS = path.resolve(REPO_ROOT, '..', 'shared', 'corpus', 'real-world');

function format(decoded: DecodedText): string {
  const doc = parse(decoded);
  return applyEdits(doc.text, formatEdits(doc));
}

/** Formatting keeps every operation (key, name, type, bytes) and is idempotent. */
function assertInvariant(decoded: DecodedText, label: string): string {
  const before = effects(modelOf(parse(decoded)));
  const formatted = format(decoded);
  const after = effects(modelOf(reparse(formatted, decoded)));
  assert.deepStrictEqual(after, before, `${label}: formatting changed what the file does`);
  assert.strictEqual(format({ ...decoded, text: formatted }), formatted, `${label}: formatting the formatted text changes it again`);
  return formatted;
}

describe('services/formatting', () => {
  it('puts a messy file in canonical layout (snapshot)', () => {
    const formatted = assertInvariant(decodedFromText(fixture('messy.reg')), 'messy.reg');
    assert.strictEqual(formatted, fixture('messy.formatted.reg'));
  });

  it('leaves ignored and invalid lines exactly as written', () => {
    const formatted = format(decodedFromText(fixture('messy.reg')));
    for (const line of ['"Bad"=dword:123456789', '  this line is ignored', '"BadHex"=hex:01,,02', '[ HKEY_CURRENT_USER\\Software\\Demo\\Malformed]']) {
      assert.ok(formatted.split('\n').includes(line), `"${line}" is kept verbatim`);
    }
  });

  it('keeps a blank before the closing bracket: it is part of the key name', () => {
    assert.match(format(decodedFromText(fixture('messy.reg'))), /\[HKEY_CURRENT_USER\\Software\\Demo\\Sub \]/);
  });

  it('keeps comments inside a continued hex value and does not rewrap that value', () => {
    assert.match(format(decodedFromText(fixture('messy.reg'))), /"Commented"=hex:01,02,\\ ; keep me\n {2}03,04\n/);
  });

  it('wraps hex data as regedit exports it: 77 columns, `\\` and two spaces, 25 bytes per continuation line', () => {
    const bytes = Array.from({ length: 80 }, (_, i) => (i & 0xff).toString(16).padStart(2, '0').toUpperCase()).join(',');
    const text = `Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\Demo]\r\n"Data"=hex:${bytes}\r\n`;
    const lines = assertInvariant(decodedFromText(text), 'wrap').split('\r\n');
    assert.strictEqual(lines[3], '"Data"=hex:00,01,02,03,04,05,06,07,08,09,0a,0b,0c,0d,0e,0f,10,11,12,13,14,15,\\');
    assert.strictEqual(lines[4], `  ${Array.from({ length: 25 }, (_, i) => (22 + i).toString(16).padStart(2, '0')).join(',')},\\`);
    assert.ok(lines.slice(3, 8).every((l) => l.length <= 78));
  });

  it("keeps each line's own line break (LF, CRLF, CR) and the missing final line break", () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['Windows Registry Editor Version 5.00', '[HKEY_CURRENT_USER\\Software\\Demo]', ' "A" = dword:1'].join(eol);
      const formatted = assertInvariant(decodedFromText(text), JSON.stringify(eol));
      assert.strictEqual(formatted, ['Windows Registry Editor Version 5.00', '', '[HKEY_CURRENT_USER\\Software\\Demo]', '"A"=dword:00000001'].join(eol));
    }
  });

  it('keeps hex(2) bytes of an ANSI file as written (regedit converts them on import)', () => {
    const text = 'REGEDIT4\r\n\r\n[HKEY_CURRENT_USER\\Software\\Demo]\r\n"P" = hex(2):25,54,4D,50,25\r\n';
    const decoded = decodedFromText(text, { unicode: false, encoding: 'windows-1252', bom: false });
    assert.match(assertInvariant(decoded, 'ansi'), /"P"=hex\(2\):25,54,4d,50,25\r\n/);
  });

  it('does not touch a file regedit imports nothing from, nor a Windows 3.1 file', () => {
    for (const text of ['REGEDIT4 \r\n  "A" = dword:1\r\n', 'REGEDIT\r\nHKEY_CLASSES_ROOT\\.x = y\r\n', '[HKEY_CURRENT_USER\\X]\r\n  "A"=dword:1\r\n']) {
      assert.deepStrictEqual(formatEdits(parse(decodedFromText(text))), [], JSON.stringify(text));
    }
  });

  it('formats only the lines of a range', () => {
    const text = fixture('messy.reg');
    const doc = parse(decodedFromText(text));
    const textDocument = TextDocument.create('file:///m.reg', 'reg', 1, doc.text);
    const edits = rangeFormatting(textDocument, doc, { start: { line: 2, character: 0 }, end: { line: 4, character: 0 } });
    const result = TextDocument.applyEdits(textDocument, edits).split('\n');
    assert.deepStrictEqual(result.slice(0, 5), ['  Windows Registry Editor Version 5.00', '[HKEY_CURRENT_USER\\Software\\Demo]', '"Indented"=dword:00000001', '"Upper"=dword:00abcdef', '@ = "default"  ; trailing comment   ']);
  });

  it('gives LSP edits that produce the same text as the offset edits', () => {
    const doc = parse(decodedFromText(fixture('messy.reg')));
    const textDocument = TextDocument.create('file:///m.reg', 'reg', 1, doc.text);
    assert.strictEqual(TextDocument.applyEdits(textDocument, formatting(textDocument, doc)), fixture('messy.formatted.reg'));
  });

  it('honours cancellation on a long document', () => {
    const text = `Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\Demo]\r\n${' "A" = dword:1\r\n'.repeat(5000)}`;
    const source = new CancellationTokenSource();
    source.cancel();
    assert.throws(() => formatEdits(parse(decodedFromText(text)), undefined, source.token), /cancelled/);
  });

  it('never changes what a fixture file does', () => {
    for (const name of fs.readdirSync(FIXTURES).filter((n) => n.endsWith('.reg'))) {
      assertInvariant(decodeBytes(fs.readFileSync(path.join(FIXTURES, name))), name);
    }
  });

  it('never changes what a real-world file does (every file of the shared corpus)', () => {
    assert.ok(fs.existsSync(CORPUS), `the shared corpus is at ${CORPUS}`);
    const files = fs.readdirSync(CORPUS).filter((n) => n.toLowerCase().endsWith('.reg'));
    assert.ok(files.length > 200, 'the corpus is there');
    let changed = 0;
    for (const name of files) {
      const decoded = decodeBytes(fs.readFileSync(path.join(CORPUS, name)));
      if (assertInvariant(decoded, name) !== decoded.text) changed++;
    }
    assert.ok(changed > 0, 'some real-world files are not canonical, so the invariant was exercised');
  });
});
