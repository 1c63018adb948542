#!/usr/bin/env node
// Imports every test-fixtures/parser/*.reg with Wine (`reg import` and `regedit /s`, or the one
// importer a fixture names) and compares what lands in the registry with the registry state the
// fixture's expected operations produce. Not part of `npm test` (CI has no Wine). Usage:
//   node scripts/wine/verify-parser-fixtures.mjs [--write] [id-substring ...]
// --write records the outcome in test-fixtures/parser/tools/wine-verification.json; then run
// node test-fixtures/parser/tools/generate.mjs to copy it into the .expected.json files.
// Environment: WINEPREFIX (default /tmp/wineprefix-conformance; created on first use).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHive } from './wine-hive.mjs';
import { applyOperations, describeSubtree } from './expected-state.mjs';
import { renameInBytes, renameOperations, runTag } from './rename.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixturesDir = join(repoRoot, 'test-fixtures', 'parser');
const resultsPath = join(fixturesDir, 'tools', 'wine-verification.json');
const prefix = process.env.WINEPREFIX ?? '/tmp/wineprefix-conformance';
const env = { ...process.env, WINEPREFIX: prefix, WINEDEBUG: '-all', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' };
/** Wine takes a process's ANSI code page from its locale: a locale per code page fixtures use. */
const LOCALE_OF_CODE_PAGE = { 'windows-1252': 'en_US.UTF-8', 'windows-1250': 'pl_PL.UTF-8', 'windows-1251': 'ru_RU.UTF-8', 'windows-1253': 'el_GR.UTF-8', 932: 'ja_JP.UTF-8' };
const workDir = mkdtempSync(join(tmpdir(), 'reg-conformance-'));

const args = process.argv.slice(2);
const write = args.includes('--write');
const filters = args.filter((a) => !a.startsWith('--'));

const wineVersion = execFileSync('wine', ['--version'], { env, encoding: 'utf8' }).trim();
const TOOLS = {
  reg: { label: `${wineVersion} reg import`, command: (file) => ['reg', 'import', file] },
  regedit: { label: `${wineVersion} regedit /s`, command: (file) => ['regedit', '/s', file] },
};

/**
 * Where Wine keeps the subtrees fixtures write to, and which hive sections belong to them.
 * HKEY_CLASSES_ROOT (Windows 3.1 fixtures) lands in HKEY_LOCAL_MACHINE\Software\Classes.
 */
const HIVES = [
  { file: 'user.reg', root: 'HKEY_CURRENT_USER', ours: /^\[software\\\\(demo|zz[0-9a-z]{2})(\]|\\\\)/i },
  { file: 'system.reg', root: 'HKEY_LOCAL_MACHINE', ours: /^\[software\\\\(classes\\\\\.)?(demo|zz[0-9a-z]{2})/i },
];
const watchedPrefixes = (tag) => [`HKEY_CURRENT_USER\\Software\\${tag}`, `HKEY_LOCAL_MACHINE\\Software\\${tag}`, `HKEY_CLASSES_ROOT\\.${tag}`];

// stdio 'ignore': with pipes, spawnSync would also wait for the wineserver and services that
// inherit them, which costs seconds per call.
function wine(commandArgs, codePage = 'windows-1252') {
  const locale = LOCALE_OF_CODE_PAGE[codePage];
  if (!locale) throw new Error(`no locale known for code page ${codePage}`);
  return spawnSync('wine', commandArgs, { env: { ...env, LANG: locale, LC_ALL: locale }, cwd: workDir, stdio: 'ignore' });
}

/** Stops the wineserver (it writes its hives on the way out), reads them, and removes our keys. */
function flushReadAndClear() {
  spawnSync('wineserver', ['-k'], { env, stdio: 'ignore' });
  spawnSync('wineserver', ['-w'], { env, stdio: 'ignore' });
  const keys = new Map();
  for (const hive of HIVES) {
    const path = join(prefix, hive.file);
    const content = readFileSync(path, 'utf8');
    let ours = false;
    const kept = content.split('\n').filter((line) => {
      if (line.startsWith('[')) ours = hive.ours.test(line);
      return !ours;
    });
    writeFileSync(path, kept.join('\n'));
    for (const [lower, key] of parseHive(content, hive.root)) keys.set(lower, key);
  }
  return withClassesRoot(keys);
}

/** HKEY_LOCAL_MACHINE\Software\Classes\X is HKEY_CLASSES_ROOT\X. */
function withClassesRoot(keys) {
  const classes = 'hkey_local_machine\\software\\classes\\';
  for (const [lower, key] of [...keys]) {
    if (!lower.startsWith(classes)) continue;
    const path = `HKEY_CLASSES_ROOT\\${key.path.slice(classes.length)}`;
    keys.set(path.toLowerCase(), { ...key, path });
  }
  return keys;
}

const describe = (keys, tag) => watchedPrefixes(tag).flatMap((p) => describeSubtree(keys, p)).sort();

/** Imports the runs in one server session, then compares each run's subtree. */
function runBatch(runs) {
  for (const run of runs) run.exit = wine(TOOLS[run.tool].command(run.file), run.codePage).status;
  const keys = flushReadAndClear();
  for (const run of runs) {
    const actual = describe(keys, run.tag);
    const wanted = describe(applyOperations(run.operations), run.tag);
    run.missing = wanted.filter((l) => !actual.includes(l));
    run.extra = actual.filter((l) => !wanted.includes(l));
  }
}

if (!existsSync(join(prefix, 'user.reg'))) spawnSync('wineboot', ['-i'], { env, stdio: 'ignore' });
flushReadAndClear(); // start without leftovers of an earlier, interrupted run

const ids = readdirSync(fixturesDir)
  .filter((n) => n.endsWith('.reg'))
  .map((n) => n.slice(0, -4))
  .filter((id) => filters.length === 0 || filters.some((f) => id.includes(f)))
  .sort();

const runs = [];
for (const id of ids) {
  const expected = JSON.parse(readFileSync(join(fixturesDir, `${id}.expected.json`), 'utf8'));
  const bytes = readFileSync(join(fixturesDir, `${id}.reg`));
  for (const tool of expected.importer ? [expected.importer] : ['reg', 'regedit']) {
    const tag = runTag(runs.length);
    const renamed = renameInBytes(bytes, tag);
    const file = `${tag}-${id}.reg`;
    writeFileSync(join(workDir, file), renamed ?? bytes);
    runs.push({
      id, tool, tag: renamed ? tag : 'Demo', renamed: !!renamed, file, codePage: expected.codePage,
      operations: renameOperations(expected.operations, renamed ? tag : 'Demo'),
    });
  }
}
if (runs.length > 36 * 36) throw new Error('too many runs for two-character tags');

// Renamed runs share one session; a run that could not be renamed writes to the real Demo key, so it runs alone.
runBatch(runs.filter((r) => r.renamed));
for (const run of runs.filter((r) => !r.renamed)) runBatch([run]);
// Wine under load occasionally fails a whole `wine` call; a disagreeing run gets a second, solo try.
for (const run of runs.filter((r) => r.missing.length || r.extra.length)) runBatch([run]);

// A full run starts afresh (dropping removed fixtures); a filtered run updates the entries it ran.
const results = filters.length && existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : {};
let disagreements = 0;
for (const id of ids) {
  const mine = runs.filter((r) => r.id === id);
  const problems = [];
  for (const r of mine) {
    const diff = r.missing.length || r.extra.length;
    console.log(`${diff ? 'DIFF' : 'ok  '} ${id} [${r.tool}, exit ${r.exit}${r.renamed ? '' : ', not renamed'}]`);
    // Report keys under their name in the fixture, not the per-run tag.
    const untag = (lines) => JSON.stringify(lines).replaceAll(r.tag.toLowerCase(), 'demo');
    if (diff) problems.push(`${r.tool}: missing ${untag(r.missing)} extra ${untag(r.extra)}`);
  }
  if (problems.length) {
    disagreements++;
    console.log(`     ${problems.join('\n     ')}`);
  }
  results[id] = { agrees: problems.length === 0, tools: mine.map((r) => TOOLS[r.tool].label), ...(problems.length ? { detail: problems.join('; ') } : {}) };
}
console.log(`${ids.length} fixtures, ${runs.length} imports, ${disagreements} fixture(s) disagree with Wine`);
rmSync(workDir, { recursive: true, force: true });
if (write) {
  const sorted = Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(resultsPath, JSON.stringify(sorted, null, 2) + '\n');
}
