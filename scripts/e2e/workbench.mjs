// Opens the workbench in headless Chromium and listens to the two hooks the workbench calls in test mode
// (the same ones @vscode/test-web uses): codeAutomationLog for the extension host's output (mocha's report)
// and codeAutomationExit for the suite's result.
import { format } from 'node:util';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches Chromium with a fresh profile in `profileDir`, opens `url`, and returns the page plus a promise of the
 * exit code the workbench reports (0 when the suite's run() resolved, 1 when it rejected or failed to load).
 */
export async function openWorkbench({ url, profileDir, executablePath, onOutput }) {
  // Playwright refuses --user-data-dir in args; a persistent context takes the profile folder instead.
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());

  let reportExit;
  const exitCode = new Promise((resolve) => {
    reportExit = resolve;
  });
  // Both hooks must exist before the workbench script runs, i.e. before navigating.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    onOutput(type, format(...(Array.isArray(args) ? args : [args])));
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    reportExit(Number(code));
  });
  await page.goto(url);
  return { context, page, exitCode };
}
