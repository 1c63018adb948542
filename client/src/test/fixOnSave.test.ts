import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, diagnosticCode, readFixtureBytes, showFixture, waitForDiagnosticCodes, waitForDiagnostics } from './helpers';
import { WOW6432_NET_KEY } from './registryKeys';

const FILE = 'fix-on-save/missing-wow6432node.reg';

suite('Fix all on save (source.fixAll.regPolicy)', () => {
  const editorSettings = () => vscode.workspace.getConfiguration('editor', { languageId: 'reg' });

  suiteSetup(async () => {
    await activateExtension();
    await editorSettings().update('codeActionsOnSave', { 'source.fixAll.regPolicy': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
  });
  suiteTeardown(async () => {
    await editorSettings().update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    await closeAllEditors();
  });

  test('saving the file applies the fixes and the findings clear', async () => {
    const editor = await showFixture(FILE);
    const uri = editor.document.uri;
    await waitForDiagnosticCodes(uri, ['AZB-003', 'AZB-004']);
    // An unchanged file is not written (and not fixed) on save: make a user's edit first.
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(1, 0), '; reviewed\r\n')));
    assert.ok(await editor.document.save(), 'save failed');

    const saved = new TextDecoder().decode(await readFixtureBytes(FILE));
    assert.ok(saved.includes(`[${WOW6432_NET_KEY}]`), `the fix was not saved:\n${saved}`);
    await waitForDiagnostics(uri, (all) => !all.some((d) => ['AZB-003', 'AZB-004'].includes(diagnosticCode(d) ?? '')), 'AZB-003/AZB-004 to clear');
  });
});
