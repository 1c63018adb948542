import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension } from './helpers';

suite('Extension', () => {
  test('is installed in the test host under its publisher.name id', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} not found among ${vscode.extensions.all.length} extensions`);
    assert.strictEqual(extension.packageJSON.name, 'reg-policy');
  });

  test('activates without error', async () => {
    const extension = await activateExtension();
    assert.strictEqual(extension.isActive, true);
  });
});
