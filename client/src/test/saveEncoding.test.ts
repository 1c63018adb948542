import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, applyCodeAction, closeAllEditors, codeActionsAt, diagnosticCode, readFixtureBytes, showFixture, waitForDiagnosticCodes } from './helpers';
import { WOW6432_NET_KEY } from './registryKeys';

const FILE = 'encodings/utf16le-bom-crlf.reg';

suite('Saving a fixed UTF-16LE file', () => {
  suiteSetup(activateExtension);
  suiteTeardown(closeAllEditors);

  test('keeps UTF-16LE, the BOM and CRLF line ends on disk (regedit reads it as before)', async () => {
    const editor = await showFixture(FILE);
    const uri = editor.document.uri;
    const [diagnostic] = (await waitForDiagnosticCodes(uri, ['AZB-003'])).filter((d) => diagnosticCode(d) === 'AZB-003');
    const actions = await codeActionsAt(uri, diagnostic.range, vscode.CodeActionKind.QuickFix);
    const fix = actions.find((a) => a.isPreferred && a.edit !== undefined);
    assert.ok(fix, `no preferred quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    await applyCodeAction(fix);
    assert.ok(await editor.document.save(), 'save failed');

    const bytes = await readFixtureBytes(FILE);
    assert.deepStrictEqual([...bytes.subarray(0, 2)], [0xff, 0xfe], 'the UTF-16LE byte order mark is gone');
    const text = Buffer.from(bytes.subarray(2)).toString('utf16le');
    assert.ok(text.startsWith('Windows Registry Editor Version 5.00\r\n'), `not UTF-16LE any more: ${JSON.stringify(text.slice(0, 40))}`);
    assert.ok(text.includes(`[${WOW6432_NET_KEY}]\r\n`), 'the fix is not in the saved file');
    assert.strictEqual(text.replace(/\r\n/g, '').includes('\n'), false, 'a line ends in LF only');
  });
});
