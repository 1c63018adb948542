import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, openFixture } from './helpers';

const REGEDIT5_HEADER = 'Windows Registry Editor Version 5.00';

suite('Language: .reg files open as `reg`', () => {
  suiteTeardown(closeAllEditors);

  test('a UTF-8/ASCII version 5 file by its .reg extension', async () => {
    const document = await openFixture('azure-backup/missing-wow6432node.reg');
    assert.strictEqual(document.languageId, 'reg');
  });

  test('a REGEDIT4 file', async () => {
    const document = await openFixture('encodings/regedit4.reg');
    assert.strictEqual(document.languageId, 'reg');
    assert.strictEqual(document.lineAt(0).text, 'REGEDIT4');
  });

  test('a UTF-16LE file with BOM is decoded (BOM auto-detected) and keeps CRLF', async () => {
    const document = await openFixture('encodings/utf16le-bom-crlf.reg');
    assert.strictEqual(document.languageId, 'reg');
    assert.strictEqual(document.lineAt(0).text, REGEDIT5_HEADER, 'first line should be the decoded header, without BOM or NULs');
    assert.ok(!document.getText().includes('\0'), 'a NUL means the file was read as 8-bit text');
    assert.strictEqual(document.eol, vscode.EndOfLine.CRLF);
  });

  test('a file without extension by its first line', async () => {
    const document = await openFixture('no-extension/exported-settings');
    assert.strictEqual(document.languageId, 'reg');
  });
});
