import * as assert from 'node:assert/strict';
import { buildModel } from '../../model/build';
import { toHex, utf16z } from '../../model/bytes';
import { makeRegistryPath } from '../../model/paths';
import { applyToState, RegistryState } from '../../model/state';
import { formatValue, writeReg, writerOptionsLike } from '../../model/writer';
import { decodedFromText, parse } from '../../parser/index';

const hkcu = (...segments: string[]) => makeRegistryPath('HKEY_CURRENT_USER', 'HKEY_CURRENT_USER', segments);
const stateOf = (text: string) => applyToState(buildModel(parse(decodedFromText(text))));

describe('model/state', () => {
  it('last assignment wins, spelling of the first is kept, deletes remove subtrees', () => {
    const state = stateOf('REGEDIT4\r\n[HKEY_CURRENT_USER\\Demo\\A\\B]\r\n"V"="one"\r\n"v"=dword:2\r\n[HKEY_CURRENT_USER\\Demo\\C]\r\n[-HKEY_CURRENT_USER\\demo\\a]\r\n');
    assert.equal(state.getKey(hkcu('Demo', 'A')), undefined);
    assert.ok(state.getKey(hkcu('Demo', 'C')));
    const again = stateOf('REGEDIT4\r\n[HKEY_CURRENT_USER\\Demo]\r\n"V"="one"\r\n"v"=dword:2\r\n"W"=-\r\n');
    const value = again.getValue(hkcu('DEMO'), 'V');
    assert.equal(value?.name, 'V');
    assert.equal(value?.type, 4);
    assert.equal(value && toHex(value.data), '02000000');
  });

  it('[-K] then [K] recreates K empty; [K] then [-K] leaves it deleted', () => {
    const a = stateOf('REGEDIT4\r\n[HKEY_CURRENT_USER\\K]\r\n"V"="x"\r\n[-HKEY_CURRENT_USER\\K]\r\n[HKEY_CURRENT_USER\\K]\r\n');
    assert.equal(a.getKey(hkcu('K'))?.values.size, 0);
    const b = stateOf('REGEDIT4\r\n[HKEY_CURRENT_USER\\K]\r\n[-HKEY_CURRENT_USER\\K]\r\n');
    assert.equal(b.getKey(hkcu('K')), undefined);
  });

  it('a file that does not import leaves the state unchanged', () => {
    const state = new RegistryState();
    applyToState(buildModel(parse(decodedFromText('regedit4\r\n[HKEY_CURRENT_USER\\K]\r\n'))), state);
    assert.equal(state.getKey(hkcu('K')), undefined);
  });
});

describe('model/writer (reg-format.md 12)', () => {
  it('wraps hex as regedit does (the 40-byte example)', () => {
    const line = formatValue('Data', 3, Uint8Array.from({ length: 40 }, (_, i) => i));
    assert.equal(line, '"Data"=hex:00,01,02,03,04,05,06,07,08,09,0a,0b,0c,0d,0e,0f,10,11,12,13,14,15,\\\r\n  16,17,18,19,1a,1b,1c,1d,1e,1f,20,21,22,23,24,25,26,27');
  });

  it('continuation lines hold 25 bytes and never exceed 78 characters', () => {
    const lines = formatValue('N', 3, new Uint8Array(200)).split('\r\n');
    assert.ok(lines.every((l) => l.length <= 78));
    assert.equal(lines[1].trim().split(',').filter((b) => b !== '\\').length, 25);
  });

  it('writes an empty key, dword/hex(4), zero-length values and escaped names (106, 108, 109)', () => {
    const state = new RegistryState();
    state.ensureKey(hkcu('Empty'));
    const key = hkcu('Vals');
    state.setValue(key, 'a"b\\c', 1, utf16z('x"y\\z'));
    state.setValue(key, 'D4', 4, Uint8Array.of(0x40, 0x30, 0x20, 0x10));
    state.setValue(key, 'D8', 4, Uint8Array.of(0x80, 0x70, 0x60, 0x50, 0x40, 0x30, 0x20, 0x10));
    state.setValue(key, 'Z2', 2, new Uint8Array(0));
    state.setValue(key, 'Z', 0xabcd, new Uint8Array(0));
    state.setValue(key, '', 3, new Uint8Array(0));
    assert.equal(writeReg(state), [
      'Windows Registry Editor Version 5.00', '',
      '[HKEY_CURRENT_USER\\Empty]', '',
      '[HKEY_CURRENT_USER\\Vals]',
      '"a\\"b\\\\c"="x\\"y\\\\z"', '"D4"=dword:10203040', '"D8"=hex(4):80,70,60,50,40,30,20,10', '"Z2"=hex(2):', '"Z"=hex(abcd):', '@=hex:', '', '',
    ].join('\r\n'));
  });

  it('subkeys alphabetically, values in creation order (110)', () => {
    const state = new RegistryState();
    state.ensureKey(hkcu('T', 'Sub2'));
    state.ensureKey(hkcu('T', 'Sub1'));
    state.setValue(hkcu('T'), 'Value 2', 1, utf16z('2'));
    state.setValue(hkcu('T'), 'Value 1', 1, utf16z('1'));
    const text = writeReg(state);
    assert.ok(text.indexOf('Sub1') < text.indexOf('Sub2'));
    assert.ok(text.indexOf('"Value 2"') < text.indexOf('"Value 1"'));
  });

  it('writerOptionsLike keeps the source form', () => {
    assert.deepEqual(writerOptionsLike({ unicode: true, encoding: 'utf-16le', eol: 'crlf' }), { unicode: true, eol: '\r\n' });
    assert.deepEqual(writerOptionsLike({ unicode: false, encoding: 'windows-1251', eol: 'lf' }), { unicode: false, codePage: 'windows-1251', eol: '\n' });
  });

  it('REGEDIT4 form writes hex(2)/hex(7) as code-page bytes', () => {
    const state = new RegistryState();
    state.setValue(hkcu('A'), 'P', 2, utf16z('%TMP%'));
    const text = writeReg(state, { unicode: false });
    assert.ok(text.startsWith('REGEDIT4\r\n'));
    assert.ok(text.includes('"P"=hex(2):25,54,4d,50,25,00'));
    const reread = applyToState(buildModel(parse(decodedFromText(text, { encoding: 'windows-1252', bom: false }))));
    assert.equal(toHex(reread.getValue(hkcu('A'), 'P')?.data ?? new Uint8Array()), toHex(utf16z('%TMP%')));
  });
});
