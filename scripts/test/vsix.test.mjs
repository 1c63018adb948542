// Builds the VSIX exactly as `npm run package -- --out FILE` does and checks what it ships.
import assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listZipEntries } from './zip.mjs';

const MAX_BYTES = 3 * 1024 * 1024;

// Everything the extension may ship, relative to the `extension/` folder of the VSIX.
const allowed = [
  /^package\.json$/,
  /^readme\.md$/,
  /^changelog\.md$/,
  /^LICENSE\.txt$/,
  /^images\/icon\.png$/,
  /^client\/dist\/extension\.js$/,
  /^server\/dist\/server\.js$/,
  /^syntaxes\/reg\.tmLanguage\.json$/,
  /^language-configuration\.json$/,
  /^schemas\/[\w.-]+\.schema\.json$/,
  /^docs\/[\w./-]+\.(md|png)$/,
];

const required = [
  'package.json',
  'readme.md',
  'changelog.md',
  'LICENSE.txt',
  'images/icon.png',
  'client/dist/extension.js',
  'server/dist/server.js',
  'syntaxes/reg.tmLanguage.json',
  'language-configuration.json',
  'schemas/rule-pack.schema.json',
  'schemas/regpolicy.schema.json',
];

describe('VSIX package', function () {
  this.timeout(180000);
  let dir;
  let vsix;
  let names;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'reg-policy-vsix-'));
    vsix = join(dir, 'reg-policy.vsix');
    execFileSync('npm', ['run', '--silent', 'package', '--', '--out', vsix], { stdio: 'pipe' });
    names = listZipEntries(vsix)
      .map((e) => e.name)
      .filter((n) => n.startsWith('extension/'))
      .map((n) => n.slice('extension/'.length));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ships only bundles, grammar, language configuration, schemas, docs and metadata', () => {
    const unexpected = names.filter((n) => !allowed.some((re) => re.test(n)));
    assert.deepStrictEqual(unexpected, []);
  });

  it('ships every file the extension needs at run time', () => {
    const missing = required.filter((n) => !names.includes(n));
    assert.deepStrictEqual(missing, []);
  });

  it('ships no sources, tests, fixtures or node_modules', () => {
    const leaked = names.filter((n) => /(^|\/)(src|out|node_modules|test-fixtures)\//.test(n) || /\.(ts|map)$/.test(n));
    assert.deepStrictEqual(leaked, []);
  });

  it('stays under 3 MB', () => {
    assert.ok(statSync(vsix).size < MAX_BYTES, `VSIX is ${statSync(vsix).size} bytes`);
  });
});
