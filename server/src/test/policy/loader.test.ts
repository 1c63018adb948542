import * as assert from 'assert';
import * as fc from 'fast-check';
import { builtinPacks, isPackLoadError, loadPack, type LoadedPack, type PackLoadError } from '../../policy';
import { builtinPackJson } from '../../policy/builtinPacks';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Agent';

function pack(rule: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { formatVersion: 1, id: 'contoso', version: '1.0.0', title: 'Contoso', rules: [rule], ...extra };
}

function registryRule(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'CON-001',
    title: 'Agent uses TLS 1.2',
    message: '{key} must set "UseTls12"={expected} ({actual}).',
    target: { key: KEY, value: 'UseTls12' },
    expect: { presence: 'required', type: 'REG_DWORD', data: { equals: 1 } },
    fix: { strategy: 'set-value', data: 1 },
    ...overrides,
  };
}

function expectError(result: LoadedPack | PackLoadError): PackLoadError {
  assert.ok(isPackLoadError(result), 'expected a load error');
  return result;
}

describe('loadPack', () => {
  it('loads the built-in packs (azure-backup-tls12 on, tls-legacy-protocols-disabled off)', () => {
    assert.deepStrictEqual(
      builtinPacks.map((p) => [p.id, p.enabledByDefault]),
      [
        ['azure-backup-tls12', true],
        ['tls-legacy-protocols-disabled', false],
      ],
    );
  });

  for (const [id, json] of Object.entries(builtinPackJson)) {
    it(`built-in pack ${id} is valid against the schema`, () => {
      const result = loadPack(json, `${id}.json`);
      assert.ok(!isPackLoadError(result), isPackLoadError(result) ? result.message : '');
      assert.deepStrictEqual(result, { ...builtinPacks.find((p) => p.id === id)!, source: `${id}.json` });
    });
  }

  it('expands a key set into the 64-bit and the WOW6432Node view', () => {
    const azure = builtinPacks.find((p) => p.id === 'azure-backup-tls12')!;
    const rule = azure.rules.find((r) => r.id === 'AZB-003');
    assert.ok(rule && rule.kind === 'registry');
    assert.deepStrictEqual(
      rule.keys.map((k) => [k.view, k.text]),
      [
        ['native', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319'],
        ['wow64', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319'],
      ],
    );
  });

  it('resolves OS groups and lists every OS the pack names as its default target', () => {
    const azure = builtinPacks.find((p) => p.id === 'azure-backup-tls12')!;
    const rule = azure.rules.find((r) => r.id === 'AZB-001');
    assert.ok(rule && rule.kind === 'registry');
    assert.deepStrictEqual(rule.requiredOn?.os, ['ws2008sp2', 'win7', 'ws2008r2', 'ws2012']);
    assert.ok(azure.osIds.includes('ws2008sp2') && azure.osIds.includes('ws2025'));
  });

  it('loads a minimal valid pack', () => {
    const result = loadPack(pack(registryRule()), 'contoso.regpack.json');
    assert.ok(!isPackLoadError(result), isPackLoadError(result) ? result.message : '');
    assert.strictEqual(result.source, 'contoso.regpack.json');
  });

  const invalid: [string, unknown, string, RegExp][] = [
    ['not an object', null, '', /must be object/],
    ['wrong format version', { ...pack(registryRule()), formatVersion: 2 }, '/formatVersion', /equal to constant/],
    ['abbreviated root in a key', pack(registryRule({ target: { key: 'HKLM\\SOFTWARE\\X', value: 'v' } })), '/rules/0/target/key', /pattern/],
    ['unknown property', pack(registryRule({ severty: 'error' })), '/rules/0', /unknown property "severty"/],
    ['bad severity', pack(registryRule({ severity: 'fatal' })), '/rules/0/severity', /must be one of/],
    ['bad rule id', pack(registryRule({ id: 'con1' })), '/rules/0/id', /pattern/],
    ['unknown key set', pack(registryRule({ target: { keySet: 'nope', value: 'v' } })), '/rules/0/target/keySet', /unknown key set "nope"/],
    ['unknown OS group', pack(registryRule({ appliesTo: { os: ['@old'] } })), '/rules/0/appliesTo/os/0', /unknown OS group "@old"/],
    [
      'wow64 view outside SOFTWARE',
      pack(registryRule({ target: { key: 'HKEY_LOCAL_MACHINE\\SYSTEM\\X', views: ['wow64'], value: 'v' } })),
      '/rules/0/target',
      /only applies to HKEY_LOCAL_MACHINE\\SOFTWARE/,
    ],
    ['fix data of the wrong type', pack(registryRule({ fix: { strategy: 'set-value', data: 'yes' } })), '/rules/0/fix/data', /does not fit type REG_DWORD/],
    ['fix that fails its own rule', pack(registryRule({ fix: { strategy: 'set-value', data: 2 } })), '/rules/0/fix/data', /does not satisfy expect.data/],
    ['minBuild above maxBuild', pack(registryRule({ appliesTo: { minBuild: '10.0.0', maxBuild: '6.1.0' } })), '/rules/0/appliesTo/minBuild', /greater than maxBuild/],
    ['set-value fix without a type', pack(registryRule({ expect: { presence: 'required' } })), '/rules/0/fix', /needs expect.type/],
  ];
  for (const [name, json, pointer, message] of invalid) {
    it(`reports ${name} with the file and JSON pointer`, () => {
      const error = expectError(loadPack(json, 'packs/contoso.regpack.json'));
      assert.strictEqual(error.pointer, pointer);
      assert.match(error.problems[0]!.message, message);
      assert.ok(error.message.startsWith(`packs/contoso.regpack.json#${pointer}: `), error.message);
    });
  }

  it('reports a duplicate rule id', () => {
    const json = { ...pack(registryRule()), rules: [registryRule(), registryRule()] };
    const error = expectError(loadPack(json, 'dup.json'));
    assert.strictEqual(error.pointer, '/rules/1/id');
    assert.match(error.message, /duplicate rule id CON-001 \(also \/rules\/0\)/);
  });

  it('never throws, whatever the JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = loadPack(json, 'fuzz.json');
        return result.kind === 'error' || result.kind === 'pack';
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mutations of a valid pack', () => {
    const base = pack(registryRule());
    fc.assert(
      fc.property(fc.constantFrom('id', 'title', 'message', 'target', 'expect', 'fix', 'kind', 'appliesTo'), fc.jsonValue(), (field, value) => {
        const mutated = { ...base, rules: [{ ...registryRule(), [field]: value }] };
        const result = loadPack(mutated, 'fuzz.json');
        return result.kind === 'error' || result.kind === 'pack';
      }),
      { numRuns: 300 },
    );
  });
});
