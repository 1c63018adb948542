import * as assert from 'assert';
import { builtinPacks, evaluatePacks, parseTargetOsDirective } from '../../policy';
import { buildModel } from '../../model';
import { decodedFromText, parse } from '../../parser';

const CLIENT = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client';
const NETFX = ['HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319']
  .map((k) => `[${k}]\r\n"SystemDefaultTlsVersions"=dword:00000001\r\n"SchUseStrongCrypto"=dword:00000001\r\n`)
  .join('\r\n');

function ids(text: string, targetOs?: readonly ('ws2019' | 'win7')[]): string[] {
  const doc = parse(decodedFromText(text));
  return evaluatePacks(doc, buildModel(doc), builtinPacks.filter((p) => p.enabledByDefault), { targetOs }).map((f) => f.ruleId);
}

describe('target OS', () => {
  it('parses the directive: names separated by spaces or commas, case-insensitive, duplicates dropped', () => {
    const text = 'Windows Registry Editor Version 5.00\r\n;  reg-policy-target-os: WS2012, win7 ws2012 nope\r\n';
    const d = parseTargetOsDirective(text)!;
    assert.deepStrictEqual(d.os, ['ws2012', 'win7']);
    assert.deepStrictEqual(d.unknown.map((u) => [u.name, text.slice(u.offset, u.offset + u.length)]), [['nope', 'nope']]);
    assert.strictEqual(text.slice(d.offset, d.offset + d.length), ';  reg-policy-target-os: WS2012, win7 ws2012 nope');
  });

  it('ignores text that only mentions the directive outside a comment line', () => {
    assert.strictEqual(parseTargetOsDirective('"reg-policy-target-os: win7"="x"\n'), undefined);
  });

  it('defaults to every OS the pack names: TLS 1.2 Client values are required', () => {
    assert.deepStrictEqual(ids(`Windows Registry Editor Version 5.00\r\n\r\n${NETFX}`), ['AZB-001', 'AZB-002']);
  });

  it('takes the target OS from the context, and the file directive over the context', () => {
    const text = `Windows Registry Editor Version 5.00\r\n\r\n${NETFX}`;
    assert.deepStrictEqual(ids(text, ['ws2019']), []);
    const withDirective = `Windows Registry Editor Version 5.00\r\n; reg-policy-target-os: win7\r\n\r\n${NETFX}`;
    assert.deepStrictEqual(ids(withDirective, ['ws2019']).sort(), ['AZB-001', 'AZB-002', 'AZB-006']);
  });

  it('reports contradictions whatever the target OS', () => {
    const text = `Windows Registry Editor Version 5.00\r\n\r\n[${CLIENT}]\r\n"Enabled"=dword:00000000\r\n\r\n${NETFX}`;
    assert.deepStrictEqual(ids(text, ['ws2019']), ['AZB-001']);
  });
});

describe('target OS directive spelling', () => {
  it('is not confused by a longer word', () => {
    assert.strictEqual(parseTargetOsDirective('; reg-policy-target-osx: win7\n'), undefined);
  });
});
