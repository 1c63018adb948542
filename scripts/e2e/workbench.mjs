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
 * Launches Chromium with a fresh profile in `profileDir` and prepares a page with the test hooks; navigate with
 * `page.goto(url)`. `result` resolves with the exit code the workbench reports (0 when the suite's run()
 * resolved, 1 when it rejected or failed to load), or with 1 and a `problem` if the page crashed or closed.
 */
export async function launchWorkbenchBrowser({ profileDir, executablePath, onOutput }) {
  // Playwright refuses --user-data-dir in args; a persistent context takes the profile folder instead.
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    // The runner closes the browser itself on Ctrl+C; Playwright's own handlers would exit the process first.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const page = context.pages()[0] ?? (await context.newPage());

  let settle;
  const result = new Promise((resolve) => {
    settle = resolve;
  });
  // Both hooks must exist before the workbench script runs, i.e. before navigating.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    onOutput(type, format(...(Array.isArray(args) ? args : [args])));
  });
  await page.exposeFunction('codeAutomationExit', (code) => settle({ code: Number(code) }));
  page.once('crash', () => settle({ code: 1, problem: 'the workbench page crashed' }));
  page.once('close', () => settle({ code: 1, problem: 'the workbench page closed before the suite finished' }));
  return { context, page, result };
}
