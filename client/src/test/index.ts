// The suite's entry point, loaded by the workbench as `extensionTestsPath` (code-server via
// scripts/e2e/run-code-server.mjs, or desktop VS Code via runElectron.ts). It runs every *.test.js beside it.
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
// mocha 11 is CommonJS; mocha 12 is ESM-only and cannot be require()d inside the extension host.
import Mocha from 'mocha';

export function run(): Promise<void> {
  markReportLines(process.env.REG_POLICY_E2E_MOCHA_MARKER);
  // Longer than any helper's wait, so a helper's timeout (which describes what it saw) fails a test first.
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000 });
  const grep = process.env.REG_POLICY_E2E_GREP;
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
      else resolve();
    });
  });
}

/**
 * In code-server the report reaches the runner mixed with the workbench's own log lines; a marker the runner
 * chose lets it pick mocha's lines out. Under @vscode/test-electron there is no marker and nothing changes.
 */
function markReportLines(marker: string | undefined): void {
  if (!marker) return;
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  base.consoleLog = (...args: unknown[]) => console.log(marker + format(...args));
}
