import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { ConfigError } from '../../config/errors';
import { parseConfigText } from '../../config/parse';
import { configSchemaText } from '../../config/schemaFile';

const REPO = path.resolve(__dirname, '..', '..', '..', '..');
const FILE = '/work/project/.regpolicy.json';

function errorOf(text: string): ConfigError {
  try {
    parseConfigText(text, FILE);
  } catch (err) {
    assert.ok(err instanceof ConfigError, `not a ConfigError: ${String(err)}`);
    return err;
  }
  assert.fail(`accepted: ${text}`);
}

describe('parseConfigText', () => {
  it('accepts every documented setting', () => {
    const config = parseConfigText(
      JSON.stringify({
        $schema: './schemas/regpolicy.schema.json',
        packs: ['azure-backup-tls12', 'tls-legacy-protocols-disabled'],
        extraPacks: ['packs/contoso.regpack.json'],
        rules: { REG012: 'off', 'AZB-003': 'warning', RP001: 'error' },
        targetOs: ['ws2012r2', 'ws2019'],
        importer: 'reg',
        codePage: 'windows-1251',
        ignore: ['vendor/**'],
      }),
      FILE,
    );
    assert.deepStrictEqual(config.rules, { REG012: 'off', 'AZB-003': 'warning', RP001: 'error' });
    assert.strictEqual(config.importer, 'reg');
  });

  it('accepts a UTF-8 BOM (Notepad writes one)', () => {
    assert.deepStrictEqual(parseConfigText('\ufeff{"importer":"regedit"}', FILE), { importer: 'regedit' });
  });

  const cases: [string, string, string, RegExp][] = [
    ['a bad severity', '{"rules":{"REG012":"of"}}', '/rules/REG012', /must be one of "off", "error", "warning", "information", "hint"/],
    ['an unknown property', '{"rulez":{}}', '/rulez', /unknown property "rulez" \(allowed: .*rules/],
    ['a bad rule id', '{"rules":{"1x":"off"}}', '/rules/1x', /"1x" is not a valid name/],
    ['a bad importer', '{"importer":"powershell"}', '/importer', /must be one of "regedit", "reg"/],
    ['an empty target OS list', '{"targetOs":[]}', '/targetOs', /fewer than 1/],
    ['a pack list item of the wrong type', '{"packs":[true]}', '/packs/0', /must be string/],
    ['a key with a slash (pointer escaping)', '{"rules":{"a/b":"off"}}', '/rules/a~1b', /not a valid name/],
    ['a non-object', '[]', '', /must be object/],
  ];
  for (const [what, text, pointer, message] of cases) {
    it(`names the file and JSON pointer for ${what}`, () => {
      const err = errorOf(text);
      assert.strictEqual(err.file, FILE);
      assert.strictEqual(err.pointer, pointer);
      assert.match(err.detail, message);
      assert.ok(err.message.startsWith(`${FILE}: `), err.message);
      assert.ok(!err.message.includes('\n'), 'one line');
    });
  }

  it('reports invalid JSON with its line and column', () => {
    const err = errorOf('{\n  "rules": {\n    "REG012": "off",\n  }\n}');
    assert.strictEqual(err.pointer, '');
    assert.match(err.message, /invalid JSON: .*\(line 4, column 3\)/);
  });
});

describe('schemas/regpolicy.schema.json', () => {
  it('is the schema the loader uses, written out (regenerate with writeConfigSchema)', () => {
    const onDisk = fs.readFileSync(path.join(REPO, 'schemas', 'regpolicy.schema.json'), 'utf8');
    assert.strictEqual(onDisk, configSchemaText());
  });

  it('is a valid draft-07 schema', () => {
    const ajv = new Ajv({ strict: true });
    assert.ok(ajv.validateSchema(JSON.parse(configSchemaText())), ajv.errorsText());
  });
});
