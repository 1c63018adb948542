// Installs code-server (VS Code for the browser) into a cache folder outside the checkout, offline-friendly:
// its own install script downloads ripgrep from GitHub, so the steps are done by hand (docs/e2e.md).
// The install is built in a temporary sibling folder and renamed into place last, so an interrupted install
// leaves no half-built cache behind and is simply redone on the next run.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
/** Bump when the install steps change, so caches made by older steps are rebuilt. */
const RECIPE = 2;
const MARKER = 'reg-policy-install.json';

/** Where code-server lives: REG_POLICY_CODE_SERVER_DIR, else ${XDG_CACHE_HOME:-$HOME/.cache}/reg-policy/code-server-<version>. */
export function codeServerDir(env = process.env) {
  if (env.REG_POLICY_CODE_SERVER_DIR) return path.resolve(env.REG_POLICY_CODE_SERVER_DIR);
  const cacheHome = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(cacheHome, 'reg-policy', `code-server-${CODE_SERVER_VERSION}`);
}

/** The script that starts code-server inside an installed cache folder. */
export function codeServerEntry(dir) {
  return path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/**
 * Installs code-server into `dir` unless it is already there; returns the path of its entry script.
 * `onCleanup(release)` registers what an interruption must undo (the running npm, the staging folder).
 */
export async function ensureCodeServer(dir, { log = (message) => console.log(`[e2e] ${message}`), onCleanup = () => {} } = {}) {
  const entry = codeServerEntry(dir);
  if (await isComplete(dir)) return entry;

  const parent = path.dirname(dir);
  await fs.mkdir(parent, { recursive: true });
  await removeAbandonedStagingDirs(parent, path.basename(dir));
  const staging = await fs.mkdtemp(path.join(parent, `${path.basename(dir)}.staging-`));
  // Removes nothing once the staging folder has been renamed into place.
  onCleanup(() => fs.rm(staging, { recursive: true, force: true }));
  await fs.writeFile(path.join(staging, 'owner.pid'), String(process.pid));

  const started = Date.now();
  log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (first run only, takes a few minutes)`);
  try {
    await installInto(staging, (title, cwd, args, env) => step(log, onCleanup, title, cwd, args, env));
    await fs.rm(path.join(staging, 'owner.pid'));
    await fs.writeFile(path.join(staging, MARKER), JSON.stringify({ version: CODE_SERVER_VERSION, recipe: RECIPE }) + '\n');
    await moveIntoPlace(staging, dir);
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true });
    throw error;
  }
  log(`code-server installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return entry;
}

async function installInto(root, runStep) {
  // A package.json of its own stops npm from walking up to some enclosing project.
  await fs.writeFile(path.join(root, 'package.json'), '{ "private": true }\n');
  await runStep('npm install code-server', root, ['install', '--ignore-scripts', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`]);

  // code-server itself needs argon2 (password hashing, loaded even with --auth none). Its install step would
  // first try to download a prebuilt binary from GitHub; build it from source straight away instead.
  await runStep('npm rebuild argon2', root, ['rebuild', 'argon2'], { npm_config_build_from_source: 'true', npm_config_yes: 'true' });

  const vscodeDir = path.join(root, 'node_modules', 'code-server', 'lib', 'vscode');
  await runStep('npm install (lib/vscode)', vscodeDir, ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund']);

  // @vscode/ripgrep's install step downloads rg from GitHub unless the binary is already there.
  const rgBin = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  await fs.mkdir(rgBin, { recursive: true });
  await fs.rm(path.join(rgBin, 'rg'), { force: true });
  await fs.symlink(await findRipgrep(), path.join(rgBin, 'rg'));

  // node-pty's install step runs `npx node-gyp`, which would otherwise stop to ask for confirmation.
  await runStep('npm rebuild (native modules)', vscodeDir, ['rebuild'], { npm_config_yes: 'true' });
  await fs.rm(path.join(vscodeDir, 'node_modules.asar'), { force: true });
  await fs.symlink('node_modules', path.join(vscodeDir, 'node_modules.asar'));

  await runStep('npm install (lib/vscode/extensions)', path.join(vscodeDir, 'extensions'), ['install', '--omit=dev', '--no-audit', '--no-fund']);
}

async function findRipgrep() {
  for (const candidate of ['/usr/bin/rg', '/usr/local/bin/rg']) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('ripgrep (rg) is not installed; on Debian/Ubuntu: apt-get install ripgrep (see docs/e2e.md)');
}

/** A finished install by the current steps: the marker is written last, just before the rename. */
async function isComplete(dir) {
  try {
    const marker = JSON.parse(await fs.readFile(path.join(dir, MARKER), 'utf8'));
    return marker.version === CODE_SERVER_VERSION && marker.recipe === RECIPE && existsSync(codeServerEntry(dir));
  } catch {
    return false;
  }
}

/** Renames the finished install into place, replacing an outdated one; if a concurrent run won, keeps theirs. */
async function moveIntoPlace(staging, dir) {
  if (existsSync(dir) && !(await isComplete(dir))) {
    const outdated = `${dir}.outdated-${process.pid}`;
    await fs.rename(dir, outdated);
    await fs.rm(outdated, { recursive: true, force: true });
  }
  try {
    await fs.rename(staging, dir);
  } catch (error) {
    if (!(await isComplete(dir))) throw error;
    await fs.rm(staging, { recursive: true, force: true });
  }
}

/** Staging folders whose owner process is gone come from an interrupted install: remove them. */
async function removeAbandonedStagingDirs(parent, baseName) {
  for (const name of await fs.readdir(parent)) {
    if (!name.startsWith(`${baseName}.staging-`)) continue;
    const folder = path.join(parent, name);
    const pid = Number(await fs.readFile(path.join(folder, 'owner.pid'), 'utf8').catch(() => '0'));
    if (!isAlive(pid)) await fs.rm(folder, { recursive: true, force: true });
  }
}

function isAlive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Runs npm in `cwd` with output kept back unless it fails (then the tail is shown). */
async function step(log, onCleanup, title, cwd, args, extraEnv = {}) {
  log(`  ${title}`);
  const env = { ...withoutNpmRunVariables(process.env), ...extraEnv };
  const { code, output } = await run('npm', args, cwd, env, onCleanup);
  if (code !== 0) {
    throw new Error(`${title} failed (npm ${args.join(' ')} in ${cwd}, exit ${code}):\n${output.slice(-4000)}`);
  }
}

/**
 * `npm run test:e2e` exports the repo's npm context (npm_package_*, npm_lifecycle_*, local prefix...);
 * the nested installs must see the cache folder as their own project instead.
 */
function withoutNpmRunVariables(env) {
  const keep = {};
  for (const [key, value] of Object.entries(env)) {
    const lower = key.toLowerCase();
    if (lower.startsWith('npm_package_') || lower.startsWith('npm_lifecycle_')) continue;
    if (['npm_config_local_prefix', 'npm_config_prefix', 'npm_config_workspace', 'npm_config_workspaces', 'init_cwd'].includes(lower)) continue;
    keep[key] = value;
  }
  return keep;
}

function run(command, args, cwd, env, onCleanup) {
  return new Promise((resolve, reject) => {
    // Its own process group, so an interruption ends npm together with node-gyp and compilers it started.
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    onCleanup(() => {
      if (child.exitCode === null && child.signalCode === null) killGroup(child.pid);
    });
    let output = '';
    const collect = (chunk) => {
      output += chunk;
      if (output.length > 100_000) output = output.slice(-50_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function killGroup(groupId) {
  try {
    process.kill(-groupId, 'SIGKILL');
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}
