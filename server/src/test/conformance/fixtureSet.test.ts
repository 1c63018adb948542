import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { fixturesDir, loadFixtures, repoRoot } from './fixtures';

// Guards for the fixture set itself: its size, its pairing, its provenance, and that the
// committed files are what the case definitions generate.

describe('parser conformance fixture set', () => {
  const fixtures = loadFixtures();

  it('has at least 100 fixtures', () => {
    assert.ok(fixtures.length >= 100, `only ${fixtures.length} fixtures`);
  });

  it('pairs every .expected.json with a .reg file', () => {
    const orphans = fs
      .readdirSync(fixturesDir)
      .filter((name) => name.endsWith('.expected.json'))
      .filter((name) => !fs.existsSync(path.join(fixturesDir, name.replace(/\.expected\.json$/, '.reg'))));
    assert.deepStrictEqual(orphans, []);
  });

  it('records for every fixture how it was verified', () => {
    const unverified = fixtures.filter((f) => !f.expected.verifiedWith || f.expected.verifiedWith === 'unverified').map((f) => f.id);
    assert.deepStrictEqual(unverified, []);
  });

  it('matches what tools/generate.mjs produces from the case definitions', () => {
    const run = spawnSync(process.execPath, [path.join(fixturesDir, 'tools', 'generate.mjs'), '--check'], { cwd: repoRoot, encoding: 'utf8' });
    assert.strictEqual(run.status, 0, run.stderr || run.stdout);
  });
});
