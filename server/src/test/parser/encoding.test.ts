import * as assert from 'node:assert/strict';
import { decodeBytes, decodedFromText, detectEol, encodeText, normalizeCodePage, parse } from '../../parser/index';
import { ProblemCode } from '../../parser/errors';
import { analyzeBytes, codes, utf16File, valueOps } from './helpers';

describe('parser/encoding', () => {
  it('UTF-16LE with BOM is Unicode mode, BOM removed', () => {
    const d = decodeBytes(utf16File('REGEDIT4\r\n'));
    assert.equal(d.encoding, 'utf-16le');
    assert.equal(d.bom, true);
    assert.equal(d.unicode, true);
    assert.equal(d.text, 'REGEDIT4\r\n');
    assert.deepEqual(d.problems, []);
  });

  it('ANSI defaults to windows-1252 and honours another code page', () => {
    const bytes = Uint8Array.from([...Buffer.from('REGEDIT4\r\n"A"="'), 0xe9, 0x80, ...Buffer.from('"')]);
    assert.equal(decodeBytes(bytes).text.slice(-3), 'é€"');
    const cyr = decodeBytes(bytes, { codePage: '1251' });
    assert.equal(cyr.encoding, 'windows-1251');
    assert.equal(cyr.text.slice(-3), 'йЂ"');
    assert.equal(cyr.unicode, false);
  });

  it('UTF-8 BOM: decoded as UTF-8 for display, refused as an import', () => {
    const d = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('REGEDIT4\r\n"A"="é"')]));
    assert.equal(d.encoding, 'utf-8');
    assert.equal(d.text, 'REGEDIT4\r\n"A"="é"');
    assert.deepEqual(d.problems.map((p) => p.code), ['utf8-bom']);
    const a = analyzeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('REGEDIT4\r\n[HKEY_CURRENT_USER\\X]\r\n"A"="1"')]));
    assert.equal(a.model.imports, false);
    assert.deepEqual(a.model.operations, []);
    assert.deepEqual(codes(a.findings), ['REG002']);
  });

  it('UTF-16LE without BOM is refused (13)', () => {
    const a = analyzeBytes(Uint8Array.from(Buffer.from('Windows Registry Editor Version 5.00\r\n[HKEY_CURRENT_USER\\X]\r\n', 'utf16le')));
    assert.equal(a.doc.decoded.encoding, 'utf-16le');
    assert.equal(a.doc.decoded.bom, false);
    assert.equal(a.model.imports, false);
    assert.deepEqual(codes(a.findings), ['REG003']);
  });

  it('detects line-break styles', () => {
    assert.equal(detectEol('a\r\nb\r\n'), 'crlf');
    assert.equal(detectEol('a\nb'), 'lf');
    assert.equal(detectEol('a\rb\r'), 'cr');
    assert.equal(detectEol('a\r\nb\n'), 'mixed');
    assert.equal(detectEol('a'), 'none');
  });

  it('CR LF, LF and CR each end a line; LF CR is two breaks', () => {
    const a = analyzeBytes(Buffer.from('REGEDIT4\r[HKEY_CURRENT_USER\\X]\n"A"="1"\n\r"B"="2"\r\n'));
    assert.deepEqual(a.doc.lines.map((l) => l.kind), ['header', 'key', 'value', 'blank', 'value']);
    assert.deepEqual(valueOps(a.model), ['A:1:31000000', 'B:1:32000000']);
  });

  it('encodeText round-trips UTF-16LE + BOM and ANSI byte for byte', () => {
    const unicode = utf16File('Windows Registry Editor Version 5.00\r\n"A"="€ й"\r\n');
    assert.deepEqual(encodeText(decodeBytes(unicode).text, decodeBytes(unicode)), unicode);
    const ansi = Uint8Array.from([...Buffer.from('REGEDIT4\r\n"A"="'), 0xe9, 0x80, 0x22]);
    const decoded = decodeBytes(ansi);
    assert.deepEqual(encodeText(decoded.text, decoded), ansi);
  });

  it('decodedFromText: editor text defaults to Unicode mode; hints override', () => {
    assert.equal(decodedFromText('REGEDIT4').unicode, true);
    const ansi = decodedFromText('REGEDIT4\n', { encoding: 'windows-1252' });
    assert.equal(ansi.unicode, false);
    assert.equal(ansi.eol, 'lf');
    assert.deepEqual(decodedFromText('x', { encoding: 'utf-8', bom: true }).problems.map((p) => p.code), ['utf8-bom']);
  });

  it('normalizes code page names', () => {
    assert.equal(normalizeCodePage('1251'), 'windows-1251');
    assert.equal(normalizeCodePage('CP1250'), 'windows-1250');
    assert.equal(normalizeCodePage('windows-1252'), 'windows-1252');
    assert.equal(normalizeCodePage('no-such-encoding'), null);
  });

  it('NUL characters are counted as a (non-fatal) encoding problem', () => {
    const d = decodeBytes(Buffer.from('REGEDIT4\r\n"A"="x\0y\0"\r\n', 'latin1'));
    assert.deepEqual(d.problems.map((p) => [p.code, p.fatal]), [['nul-characters', false]]);
    assert.match(d.problems[0].message, /2 NUL characters/);
  });

  it('counts NUL characters in UTF-16 code units, not zero bytes, whatever the alignment of the bytes', () => {
    const text = 'Windows Registry Editor Version 5.00\r\n"A"="x\0y\u0100\0"\r\n';
    const body = Buffer.from(text, 'utf16le');
    for (const shift of [0, 1]) {
      // A buffer that starts at an odd byte offset cannot be viewed as 16-bit units in place.
      const backing = new Uint8Array(body.length + 2 + shift);
      backing.set([0xff, 0xfe], shift);
      backing.set(body, shift + 2);
      const d = decodeBytes(backing.subarray(shift));
      assert.equal(d.text, text);
      assert.match(d.problems.find((p) => p.code === 'nul-characters')?.message ?? '', /2 NUL characters/, `shift ${shift}`);
    }
    assert.deepEqual(decodeBytes(Buffer.from('\ufeffREGEDIT4\r\n"A"="\u0100\u0041"\r\n', 'utf16le')).problems, []);
  });

  it('decodes UTF-16LE exactly as TextDecoder does: Latin-1 text, other text, an odd byte count, any alignment', () => {
    const samples = ['Windows Registry Editor Version 5.00\r\n"A"="café ÿ\u0080\u0000"\r\n', 'REGEDIT4\r\n"Ω"="ž 中"\r\n', ''];
    // Characters are read four at a time: short texts, and one character above U+00FF (or U+00FF itself) at every place.
    for (let length = 1; length <= 9; length++) {
      for (let at = 0; at < length; at++) {
        for (const c of ['Ω', 'ÿ', 'Ā']) samples.push(`${'abcdefghi'.slice(0, at)}${c}${'abcdefghi'.slice(at + 1, length)}`);
      }
    }
    for (const sample of samples) {
      for (const odd of [false, true]) {
        for (const shift of [0, 1, 2, 3]) {
          const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le'), Buffer.from(odd ? [0x41] : [])]);
          const backing = new Uint8Array(body.length + shift);
          backing.set(body, shift);
          const bytes = backing.subarray(shift);
          assert.equal(decodeBytes(bytes).text, new TextDecoder('utf-16le').decode(bytes.subarray(2)), `${JSON.stringify(sample)} odd=${odd} shift=${shift}`);
        }
      }
    }
  });

  it('the parser still finds NUL characters in a text it was not told about', () => {
    const d = decodeBytes(Buffer.from('REGEDIT4\r\n"A"="x"\r\n', 'latin1'));
    const doc = parse({ ...d, text: 'REGEDIT4\r\n"A"="x\0"\r\n' });
    assert.ok(doc.problems.some((p) => p.code === ProblemCode.NulCharacter));
  });

  it('finds the line-break style on first use', () => {
    assert.equal(decodeBytes(Buffer.from('REGEDIT4\n"A"="x"\n', 'latin1')).eol, 'lf');
    assert.equal(decodeBytes(Buffer.from('REGEDIT4\r\n"A"="x"\n', 'latin1')).eol, 'mixed');
    assert.equal({ ...decodeBytes(Buffer.from('REGEDIT4\r"A"="x"\r', 'latin1')) }.eol, 'cr');
  });

  it('fewer than two bytes imports nothing', () => {
    assert.equal(analyzeBytes(new Uint8Array(0)).model.imports, false);
    assert.equal(analyzeBytes(Uint8Array.of(0x52)).model.imports, false);
  });
});
