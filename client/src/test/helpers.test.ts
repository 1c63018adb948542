import * as assert from 'assert';
import * as vscode from 'vscode';
import { describeDiagnostics, diagnosticCode, fixtureUri, waitForDiagnosticCodes, waitForDiagnostics } from './helpers';

// The helpers are what later tests rely on to wait for the language server, so they are checked against
// diagnostics the test itself publishes, independent of any server feature.
suite('Helpers: waiting for diagnostics', () => {
  let collection: vscode.DiagnosticCollection;
  // A file that does not exist, so no language server publishes anything for it but this test.
  const uri = () => fixtureUri('helpers-test/not-on-disk.txt');
  const diagnostic = (code: string) => {
    const d = new vscode.Diagnostic(new vscode.Range(2, 0, 2, 5), `test diagnostic ${code}`, vscode.DiagnosticSeverity.Warning);
    d.code = { value: code, target: vscode.Uri.parse('https://example.invalid/rules/' + code) };
    return d;
  };

  setup(() => {
    collection = vscode.languages.createDiagnosticCollection('reg-policy-e2e-helpers');
  });
  teardown(() => collection.dispose());

  test('resolves when diagnostics that arrive later match', async () => {
    const waiting = waitForDiagnosticCodes(uri(), ['TEST001', 'TEST002']);
    collection.set(uri(), [diagnostic('TEST001')]);
    collection.set(uri(), [diagnostic('TEST001'), diagnostic('TEST002')]);
    const diagnostics = await waiting;
    assert.deepStrictEqual(diagnostics.map(diagnosticCode).sort(), ['TEST001', 'TEST002']);
  });

  test('resolves at once when the diagnostics already match', async () => {
    collection.set(uri(), [diagnostic('TEST003')]);
    const diagnostics = await waitForDiagnostics(uri(), (all) => all.length === 1);
    assert.strictEqual(diagnosticCode(diagnostics[0]), 'TEST003');
  });

  test('rejects after its timeout and describes what it saw', async () => {
    collection.set(uri(), [diagnostic('TEST004')]);
    await assert.rejects(waitForDiagnosticCodes(uri(), ['NEVER'], 300), /timed out after 300 ms .*3:1 TEST004 test diagnostic TEST004/);
  });

  test('describes an empty list plainly', () => {
    assert.strictEqual(describeDiagnostics([]), 'no diagnostics');
  });
});
