import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, describeDiagnostics, waitForDiagnostics } from './helpers';

suite('Commands', () => {
  test('every command the manifest contributes is registered once the extension is active', async () => {
    const extension = await activateExtension();
    const contributed: { command: string }[] = extension.packageJSON.contributes?.commands ?? [];
    assert.ok(contributed.length > 0, 'the manifest contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepStrictEqual(missing, [], 'contributed but not registered');
  });

  test('"Insert Azure Backup TLS 1.2 baseline" turns a partial file into one that lints clean', async () => {
    await activateExtension();
    // A file that touches the pack's keys (a file that does not is no remediation file and gets no findings).
    const content = [
      'Windows Registry Editor Version 5.00',
      '',
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319]',
      '"SchUseStrongCrypto"=dword:00000001',
      '',
    ].join('\r\n');
    const document = await vscode.workspace.openTextDocument({ language: 'reg', content });
    await vscode.window.showTextDocument(document);
    const isProblem = (d: vscode.Diagnostic) => d.severity <= vscode.DiagnosticSeverity.Warning;
    // First the partial file's findings, so the clean result below is a new analysis, not the initial empty list.
    await waitForDiagnostics(document.uri, (all) => all.some(isProblem), 'findings on the partial file');

    await vscode.commands.executeCommand('regPolicy.insertBaseline');
    const after = await waitForDiagnostics(document.uri, (all) => !all.some(isProblem), 'the baseline to lint clean');
    assert.ok(document.getText().includes('SchUseStrongCrypto'), `no baseline inserted:\n${document.getText()}`);
    assert.ok(!after.some(isProblem), describeDiagnostics(after));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closeAllEditors();
  });
});
