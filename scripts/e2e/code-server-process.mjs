// Starts code-server on a loopback port with throw-away data folders, and stops its whole process group.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as net from 'node:net';
import * as path from 'node:path';

const LISTENING = /HTTP server listening on/;
const RECENT_LINES = 200;

/** A port the kernel just handed out on 127.0.0.1 (released again before code-server binds it). */
export function freeLoopbackPort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server and resolves once it logs that it listens; `onSpawn(server)` is called as soon as the
 * process exists. Everything it writes lands in a file in
 * `tempDir` and in a short in-memory tail that the runner prints when something goes wrong.
 */
export async function startCodeServer({ entry, port, tempDir, workspaceFolder, env: extraEnv = {}, onSpawn = () => {}, startTimeoutMs = 60_000 }) {
  const dirs = {
    userData: path.join(tempDir, 'user-data'),
    extensions: path.join(tempDir, 'extensions'),
    xdgData: path.join(tempDir, 'xdg-data'),
    xdgConfig: path.join(tempDir, 'xdg-config'),
  };
  for (const dir of Object.values(dirs)) await fs.mkdir(dir, { recursive: true });
  const configFile = path.join(tempDir, 'config.yaml');
  await fs.writeFile(configFile, 'auth: none\n');

  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--config', configFile,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    workspaceFolder,
  ];
  const env = {
    ...process.env,
    ...extraEnv,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    // Offline, the workbench would otherwise try (and fail) to reach the extension gallery.
    EXTENSIONS_GALLERY: '{}',
  };
  // detached: its own process group, so the extension host, pty host and watcher it leaves behind end with it.
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const server = new CodeServer(child, port);
  // The caller registers it for cleanup before the (possibly long) wait below.
  onSpawn(server);

  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not report "HTTP server listening on" within ${startTimeoutMs / 1000} s`)), startTimeoutMs);
    server.onLine((line) => {
      if (LISTENING.test(line)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited before listening (code ${code}, signal ${signal})`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  }).catch(async (error) => {
    await server.stop();
    error.recentOutput = server.recentOutput();
    throw error;
  });
  return server;
}

class CodeServer {
  #child;
  #lines = [];
  #listeners = [];
  #exited;
  #stopping;

  constructor(child, port) {
    this.#child = child;
    this.port = port;
    this.#exited = new Promise((resolve) => child.once('exit', resolve));
    for (const stream of [child.stdout, child.stderr]) {
      let pending = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        pending += chunk;
        const lines = pending.split('\n');
        pending = lines.pop();
        for (const line of lines) this.#addLine(line);
      });
    }
  }

  #addLine(line) {
    this.#lines.push(line);
    if (this.#lines.length > RECENT_LINES) this.#lines.shift();
    for (const listener of this.#listeners) listener(line);
  }

  onLine(listener) {
    this.#listeners.push(listener);
  }

  recentOutput() {
    return this.#lines.join('\n');
  }

  /** Ends the whole process group: SIGTERM first, SIGKILL for whatever is still there after a grace period. */
  stop(graceMs = 5_000) {
    this.#stopping ??= this.#stopGroup(graceMs);
    return this.#stopping;
  }

  async #stopGroup(graceMs) {
    const groupId = this.#child.pid;
    if (groupId === undefined) return;
    signalGroup(groupId, 'SIGTERM');
    const exited = await Promise.race([this.#exited.then(() => true), delay(graceMs).then(() => false)]);
    // Children of the group may outlive the main process; the group kill reaches them either way.
    if (!exited || groupIsAlive(groupId)) signalGroup(groupId, 'SIGKILL');
    await this.#exited;
  }
}

function signalGroup(groupId, signal) {
  try {
    process.kill(-groupId, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}

function groupIsAlive(groupId) {
  try {
    process.kill(-groupId, 0);
    return true;
  } catch {
    return false;
  }
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
