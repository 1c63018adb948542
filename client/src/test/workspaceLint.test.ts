import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, describeDiagnostics, diagnosticCode, fixtureUri, waitForDiagnosticCodes, waitForDiagnostics } from './helpers';

// Files in test-fixtures/workspace/workspace-lint/ are never opened in an editor: the server lints them from disk.
const NEVER_OPENED = 'workspace-lint/never-opened.reg';
const codesOf = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.map(diagnosticCode);

suite('Workspace lint (files never opened)', () => {
  suiteSetup(activateExtension);

  test('a .reg file that was never opened has its diagnostics', async () => {
    const uri = fixtureUri(NEVER_OPENED);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the file is open');
    await waitForDiagnosticCodes(uri, ['AZB-003', 'AZB-004'], 30_000);
  });

  test('a .regpolicy.json that turns a rule off clears that rule only', async () => {
    const uri = fixtureUri(NEVER_OPENED);
    await waitForDiagnosticCodes(uri, ['AZB-003', 'AZB-004'], 30_000);
    const config = JSON.stringify({ rules: { 'AZB-004': 'off' } }, null, 2);
    await vscode.workspace.fs.writeFile(fixtureUri('workspace-lint/.regpolicy.json'), Buffer.from(config));
    const diagnostics = await waitForDiagnostics(
      uri,
      (all) => !codesOf(all).includes('AZB-004'),
      'AZB-004 to clear after .regpolicy.json turned it off',
    );
    assert.ok(codesOf(diagnostics).includes('AZB-003'), `AZB-003 should stay: ${describeDiagnostics(diagnostics)}`);
  });

  test('deleting the file clears its diagnostics', async () => {
    const uri = fixtureUri(NEVER_OPENED);
    await waitForDiagnosticCodes(uri, ['AZB-003'], 30_000);
    await vscode.workspace.fs.delete(uri);
    await waitForDiagnostics(uri, (all) => all.length === 0, 'diagnostics to clear after the file was deleted');
  });
});
