import * as assert from 'assert';
import { buildModel } from '../../model';
import { decodedFromText, parse } from '../../parser';
import { builtinPacks, evaluatePacks } from '../../policy';

const FILE = [
  'Windows Registry Editor Version 5.00',
  '',
  '[HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]',
  '"Enabled"=dword:00000000',
  '"DisabledByDefault"=dword:00000000',
  '',
  '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319]',
  '"SystemDefaultTlsVersions"=dword:00000001',
  '"SchUseStrongCrypto"=dword:00000001',
  '',
  '[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319]',
  '"SystemDefaultTlsVersions"=dword:00000001',
  '"SchUseStrongCrypto"=dword:00000001',
  '',
].join('\r\n');

function findings(importer: 'regedit' | 'reg'): string[] {
  const doc = parse(decodedFromText(FILE), { importer });
  return evaluatePacks(doc, buildModel(doc), builtinPacks.filter((p) => p.enabledByDefault), { importer }).map((f) => `${f.ruleId}:${f.severity}`);
}

describe('abbreviated roots and the importer', () => {
  it('regedit: recognises the key behind HKLM (information; REG004 carries the error) and checks its values', () => {
    assert.deepStrictEqual(findings('regedit').sort(), ['AZB-001:error', 'AZB-007:information']);
  });

  it('reg import: HKLM opens the key, so only the values are checked', () => {
    assert.deepStrictEqual(findings('reg'), ['AZB-001:error']);
  });
});
