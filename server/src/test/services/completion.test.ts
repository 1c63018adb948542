import * as assert from 'assert';
import type { CompletionItem, TextEdit } from 'vscode-languageserver';
import { InsertTextFormat } from 'vscode-languageserver';
import { completion, CompletionOptions } from '../../services/completion';
import { editorInput } from './editorInput';

const HEADER = 'Windows Registry Editor Version 5.00\r\n\r\n';
const PROTOCOLS = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
const CLIENT = `${PROTOCOLS}\\TLS 1.2\\Client`;

/** Completion at the `|` marker of `text` (the marker is removed). */
function complete(text: string, options: Partial<CompletionOptions> = {}, unicode = true): CompletionItem[] {
  const at = text.indexOf('|');
  const input = editorInput(text.slice(0, at) + text.slice(at + 1), { unicode, lint: false });
  return completion(input, input.textDocument.positionAt(at), { importer: 'regedit', snippets: true, ...options });
}

const labels = (items: CompletionItem[]): string[] => items.map((i) => i.label);
const newText = (item: CompletionItem | undefined): string => (item?.textEdit as TextEdit).newText;

describe('services/completion', () => {
  it('offers the two headers on line 1, replacing what is there', () => {
    const items = complete('Win|');
    assert.deepStrictEqual(labels(items), ['Windows Registry Editor Version 5.00', 'REGEDIT4']);
    assert.deepStrictEqual((items[0]!.textEdit as TextEdit).range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
  });

  it('offers the full root names after `[` (and `[-`), abbreviations only for reg import', () => {
    const roots = labels(complete(`${HEADER}[HKEY_L|`));
    assert.ok(roots.includes('HKEY_LOCAL_MACHINE') && roots.includes('HKEY_CURRENT_USER'));
    assert.ok(!roots.includes('HKLM'));
    assert.ok(labels(complete(`${HEADER}[-|`)).includes('HKEY_CLASSES_ROOT'));
    assert.ok(labels(complete(`${HEADER}[|`, { importer: 'reg' })).includes('HKLM'));
  });

  it("offers `TLS 1.2` after `…\\SCHANNEL\\Protocols\\`, replacing only the segment being typed", () => {
    const items = complete(`${HEADER}[${PROTOCOLS}\\TL|`);
    const tls = items.find((i) => i.label === 'TLS 1.2');
    assert.ok(tls, labels(items).join(', '));
    assert.strictEqual(newText(tls), 'TLS 1.2');
    const range = (tls.textEdit as TextEdit).range;
    assert.strictEqual(range.end.character - range.start.character, 2);
  });

  it('offers the whole rest of a known key path, closing the bracket when it is missing', () => {
    const leaf = complete(`${HEADER}[${PROTOCOLS}\\|`).find((i) => i.label === 'TLS 1.2\\Client');
    assert.strictEqual(newText(leaf), 'TLS 1.2\\Client]');
    const closed = complete(`${HEADER}[${PROTOCOLS}\\|]`).find((i) => i.label === 'TLS 1.2\\Client');
    assert.strictEqual(newText(closed), 'TLS 1.2\\Client');
  });

  it('matches key paths case-insensitively and also offers the keys the file already names', () => {
    const text = `${HEADER}[HKEY_CURRENT_USER\\Software\\Demo\\Child]\r\n\r\n[hkey_current_user\\software\\|`;
    assert.ok(labels(complete(text)).includes('Demo'));
    assert.ok(labels(complete(`${HEADER}[hkey_local_machine\\software\\microsoft\\|`)).includes('.NETFramework'));
  });

  it('offers the value names the packs check under the current key, as snippets with the suggested data', () => {
    const items = complete(`${HEADER}[${CLIENT}]\r\n|`);
    assert.deepStrictEqual(labels(items).sort(), ['"DisabledByDefault"', '"Enabled"']);
    const enabled = items.find((i) => i.label === '"Enabled"')!;
    assert.strictEqual(newText(enabled), '"Enabled"=dword:${1:00000001}');
    assert.strictEqual(enabled.insertTextFormat, InsertTextFormat.Snippet);
  });

  it('inserts plain text to a client without snippet support, and skips names already written', () => {
    const items = complete(`${HEADER}[${CLIENT}]\r\n"Enabled"=dword:00000001\r\n"|"`, { snippets: false });
    assert.deepStrictEqual(labels(items), ['"DisabledByDefault"']);
    assert.strictEqual(newText(items[0]), '"DisabledByDefault"=dword:00000000');
    // The auto-closed quote after the cursor is replaced too.
    const range = (items[0]!.textEdit as TextEdit).range;
    assert.deepStrictEqual([range.start.character, range.end.character], [0, 2]);
  });

  it('offers the names of the key regedit has open after a malformed key line, which it ignores', () => {
    const items = complete(`${HEADER}[${CLIENT}]\r\n[ HKEY_CURRENT_USER\\Ignored]\r\n|`);
    assert.deepStrictEqual(labels(items).sort(), ['"DisabledByDefault"', '"Enabled"']);
  });

  it('offers no value names under a key the packs do not know, or after a key deletion', () => {
    assert.deepStrictEqual(complete(`${HEADER}[HKEY_CURRENT_USER\\Software\\Demo]\r\n|`), []);
    assert.deepStrictEqual(complete(`${HEADER}[-${CLIENT}]\r\n|`), []);
  });

  it('offers the type prefixes after `=`', () => {
    const items = complete(`${HEADER}[HKEY_CURRENT_USER\\Software\\Demo]\r\n"X"=|`);
    for (const prefix of ['dword:', 'hex:', 'hex(2):', 'hex(7):', 'hex(b):']) assert.ok(labels(items).includes(prefix), prefix);
    const partial = complete(`${HEADER}[HKEY_CURRENT_USER\\Software\\Demo]\r\n"X" = hex(|`).find((i) => i.label === 'hex(7):');
    const range = (partial!.textEdit as TextEdit).range;
    assert.strictEqual(range.end.character - range.start.character, 4, 'replaces the typed `hex(`');
  });

  it("puts the pack's data first after `=` for a value the packs know", () => {
    const items = complete(`${HEADER}[${CLIENT}]\r\n"DisabledByDefault"=|`);
    assert.strictEqual(items[0]!.label, 'dword:00000000');
    assert.strictEqual(items[0]!.preselect, true);
  });
});
