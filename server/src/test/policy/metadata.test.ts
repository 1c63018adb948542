import * as assert from 'assert';
import { builtinPacks, knownKeys, policyRules } from '../../policy';

describe('policy metadata', () => {
  it('lists every rule with docs URL, severity and whether it is fixable', () => {
    const rules = policyRules(builtinPacks);
    const byId = new Map(rules.map((r) => [r.id, r]));
    assert.strictEqual(byId.get('AZB-001')?.fixable, true);
    assert.strictEqual(byId.get('AZB-005')?.fixable, false);
    assert.strictEqual(byId.get('AZB-005')?.severity, 'information');
    assert.strictEqual(byId.get('AZB-007')?.kind, 'near-miss');
    assert.strictEqual(byId.get('PACK001')?.kind, 'engine');
    assert.strictEqual(new Set(rules.map((r) => r.id)).size, rules.length);
  });

  it('knows the keys and values of the packs for completion', () => {
    const keys = knownKeys(builtinPacks.filter((p) => p.enabledByDefault));
    assert.deepStrictEqual(
      keys.map((k) => k.path.split('\\').slice(-2).join('\\')),
      ['TLS 1.2\\Client', '.NETFramework\\v4.0.30319', '.NETFramework\\v4.0.30319'],
    );
    const wow = keys.find((k) => k.path.includes('WOW6432Node'))!;
    assert.deepStrictEqual(
      wow.values.map((v) => `${v.name}=${v.data}`),
      ['SystemDefaultTlsVersions=dword:00000001', 'SchUseStrongCrypto=dword:00000001'],
    );
  });
});
