import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
export const CLI = path.join(REPO_ROOT, 'server', 'dist', 'cli.js');
export const CLI_FIXTURES = path.join(REPO_ROOT, 'test-fixtures', 'cli');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the bundled CLI (`npm run build` makes it) in a child process, as a user or CI would. */
export function runCli(args: readonly string[], cwd: string = REPO_ROOT, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '', FORCE_COLOR: undefined, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : undefined) : 0;
      if (code === undefined) reject(error);
      else resolve({ code, stdout, stderr });
    });
  });
}
