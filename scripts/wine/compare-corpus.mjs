#!/usr/bin/env node
// Differential check of the parser on real files: imports every ../shared/corpus/real-world/*.reg
// with `wine reg import` into a pristine copy of the prefix's hives and compares the resulting
// registry with the one explain() predicts (its operations applied to the same pristine hives).
// A report only (not part of `npm test`); needs `npx tsc -b` first (uses server/out/explain.js).
//   node scripts/wine/compare-corpus.mjs [file-substring ...]
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHive } from './wine-hive.mjs';
import { applyOperations } from './expected-state.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpusDir = resolve(repoRoot, '..', 'shared', 'corpus', 'real-world');
const { explain } = createRequire(import.meta.url)(join(repoRoot, 'server', 'out', 'explain.js'));
const prefix = process.env.WINEPREFIX ?? '/tmp/wineprefix-conformance';
const env = { ...process.env, WINEPREFIX: prefix, WINEDEBUG: '-all', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' };
const workDir = mkdtempSync(join(tmpdir(), 'reg-corpus-'));
const HIVES = [
  { file: 'user.reg', root: 'HKEY_CURRENT_USER' },
  { file: 'system.reg', root: 'HKEY_LOCAL_MACHINE' },
];
const filters = process.argv.slice(2);

function stopServer() {
  spawnSync('wineserver', ['-k'], { env, stdio: 'ignore' });
  spawnSync('wineserver', ['-w'], { env, stdio: 'ignore' });
}

/**
 * Wine's symbolic-link keys (e.g. the WOW64 keys it shares between the two views, such as
 * Software\Wow6432Node\...\Group Policy): [link path, target path], lower case, longest first.
 */
function linksOf(keys) {
  const links = [];
  for (const [lower, key] of keys) {
    const link = key.values.get('symboliclinkvalue');
    if (!link || link.type !== 6) continue;
    const target = Buffer.from(link.data, 'hex').toString('utf16le').replace(/\0+$/, '');
    const m = /^\\registry\\machine\\(.*)$/i.exec(target);
    if (m) links.push([lower, `hkey_local_machine\\${m[1]}`.toLowerCase()]);
  }
  return links.sort((a, b) => b[0].length - a[0].length);
}

/** Where Wine stores a key: HKEY_CLASSES_ROOT is HKEY_LOCAL_MACHINE\Software\Classes; links are followed. */
function canonical(path, links) {
  const p = path.replace(/^HKEY_CLASSES_ROOT(?=\\|$)/i, 'HKEY_LOCAL_MACHINE\\Software\\Classes');
  const lower = p.toLowerCase();
  for (const [link, target] of links) {
    if (lower.startsWith(`${link}\\`)) return target + p.slice(link.length);
  }
  return p;
}

function readHives(dir) {
  const keys = new Map();
  for (const h of HIVES) for (const [k, v] of parseHive(readFileSync(join(dir, h.file), 'utf8'), h.root)) keys.set(k, v);
  return keys;
}

function restorePristine(pristineDir) {
  for (const h of HIVES) copyFileSync(join(pristineDir, h.file), join(prefix, h.file));
}

function diff(expected, actual) {
  const out = [];
  for (const lower of new Set([...expected.keys(), ...actual.keys()])) {
    const e = expected.get(lower);
    const a = actual.get(lower);
    if (!e || !a) {
      out.push(`${e ? 'missing' : 'extra'} key ${lower}`);
      continue;
    }
    for (const name of new Set([...e.values.keys(), ...a.values.keys()])) {
      const ev = e.values.get(name);
      const av = a.values.get(name);
      if (ev && av && ev.type === av.type && ev.data === av.data) continue;
      out.push(`${lower} "${name}": explain ${ev ? `${ev.type}:${ev.data.slice(0, 40)}` : 'absent'}, wine ${av ? `${av.type}:${av.data.slice(0, 40)}` : 'absent'}`);
    }
  }
  return out;
}

if (!existsSync(join(prefix, 'user.reg'))) spawnSync('wineboot', ['-i'], { env, stdio: 'ignore' });
stopServer();
const pristineDir = join(workDir, 'pristine');
execFileSync('mkdir', ['-p', pristineDir]);
for (const h of HIVES) copyFileSync(join(prefix, h.file), join(pristineDir, h.file));
const before = readHives(pristineDir);
const links = linksOf(before);

// Noise: keys Wine itself changes when a session starts (measured with a header-only file).
writeFileSync(join(workDir, 'empty.reg'), 'REGEDIT4\r\n');
spawnSync('wine', ['reg', 'import', 'empty.reg'], { env, cwd: workDir, stdio: 'ignore' });
stopServer();
const noise = new Set(diff(before, readHives(prefix)).map((d) => d.replace(/^(missing|extra) key /, '').split(' "')[0]));
restorePristine(pristineDir);

const files = readdirSync(corpusDir).filter((n) => n.endsWith('.reg') && (filters.length === 0 || filters.some((f) => n.includes(f)))).sort();
const tally = { same: 0, differ: 0, skipped: 0, notImported: 0 };
for (const name of files) {
  const bytes = readFileSync(join(corpusDir, name));
  const result = explain(bytes, { file: name, importer: 'reg' });
  const roots = new Set(result.operations.map((op) => op.key.split('\\')[0]));
  if ([...roots].some((r) => !['HKEY_CURRENT_USER', 'HKEY_LOCAL_MACHINE', 'HKEY_CLASSES_ROOT'].includes(r))) {
    tally.skipped++;
    console.log(`skip ${name} (roots ${[...roots].join(', ')})`);
    continue;
  }
  copyFileSync(join(corpusDir, name), join(workDir, 'f.reg'));
  const run = spawnSync('wine', ['reg', 'import', 'f.reg'], { env, cwd: workDir, stdio: 'ignore' });
  stopServer();
  const actual = readHives(prefix);
  restorePristine(pristineDir);
  const ops = result.operations.map((op) => ({ ...op, key: canonical(op.key, links) }));
  const differences = diff(applyOperations(ops, before), actual).filter((d) => !noise.has(d.replace(/^(missing|extra) key /, '').split(' "')[0]));
  if (!result.imports) tally.notImported++;
  if (differences.length === 0) {
    tally.same++;
    continue;
  }
  tally.differ++;
  console.log(`DIFF ${name} (wine exit ${run.status}, explain imports ${result.imports}, ${result.operations.length} ops)`);
  for (const d of differences.slice(0, 6)) console.log(`     ${d}`);
  if (differences.length > 6) console.log(`     ... ${differences.length - 6} more`);
}
stopServer();
restorePristine(pristineDir);
rmSync(workDir, { recursive: true, force: true });
console.log(`${files.length} files: ${tally.same} same, ${tally.differ} differ, ${tally.skipped} skipped (other roots); ${tally.notImported} not imported by explain`);
