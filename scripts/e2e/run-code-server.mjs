#!/usr/bin/env node
// `npm run test:e2e`: runs the extension's mocha suite (client/out/test) inside a real VS Code — code-server,
// opened by headless Chromium — offline. Exit code: the suite's (0 passed, 1 failed or timed out), 2 when the
// run could not start. How it works and troubleshooting: docs/e2e.md.
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freeLoopbackPort, startCodeServer } from './code-server-process.mjs';
import { codeServerDir, ensureCodeServer } from './install-code-server.mjs';
import { MOCHA_LINE_MARKER, MochaOutput } from './mocha-output.mjs';
import { Resources } from './resources.mjs';
import { launchWorkbenchBrowser } from './workbench.mjs';
import { workbenchUrl } from './workbench-url.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const suiteIndex = path.join(repoRoot, 'client', 'out', 'test', 'index.js');
const extensionBundle = path.join(repoRoot, 'client', 'dist', 'extension.js');
const serverBundle = path.join(repoRoot, 'server', 'dist', 'server.js');
const fixtureWorkspace = path.join(repoRoot, 'test-fixtures', 'workspace');

const settings = {
  timeoutMs: Number(process.env.REG_POLICY_E2E_TIMEOUT_MS || 180_000),
  chromium: process.env.REG_POLICY_CHROMIUM || '/usr/bin/chromium',
  artifactsDir: process.env.REG_POLICY_E2E_ARTIFACTS_DIR || path.join(os.tmpdir(), 'reg-policy-e2e-artifacts'),
  verbose: process.env.REG_POLICY_E2E_VERBOSE === '1',
  keepTemp: process.env.REG_POLICY_E2E_KEEP_TEMP === '1',
};

const log = (message) => console.log(`[e2e] ${message}`);
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const resources = new Resources();

for (const signal of ['SIGINT', 'SIGTERM']) {
  // `on`, not `once`: the listener must stay, or a library seeing itself as the last SIGINT listener may exit.
  process.on(signal, async () => {
    log(`${signal}: stopping`);
    await resources.closeAll();
    process.exit(128 + os.constants.signals[signal]);
  });
}

process.exitCode = await main().catch((error) => {
  if (resources.closing) return 1; // interrupted: the signal handler reports and exits
  console.error(`[e2e] ${error.stack ?? error}`);
  if (error.recentOutput) console.error(`[e2e] last code-server output:\n${error.recentOutput}`);
  return 2;
});
await resources.closeAll();

async function main() {
  const problems = preconditionProblems();
  if (problems.length > 0) {
    for (const problem of problems) console.error(`[e2e] ${problem}`);
    return 2;
  }

  const entry = await ensureCodeServer(codeServerDir(), { log, onCleanup: (release) => resources.add(release) });
  const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'reg-policy-e2e-'));
  resources.add(() => (settings.keepTemp ? log(`kept ${tempDir}`) : fs.rm(tempDir, { recursive: true, force: true, maxRetries: 3 })));

  // The suite edits and saves files; it works on a copy so the checkout stays untouched.
  const workspaceFolder = path.join(tempDir, 'workspace');
  await fs.cp(fixtureWorkspace, workspaceFolder, { recursive: true });

  const server = await startServer(entry, tempDir, workspaceFolder);
  if (settings.verbose) server.onLine((line) => console.log(`[code-server] ${line}`));
  log(`code-server listening on 127.0.0.1:${server.port} after ${seconds()}`);

  const mocha = new MochaOutput({ verbose: settings.verbose });
  const { context, page, result } = await launchWorkbenchBrowser({
    profileDir: path.join(tempDir, 'chromium-profile'),
    executablePath: settings.chromium,
    onOutput: (type, text) => mocha.add(type, text),
  });
  resources.add(() => context.close());
  if (settings.verbose) page.on('console', (message) => console.log(`[workbench] ${message.text()}`));

  await page.goto(
    workbenchUrl({ port: server.port, workspaceFolder, extensionDevelopmentPath: repoRoot, extensionTestsPath: suiteIndex }),
  );
  const outcome = await Promise.race([result, timeLimit(settings.timeoutMs)]);
  if (outcome.timedOut) {
    console.error(`[e2e] time limit of ${settings.timeoutMs / 1000} s reached before the suite finished (REG_POLICY_E2E_TIMEOUT_MS)`);
    console.error(`[e2e] screenshot of the workbench: ${await screenshot(page)}`);
    console.error(`[e2e] last code-server output:\n${server.recentOutput()}`);
    printSummary(mocha);
    return 1;
  }
  if (outcome.problem) console.error(`[e2e] ${outcome.problem}`);
  printSummary(mocha);
  log(`${outcome.code === 0 ? 'PASSED' : 'FAILED'} (suite exit code ${outcome.code}) in ${seconds()}`);
  return outcome.code;
}

function preconditionProblems() {
  const outputs = [
    { file: suiteIndex, fix: 'npx tsc -b' },
    { file: extensionBundle, fix: 'npm run build' },
    { file: serverBundle, fix: 'npm run build' },
  ];
  const problems = outputs
    .filter(({ file }) => !existsSync(file))
    .map(({ file, fix }) => `missing ${path.relative(repoRoot, file)}: run \`${fix}\` first (\`npm test\` does both)`);
  if (!existsSync(settings.chromium)) {
    problems.push(`no Chromium at ${settings.chromium}: apt-get install chromium, or set REG_POLICY_CHROMIUM`);
  }
  return problems;
}

/** Starts code-server on a free port; retries when another process took the port in between. */
async function startServer(entry, tempDir, workspaceFolder) {
  for (let attempt = 1; ; attempt++) {
    const port = await freeLoopbackPort();
    try {
      return await startCodeServer({
        entry,
        port,
        tempDir: path.join(tempDir, `code-server-${attempt}`),
        workspaceFolder,
        env: { REG_POLICY_E2E_MOCHA_MARKER: MOCHA_LINE_MARKER },
        onSpawn: (server) => resources.add(() => server.stop()),
      });
    } catch (error) {
      if (attempt >= 3 || resources.closing || !/EADDRINUSE/.test(error.recentOutput ?? '')) throw error;
      log(`port ${port} was taken, retrying`);
    }
  }
}

function timeLimit(ms) {
  return new Promise((resolve) => setTimeout(() => resolve({ timedOut: true }), ms).unref());
}

async function screenshot(page) {
  await fs.mkdir(settings.artifactsDir, { recursive: true });
  const file = path.join(settings.artifactsDir, `timeout-${new Date().toISOString().replace(/[:.]/g, '-')}.png`);
  try {
    await page.screenshot({ path: file, timeout: 10_000 });
    return file;
  } catch (error) {
    return `(failed: ${error.message})`;
  }
}

/** Mocha's report is interleaved with workbench log lines; its summary is printed again, last. */
function printSummary(mocha) {
  console.log('\n[e2e] ---------------- mocha summary ----------------');
  console.log(mocha.summary() ?? '[e2e] mocha printed no summary: the suite did not finish or failed to load (see above)');
}
