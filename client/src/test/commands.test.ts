import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension } from './helpers';

suite('Commands', () => {
  test('every command the manifest contributes is registered once the extension is active', async () => {
    const extension = await activateExtension();
    const contributed: { command: string }[] = extension.packageJSON.contributes?.commands ?? [];
    assert.ok(contributed.length > 0, 'the manifest contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepStrictEqual(missing, [], 'contributed but not registered');
  });
});
