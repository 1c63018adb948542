import * as assert from 'assert';
import { compactName, editDistance, isNearMiss } from '../../policy/similarity';

describe('near-miss names', () => {
  const near: [string, string][] = [
    ['TLS1.2', 'TLS 1.2'],
    ['TLSv1.2', 'TLS 1.2'],
    ['TLS 1.2 ', 'TLS 1.2'],
    ['TLS 1.2.0', 'TLS 1.2'],
    ['SSL3', 'SSL 3.0'],
    ['v4.0.3019', 'v4.0.30319'],
    ['v4.0.30139', 'v4.0.30319'],
    ['DisableByDefault', 'DisabledByDefault'],
    ['SchUseStrongCripto', 'SchUseStrongCrypto'],
    ['SystemDefaultTLSVersion', 'SystemDefaultTlsVersions'],
    ['Enable', 'Enabled'],
  ];
  for (const [written, intended] of near) {
    it(`"${written}" is a near miss of "${intended}"`, () => assert.ok(isNearMiss(written, intended)));
  }
  const far: [string, string][] = [
    ['tls 1.2', 'TLS 1.2'],
    ['Enabled', 'DisabledByDefault'],
    ['SchSendAuxRecord', 'SchUseStrongCrypto'],
    ['v2.0.50727', 'v4.0.30319'],
    ['Foo', 'Bar'],
  ];
  for (const [written, intended] of far) {
    it(`"${written}" is not a near miss of "${intended}"`, () => assert.ok(!isNearMiss(written, intended)));
  }

  it('counts a transposition as one edit and stops past the limit', () => {
    assert.strictEqual(editDistance('ab', 'ba', 2), 1);
    assert.strictEqual(editDistance('abcdef', 'uvwxyz', 2), 3);
  });

  it('compacts protocol spellings to one form', () => {
    assert.deepStrictEqual(['TLS 1.2', 'TLSv1.2', 'tls1.2', 'TLS_1.2'].map(compactName), ['tls1.2', 'tls1.2', 'tls1.2', 'tls1.2']);
  });
});
