#!/usr/bin/env node
// A picture of the extension as a user sees it: packages the .vsix, installs it into code-server (no
// development path, no test hooks), opens a fixture with problems and the Problems panel, and saves a screenshot.
//   node scripts/e2e/screenshot.mjs [--out FILE] [--file test-fixtures/workspace relative path]
import { spawn } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freeLoopbackPort, startCodeServer } from './code-server-process.mjs';
import { codeServerDir, ensureCodeServer } from './install-code-server.mjs';
import { Resources } from './resources.mjs';
import { launchWorkbenchBrowser } from './workbench.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: options } = parseArgs({
  options: {
    out: { type: 'string', default: path.join(os.tmpdir(), 'reg-policy-editor.png') },
    file: { type: 'string', default: 'showcase/tls-baseline-with-mistakes.reg' },
  },
});
const log = (message) => console.log(`[screenshot] ${message}`);
const resources = new Resources();
process.on('SIGINT', async () => {
  await resources.closeAll();
  process.exit(130);
});

process.exitCode = await main().catch((error) => {
  console.error(`[screenshot] ${error.stack ?? error}`);
  return 1;
});
await resources.closeAll();

async function main() {
  const entry = await ensureCodeServer(codeServerDir(), { log, onCleanup: (release) => resources.add(release) });
  const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'reg-policy-screenshot-'));
  resources.add(() => fs.rm(tempDir, { recursive: true, force: true, maxRetries: 3 }));
  const workspaceFolder = path.join(tempDir, 'workspace');
  await fs.cp(path.join(repoRoot, 'test-fixtures', 'workspace'), workspaceFolder, { recursive: true });

  const vsix = path.join(tempDir, 'reg-policy.vsix');
  log('packaging the extension (vsce package)');
  await run('npx', ['vsce', 'package', '--no-dependencies', '--out', vsix], repoRoot);
  const serverDir = path.join(tempDir, 'code-server');
  log('installing the .vsix into code-server');
  await run(process.execPath, [entry, '--install-extension', vsix, '--extensions-dir', path.join(serverDir, 'extensions')], tempDir, {
    XDG_DATA_HOME: path.join(serverDir, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(serverDir, 'xdg-config'),
  });

  const server = await startCodeServer({
    entry,
    port: await freeLoopbackPort(),
    tempDir: serverDir,
    workspaceFolder,
    onSpawn: (started) => resources.add(() => started.stop()),
  });
  const { context, page } = await launchWorkbenchBrowser({
    profileDir: path.join(tempDir, 'chromium-profile'),
    executablePath: process.env.REG_POLICY_CHROMIUM || '/usr/bin/chromium',
    onOutput: () => {},
  });
  resources.add(() => context.close());
  await page.setViewportSize({ width: 1400, height: 860 });
  await page.goto(`http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(workspaceFolder)}`);

  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await openFile(page, options.file);
  // The status bar's problems item reads "Errors: N, Warnings: M" once the language server has answered.
  // (A string: it runs in the page, where `document` exists.)
  await page.waitForFunction(
    `/Errors: [1-9]/.test(document.querySelector('[id="status.problems"] a')?.getAttribute('aria-label') ?? '')`,
    undefined,
    { timeout: 60_000 },
  );
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel .monaco-list-row').first().waitFor({ timeout: 30_000 });
  await page.mouse.move(0, 0); // no hover popup over the squiggles
  await fs.mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
  await page.screenshot({ path: options.out });
  log(`saved ${path.resolve(options.out)}`);
  return 0;
}

/** Opens a file from the Explorer, folder by folder, as a user would. */
async function openFile(page, relativePath) {
  const explorer = page.locator('.explorer-folders-view');
  await explorer.waitFor({ timeout: 60_000 });
  for (const name of relativePath.split('/')) {
    const row = explorer.getByRole('treeitem', { name, exact: true });
    await row.click();
  }
  await page.locator('.monaco-editor .view-lines').first().waitFor();
}

function run(command, args, cwd, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output.slice(-3000)}`))));
  });
}
