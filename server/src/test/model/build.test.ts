import * as assert from 'node:assert/strict';
import { buildModel } from '../../model/build';
import { toHex } from '../../model/bytes';
import { decodeBytes, decodedFromText, parse } from '../../parser/index';

describe('model/build', () => {
  it('operations carry line, spans and section', () => {
    const text = 'REGEDIT4\r\n\r\n[HKEY_CURRENT_USER\\Demo]\r\n  "A" = "x" ;c\r\n"B"=hex:01,\\\r\n  02\r\n';
    const model = buildModel(parse(decodedFromText(text)));
    const [key, a, b] = model.operations;
    assert.equal(key.kind, 'createKey');
    assert.equal(key.kind === 'createKey' && text.slice(key.pathSpan.offset, key.pathSpan.offset + key.pathSpan.length), 'HKEY_CURRENT_USER\\Demo');
    assert.equal(a.kind, 'setValue');
    if (a.kind !== 'setValue' || b.kind !== 'setValue') return;
    assert.equal(a.line, 4);
    assert.equal(text.slice(a.span.offset, a.span.offset + a.span.length), '"A" = "x" ;c');
    assert.equal(text.slice(a.nameSpan.offset, a.nameSpan.offset + a.nameSpan.length), '"A"');
    assert.equal(text.slice(a.dataSpan.offset, a.dataSpan.offset + a.dataSpan.length), '"x"');
    assert.equal(text.slice(b.span.offset, b.span.offset + b.span.length), '"B"=hex:01,\\\r\n  02');
    assert.equal(text.slice(b.dataSpan.offset, b.dataSpan.offset + b.dataSpan.length), 'hex:01,\\\r\n  02');
    assert.equal(a.section, 0);
  });

  it('sections: insertAt after the last non-blank line, indent of the value lines', () => {
    const text = 'REGEDIT4\r\n\r\n[HKEY_CURRENT_USER\\A]\r\n    "V"="1"\r\n\r\n[HKEY_CURRENT_USER\\B]\r\n[HKEY_CURRENT_USER\\C]\r\n"W"="2"';
    const { sections } = buildModel(parse(decodedFromText(text)));
    assert.equal(sections.length, 3);
    assert.equal(sections[0].indent, '    ');
    assert.equal(sections[0].insertAt, text.indexOf('\r\n\r\n[HKEY_CURRENT_USER\\B]') + 2);
    assert.equal(sections[1].insertAt, text.indexOf('[HKEY_CURRENT_USER\\C]'));
    assert.equal(sections[2].insertAt, text.length);
    assert.ok(sections.every((s) => s.opened));
  });

  it('Unicode hex(2)/hex(7): one 00 00 appended unless already terminated (97-99)', () => {
    const file = (body: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(`Windows Registry Editor Version 5.00\r\n[HKEY_CURRENT_USER\\D]\r\n${body}`, 'utf16le')]);
    const data = (body: string) => {
      const op = buildModel(parse(decodeBytes(file(body)))).operations[1];
      return op.kind === 'setValue' ? toHex(op.data) : '';
    };
    assert.equal(data('"P"=hex(2):25,00,54,00,4d,00,50,00,25,00'), '250054004d00500025000000');
    assert.equal(data('"M"=hex(7):61,00,00,00,62,00,00,00,00,00'), '61000000620000000000');
    assert.equal(data('"S"=hex(1):00,00,41,00'), '000041000000');
  });

  it('ANSI hex(2) goes through the code page (windows-1251)', () => {
    const bytes = Buffer.from('REGEDIT4\r\n[HKEY_CURRENT_USER\\D]\r\n"P"=hex(2):e9,00\r\n', 'latin1');
    const op = buildModel(parse(decodeBytes(bytes, { codePage: 'windows-1251' }))).operations[1];
    assert.equal(op.kind === 'setValue' && toHex(op.data), '39040000');
  });

  it('odd byte count in a Unicode hex(2) is reported', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, ...Buffer.from('REGEDIT4\r\n[HKEY_CURRENT_USER\\D]\r\n"P"=hex(2):41,00,42\r\n', 'utf16le')]);
    const model = buildModel(parse(decodeBytes(bytes)));
    assert.deepEqual(model.problems?.map((p) => p.code), ['REG020']);
  });
});
