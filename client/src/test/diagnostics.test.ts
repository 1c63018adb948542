import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  activateExtension,
  applyCodeAction,
  closeAllEditors,
  codeActionsAt,
  describeDiagnostics,
  diagnosticCode,
  showFixture,
  waitForDiagnosticCodes,
  waitForDiagnostics,
} from './helpers';
import { WOW6432_NET_KEY } from './registryKeys';

// AZB-003 SystemDefaultTlsVersions and AZB-004 SchUseStrongCrypto, in both the 64-bit and the WOW6432Node view.
const NET_RULES = ['AZB-003', 'AZB-004'];

suite('Diagnostics and quick fixes: Azure Backup TLS 1.2', () => {
  suiteSetup(activateExtension);
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  test('a file without the WOW6432Node .NET keys gets AZB-003 and AZB-004 from reg-policy, with docs links', async () => {
    const editor = await showFixture('azure-backup/missing-wow6432node.reg');
    const diagnostics = await waitForDiagnosticCodes(editor.document.uri, NET_RULES);
    const ours = diagnostics.filter((d) => NET_RULES.includes(diagnosticCode(d) ?? ''));
    for (const d of ours) {
      assert.strictEqual(d.source, 'reg-policy');
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error, describeDiagnostics([d]));
      assert.ok(d.message.includes('WOW6432Node'), d.message);
      const code = d.code as { value: string; target: vscode.Uri };
      assert.ok(code.target.toString().includes(code.value), `docs link ${code.target} should name ${code.value}`);
    }
  });

  test('a UTF-16LE file with syntax mistakes gets syntax and policy findings together', async () => {
    // HKLM is refused by regedit (REG004), so the values below it are dropped (REG008) and the pack misses them.
    const editor = await showFixture('showcase/tls-baseline-with-mistakes.reg');
    await waitForDiagnosticCodes(editor.document.uri, ['REG004', 'REG008', 'AZB-003']);
  });

  test('the preferred quick fix inserts the WOW6432Node section and the diagnostics clear', async () => {
    const editor = await showFixture('azure-backup/missing-wow6432node.reg');
    const uri = editor.document.uri;
    const [diagnostic] = (await waitForDiagnosticCodes(uri, ['AZB-003'])).filter((d) => diagnosticCode(d) === 'AZB-003');

    const actions = await codeActionsAt(uri, diagnostic.range, vscode.CodeActionKind.QuickFix);
    // executeCodeActionProvider does not hand back `diagnostics`; the fix is recognised by what it inserts.
    const insertsSection = (a: vscode.CodeAction) => a.edit?.get(uri).some((e) => e.newText.includes(`[${WOW6432_NET_KEY}]`)) ?? false;
    const fix = actions.find((a) => a.isPreferred && insertsSection(a));
    assert.ok(fix, `no preferred quick fix inserting the section among: ${actions.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`).join(' | ')}`);
    await applyCodeAction(fix);

    assert.ok(editor.document.getText().includes(`[${WOW6432_NET_KEY}]`), 'the section was not inserted');
    await waitForDiagnostics(
      uri,
      (all) => !all.some((d) => NET_RULES.includes(diagnosticCode(d) ?? '')),
      'AZB-003 and AZB-004 to clear after the fix',
    );
  });
});
