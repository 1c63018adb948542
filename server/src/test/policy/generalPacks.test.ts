/** The pack format is general: bitmasks, build ranges, "any" matching, forbidden values, strings. */
import * as assert from 'assert';
import { isPackLoadError, loadPack, type LoadedPack } from '../../policy';
import { fixAll, lintText } from './harness';

const WINHTTP = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp';
const TLS13 = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.3';
const HEADER = 'Windows Registry Editor Version 5.00\r\n\r\n';

function load(json: unknown): LoadedPack {
  const result = loadPack(json, 'test.regpack.json');
  if (isPackLoadError(result)) throw new Error(result.message);
  return result;
}

// One pack per concern: a file that touches any key of a pack must satisfy all of it.
const [winhttp, tls13, contoso] = [
    {
      id: 'GEN-001',
      title: 'WinHTTP offers TLS 1.2',
      message: 'DefaultSecureProtocols under {key} must include TLS 1.2 ({actual}).',
      target: { key: WINHTTP, views: ['native', 'wow64'], value: 'DefaultSecureProtocols' },
      expect: { presence: 'required', type: 'REG_DWORD', data: { bitsSet: '0x800', bitsClear: '0x28' }, preferred: '0xA00', preferredSeverity: 'hint' },
      fix: { strategy: 'set-value', data: '0xA00' },
    },
    {
      id: 'GEN-002',
      title: 'No TLS 1.3 before Server 2022',
      message: 'TLS 1.3 must not be enabled under {key} before Server 2022 ({actual}).',
      appliesTo: { maxBuild: '10.0.20347' },
      target: { keys: [`${TLS13}\\Client`, `${TLS13}\\Server`], value: 'Enabled', match: 'any' },
      expect: { presence: 'forbidden' },
      fix: { strategy: 'remove-value' },
    },
    {
      id: 'GEN-003',
      title: 'Product channel',
      message: '{key} must set "Channel"={expected} ({actual}).',
      target: { key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso', value: 'Channel' },
      expect: { presence: 'optional', type: 'REG_SZ', data: { in: ['stable', 'lts'] } },
      fix: { strategy: 'set-value', data: 'stable' },
    },
].map((rule, i) => load({ formatVersion: 1, id: `general-${i}`, version: '1.0.0', title: 'General', defaults: { severity: 'error' }, rules: [rule] }));
const packs = [winhttp!, tls13!, contoso!];

function ids(text: string, targetOs?: readonly ('win7' | 'ws2022')[]): string[] {
  return lintText(text, packs, { targetOs }).map((f) => `${f.ruleId}:${f.severity}`);
}

describe('a general rule pack', () => {
  it('checks bit masks, and reports a non-preferred value at its own severity', () => {
    const both = (data: string) => `${HEADER}[${WINHTTP}]\r\n"DefaultSecureProtocols"=${data}\r\n\r\n[${WINHTTP.replace('SOFTWARE\\', 'SOFTWARE\\WOW6432Node\\')}]\r\n"DefaultSecureProtocols"=dword:00000a00\r\n`;
    assert.deepStrictEqual(ids(both('dword:00000a00')), []);
    assert.deepStrictEqual(ids(both('dword:00000800')), ['GEN-001:hint']);
    assert.deepStrictEqual(ids(both('dword:00000200')), ['GEN-001:error']);
    assert.deepStrictEqual(ids(both('dword:00000aa0')), ['GEN-001:error']);
  });

  it('removes a forbidden value, only on the OS versions the rule applies to', () => {
    const text = `${HEADER}[${TLS13}\\Client]\r\n"Enabled"=dword:00000001\r\n"DisabledByDefault"=dword:00000000\r\n`;
    assert.deepStrictEqual(ids(text, ['ws2022']), []);
    assert.deepStrictEqual(ids(text, ['win7']), ['GEN-002:error']);
    const fixed = fixAll(text, lintText(text, packs, { targetOs: ['win7'] }));
    assert.strictEqual(fixed, `${HEADER}[${TLS13}\\Client]\r\n"DisabledByDefault"=dword:00000000\r\n`);
  });

  it('checks string data and writes string fixes', () => {
    const text = `${HEADER}[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso]\r\n"Channel"="nightly"\r\n`;
    assert.deepStrictEqual(ids(text), ['GEN-003:error']);
    assert.strictEqual(fixAll(text, lintText(text, packs)), `${HEADER}[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso]\r\n"Channel"="stable"\r\n`);
    assert.deepStrictEqual(ids(text.replace('nightly', 'LTS')), []);
  });

  it('has no near-miss findings when the pack declares no near-miss rules', () => {
    const text = `${HEADER}[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contosoo]\r\n"Chanel"="x"\r\n`;
    assert.deepStrictEqual(ids(text), []);
  });
});
