// `npm run test:e2e:electron`: the same suite in a desktop VS Code that @vscode/test-electron downloads
// (needs internet and a display, e.g. xvfb-run on Linux). Offline and in CI use `npm run test:e2e` (code-server).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<number> {
  const repoRoot = path.resolve(__dirname, '..', '..', '..');
  // The suite edits and saves files; it works on a copy so the checkout stays untouched.
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'reg-policy-e2e-electron-'));
  const workspaceFolder = path.join(tempDir, 'workspace');
  fs.cpSync(path.join(repoRoot, 'test-fixtures', 'workspace'), workspaceFolder, { recursive: true });
  try {
    return await runTests({
      // The oldest VS Code the manifest supports (engines.vscode), unless told otherwise.
      version: process.env.REG_POLICY_VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(__dirname, 'index'),
      launchArgs: [workspaceFolder, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('e2e (electron) failed:', error);
    process.exit(1);
  },
);
