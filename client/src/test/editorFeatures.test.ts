import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, fixtureUri, openFixture, showFixture } from './helpers';

const EXPLAIN_SCHEME = 'reg-policy-explain';

/** The importer's operations as the explain view lists them, without line numbers (formatting moves lines). */
async function explainedOperations(uri: vscode.Uri): Promise<string[]> {
  const view = vscode.Uri.from({ scheme: EXPLAIN_SCHEME, path: `${uri.path}.explain.txt`, query: uri.toString() });
  const text = (await vscode.workspace.openTextDocument(view)).getText();
  const operations = text.split(/\r?\n/).filter((line) => /^\s+line \d+: /.test(line));
  assert.ok(operations.length > 0, `the explain view lists no operations:\n${text}`);
  return operations.map((line) => line.replace(/^\s+line \d+: /, ''));
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

suite('Editor features', () => {
  suiteSetup(activateExtension);
  suiteTeardown(closeAllEditors);

  test('hover on a hex(7) value shows its strings', async () => {
    const document = await openFixture('editor/cipher-suites.reg');
    const line = document.lineAt(3);
    const position = new vscode.Position(3, line.text.indexOf('hex(7)') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hoverText(hovers);
    assert.ok(text.includes('TLS_AES_256_GCM_SHA384') && text.includes('TLS_AES_128_GCM_SHA256'), `hover: ${text}`);
  });

  test('completion after SCHANNEL\\Protocols\\ offers TLS 1.2', async () => {
    const document = await openFixture('editor/unfinished-key.reg');
    const position = document.lineAt(2).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('TLS 1.2'), `completions: ${labels.join(', ')}`);
  });

  test('the outline lists the keys', async () => {
    const document = await openFixture('azure-backup/missing-wow6432node.reg');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const names = symbols.map((s) => s.name);
    for (const key of [
      'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319',
    ]) {
      assert.ok(names.some((name) => name.includes(key)), `outline: ${names.join(' | ')}`);
    }
  });

  test('formatting changes the layout but not what importing the file does', async () => {
    const editor = await showFixture('editor/messy.reg');
    const before = await explainedOperations(editor.document.uri);
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', editor.document.uri, {
      tabSize: 4,
      insertSpaces: true,
    });
    assert.ok(edits && edits.length > 0, 'the messy file got no formatting edits');
    const edit = new vscode.WorkspaceEdit();
    edit.set(editor.document.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await editor.document.save());
    assert.deepStrictEqual(await explainedOperations(fixtureUri('editor/messy.reg')), before);
  });
});
