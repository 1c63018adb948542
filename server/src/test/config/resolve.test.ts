import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConfigError, ConfigResolver, isIgnored, resolveConfig, type ResolvedConfig } from '../../config';
import { CLI_FIXTURES } from '../helpers/runCli';

const WHERE = { file: '/p/.regpolicy.json', baseDir: '/p' };

async function configError(promise: Promise<ResolvedConfig>): Promise<ConfigError> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof ConfigError, String(err));
    return err;
  }
  assert.fail('resolved');
}

describe('resolveConfig', () => {
  it('defaults: the on-by-default pack, regedit, windows-1252, every OS', async () => {
    const c = await resolveConfig({}, { baseDir: '/p' });
    assert.deepStrictEqual(c.packs.map((p) => p.id), ['azure-backup-tls12']);
    assert.deepStrictEqual(c.availablePacks.map((p) => p.id), ['azure-backup-tls12', 'tls-legacy-protocols-disabled']);
    assert.strictEqual(c.importer, 'regedit');
    assert.strictEqual(c.codePage, 'windows-1252');
    assert.strictEqual(c.targetOs, undefined);
    assert.strictEqual(c.file, undefined);
  });

  it('reads every setting, normalising OS ids and the code page', async () => {
    const c = await resolveConfig(
      { packs: ['tls-legacy-protocols-disabled'], targetOs: ['WS2012R2'], importer: 'reg', codePage: '1251', rules: { reg004: 'off' } },
      WHERE,
    );
    assert.deepStrictEqual(c.packs.map((p) => p.id), ['tls-legacy-protocols-disabled']);
    assert.deepStrictEqual(c.targetOs, ['ws2012r2']);
    assert.strictEqual(c.importer, 'reg');
    assert.strictEqual(c.codePage, 'windows-1251');
    assert.strictEqual(c.rules.get('REG004'), 'off');
  });

  it('lets overrides (command-line flags) win over the file', async () => {
    const c = await resolveConfig({ targetOs: ['ws2012'], importer: 'reg' }, WHERE, { targetOs: ['ws2022'], importer: 'regedit' });
    assert.deepStrictEqual(c.targetOs, ['ws2022']);
    assert.strictEqual(c.importer, 'regedit');
  });

  const errors: [string, Parameters<typeof resolveConfig>[0], string, RegExp][] = [
    ['an unknown pack', { packs: ['azure-backup-tls12', 'nope'] }, '/packs/1', /unknown pack "nope" \(available: azure-backup-tls12, tls-legacy-protocols-disabled\)/],
    ['an unknown rule', { rules: { 'AZB-999': 'off' } }, '/rules/AZB-999', /unknown rule "AZB-999"/],
    ['an unknown OS', { targetOs: ['ws2019', 'win95'] }, '/targetOs/1', /unknown OS "win95"/],
    ['an unknown code page', { codePage: 'klingon' }, '/codePage', /unknown code page "klingon"/],
  ];
  for (const [what, contents, pointer, message] of errors) {
    it(`names the file and pointer for ${what}`, async () => {
      const err = await configError(resolveConfig(contents, WHERE));
      assert.strictEqual(err.file, WHERE.file);
      assert.strictEqual(err.pointer, pointer);
      assert.match(err.detail, message);
    });
  }

  it('loads extra packs relative to the config file and enforces them; their rule ids become known', async () => {
    const c = await resolveConfig(
      { extraPacks: ['contoso.regpack.json'], packs: [], rules: { 'CONTOSO-001': 'warning' } },
      { file: path.join(CLI_FIXTURES, 'packs', '.regpolicy.json'), baseDir: path.join(CLI_FIXTURES, 'packs') },
    );
    assert.deepStrictEqual(c.packs.map((p) => p.id), ['contoso-baseline']);
    assert.strictEqual(c.rules.get('CONTOSO-001'), 'warning');
  });

  it('turns a broken extra pack into a ConfigError naming the pack file and pointer', async () => {
    const err = await configError(
      resolveConfig({ extraPacks: ['broken.regpack.json'] }, { file: path.join(CLI_FIXTURES, 'bad-pack', '.regpolicy.json'), baseDir: path.join(CLI_FIXTURES, 'bad-pack') }),
    );
    assert.strictEqual(err.file, path.join(CLI_FIXTURES, 'bad-pack', 'broken.regpack.json'));
    assert.strictEqual(err.pointer, '/rules/0/severity');
  });
});

describe('isIgnored', () => {
  it('matches globs relative to the config folder, never files outside it', async () => {
    const c = await resolveConfig({ ignore: ['vendor/**', '*.generated.reg'] }, WHERE);
    assert.strictEqual(isIgnored(c, '/p/vendor/x/a.reg'), true);
    assert.strictEqual(isIgnored(c, '/p/b.generated.reg'), true);
    assert.strictEqual(isIgnored(c, '/p/src/b.reg'), false);
    assert.strictEqual(isIgnored(c, '/elsewhere/vendor/a.reg'), false);
  });
});

describe('ConfigResolver', () => {
  it('resolves each config file once and shares it between the files it covers', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reg-policy-resolver-'));
    try {
      fs.mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
      fs.writeFileSync(path.join(root, '.regpolicy.json'), '{"importer":"reg"}');
      const resolver = new ConfigResolver({}, root);
      const one = await resolver.forFile(path.join(root, 'a', 'x.reg'));
      const two = await resolver.forFile(path.join(root, 'a', 'b', 'y.reg'));
      assert.strictEqual(one, two);
      assert.strictEqual(one.importer, 'reg');
      assert.strictEqual(one.file, path.join(root, '.regpolicy.json'));
      assert.strictEqual(one.baseDir, root);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('resolveConfig overrides from editor settings', () => {
  it('names the setting in errors', async () => {
    const err = await configError(resolveConfig({}, { baseDir: '/p' }, { origin: 'settings', targetOs: ['win95'] }));
    assert.match(err.message, /^regPolicy\.targetOs: unknown OS "win95" \(known: ws2008sp2, /);
    const rules = await configError(resolveConfig({}, { baseDir: '/p' }, { origin: 'settings', rules: { NOPE: 'off' } }));
    assert.match(rules.message, /^regPolicy\.rules: unknown rule "NOPE"$/);
  });
});
