import * as assert from 'assert';
import { CancellationTokenSource, MarkupContent } from 'vscode-languageserver';
import { hover } from '../../services/hover';
import { editorInput, fixture, positionOf } from './editorInput';

function hoverText(input: ReturnType<typeof editorInput>, needle: string, delta = 1): string {
  const result = hover(input, positionOf(input, needle, delta));
  assert.ok(result, `a hover at "${needle}"`);
  return (result.contents as MarkupContent).value;
}

describe('services/hover', () => {
  const unicode = editorInput(fixture('tls12.reg'));
  const ansi = editorInput(fixture('ansi.reg'), { unicode: false });

  it('shows a DWORD as decimal and hex, with the key and the pack rule that checks it', () => {
    const text = hoverText(unicode, '"Enabled"');
    assert.match(text, /`REG_DWORD`/);
    assert.match(text, /1 \(0x00000001\)/);
    assert.match(text, /TLS 1\.2\\Client/);
    assert.match(text, /AZB-001/);
  });

  it('shows hex(2) as the expanded-string text and notes that a terminator is added', () => {
    const text = hoverText(unicode, '"Path"');
    assert.match(text, /`REG_EXPAND_SZ`/);
    assert.match(text, /%SystemRoot%\\x/);
    assert.doesNotMatch(text, /adds a terminating/, 'the data ends with 00,00 already');
  });

  it('answers on a continuation line of a hex value as on its first line', () => {
    const text = hoverText(unicode, '25,00,5c,00', 0);
    assert.match(text, /%SystemRoot%\\x/);
  });

  it('shows hex(7) as the list of strings', () => {
    const text = hoverText(unicode, '"List"');
    assert.match(text, /1\. `a`\n2\. `bc`/);
  });

  it('shows hex(b) as a 64-bit number', () => {
    const text = hoverText(unicode, '"Big"');
    assert.match(text, /`REG_QWORD`/);
    assert.match(text, /4294967298 \(0x0000000100000002\)/);
  });

  it('shows binary data as a short hex dump', () => {
    const text = hoverText(unicode, '"Blob"');
    assert.match(text, /26 bytes/);
    assert.match(text, /0000 {2}00 01 02 03/);
    assert.match(text, /0010 {2}10 11 12 13 14 15 16 17 18 19/);
  });

  it('says what a value deletion and a value after a key deletion do', () => {
    assert.match(hoverText(unicode, '"Gone"'), /Deletes this value/);
    assert.match(hoverText(unicode, '"Orphan"'), /key deletion on line 18 leaves no key open/);
  });

  it('explains what regedit stores for hex(2) in an ANSI file (converted, terminator added)', () => {
    const text = hoverText(ansi, '"Temp"');
    assert.match(text, /%TMP%/);
    assert.match(text, /ANSI \(windows-1252\).*5 listed bytes.*adds a terminating NUL.*12 bytes of UTF-16LE/s);
  });

  it('warns that an ANSI hex(7) list gets only one NUL', () => {
    const text = hoverText(ansi, '"Multi"');
    assert.match(text, /1\. `a`\n2\. `b`/);
    assert.match(text, /adds only one NUL/);
  });

  it('says that a 9-digit DWORD is skipped, and what it seems to say', () => {
    const text = hoverText(ansi, '"TooLong"');
    assert.match(text, /regedit skips this line/);
    assert.match(text, /reads like the number 2 \(0x00000002\)/);
    assert.match(text, /REG014/);
  });

  it('shows a REG_DWORD of 8 bytes as bytes, not as a number', () => {
    const text = hoverText(ansi, '"Dword8"');
    assert.match(text, /8 bytes \(a DWORD is 4\)/);
  });

  it('shows a string with its escapes resolved', () => {
    assert.match(hoverText(ansi, '"Text"'), /```text\nC:\\dir\n```/);
  });

  it('describes a key the packs check, with its values and source link', () => {
    const text = hoverText(unicode, '[HKEY_LOCAL_MACHINE\\SYSTEM', 3);
    assert.match(text, /Creates this key/);
    assert.match(text, /Rule packs check this key/);
    assert.match(text, /"Enabled"`? REG_DWORD · \*\*AZB-001\*\*/);
    assert.match(text, /\[source\]\(https:\/\/learn\.microsoft\.com\/azure\/backup\/transport-layer-security\)/);
  });

  it('lists the known keys below a parent key', () => {
    const input = editorInput('Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols]\r\n');
    assert.match(hoverText(input, 'Protocols]'), /keys below it: `TLS 1\.2\\Client`/);
  });

  it('says what a key deletion does', () => {
    assert.match(hoverText(unicode, '[-HKEY_CURRENT_USER'), /Deletes this key with all its subkeys/);
  });

  it("explains the rule behind a finding under the cursor, with the rule's docs link", () => {
    const input = editorInput('Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\Demo]\r\n"N"=dword:0x10\r\n');
    const text = hoverText(input, '0x10');
    assert.match(text, /\*\*REG014\*\* · malformed-dword/);
    assert.match(text, /not 1 to 8 hex digits/);
    assert.match(text, /\[Rule documentation\]\(https:\/\/[^)]+REG014\.md\)/);
  });

  it('describes the header and how the encoding changes what hex(2) bytes mean', () => {
    assert.match(hoverText(unicode, 'Windows Registry'), /Version 5 file[\s\S]*UTF-16LE with byte order mark/);
    assert.match(hoverText(ansi, 'REGEDIT4'), /Version 4 file[\s\S]*ANSI \(windows-1252\)/);
    assert.match(hoverText(editorInput('REGEDIT5\r\n'), 'REGEDIT5'), /regedit imports nothing/);
  });

  it('returns null on a blank line without findings', () => {
    assert.strictEqual(hover(unicode, { line: 1, character: 0 }), null);
  });

  it('honours cancellation while it looks through the findings', () => {
    const source = new CancellationTokenSource();
    source.cancel();
    const many = { ...unicode, findings: Array.from({ length: 1000 }, () => unicode.findings[0] ?? { ruleId: 'X', severity: 'error' as const, message: '', offset: 0, length: 0 }) };
    assert.throws(() => hover(many, { line: 4, character: 2 }, source.token), /cancelled/);
  });
});
