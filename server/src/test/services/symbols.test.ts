import * as assert from 'assert';
import { SymbolKind } from 'vscode-languageserver';
import { documentSymbols } from '../../services/symbols';
import { editorInput, fixture } from './editorInput';

describe('services/symbols', () => {
  const input = editorInput(fixture('tls12.reg'), { lint: false });
  const symbols = documentSymbols(input);

  it('lists the keys as namespaces, deleted keys marked', () => {
    assert.deepStrictEqual(
      symbols.map((s) => [s.name.replace(/^.*\\/, ''), s.kind, s.detail]),
      [
        ['Client', SymbolKind.Namespace, ''],
        ['v4.0.30319', SymbolKind.Namespace, ''],
        ['Old', SymbolKind.Namespace, 'deleted'],
      ],
    );
  });

  it('nests the values under their key with type and short data', () => {
    assert.deepStrictEqual(
      symbols[1]!.children!.map((c) => [c.name, c.kind, c.detail]),
      [
        ['SystemDefaultTlsVersions', SymbolKind.Property, 'REG_DWORD 0x00000001 (1)'],
        ['Path', SymbolKind.Property, 'REG_EXPAND_SZ "%SystemRoot%\\x"'],
        ['List', SymbolKind.Property, 'REG_MULTI_SZ "a", "bc"'],
        ['Big', SymbolKind.Property, 'REG_QWORD 0x0000000100000002 (4294967298)'],
        ['Blob', SymbolKind.Property, 'REG_BINARY 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f … (26 bytes)'],
        ['Gone', SymbolKind.Property, 'deleted'],
      ],
    );
    assert.strictEqual(symbols[2]!.children![0]!.detail, 'not imported (no key is open)');
  });

  it("gives ranges that cover the key's values and select the path", () => {
    const key = symbols[1]!;
    assert.strictEqual(key.range.start.line, 7);
    assert.strictEqual(key.range.end.line, 15, 'through the last line of the continued "Blob" value and "Gone"');
    assert.strictEqual(key.selectionRange.start.character, 1);
    const path = key.children![1]!;
    assert.deepStrictEqual([path.range.start.line, path.range.end.line], [9, 10], 'a continued value spans its lines');
  });

  it('puts values before the first key at the top level, and never gives an empty name', () => {
    const early = documentSymbols(editorInput('REGEDIT4\r\n@="x"\r\n[]\r\n', { lint: false }));
    assert.deepStrictEqual(early.map((s) => [s.name, s.kind]), [['@', SymbolKind.Property], ['[]', SymbolKind.Namespace]]);
  });
});
