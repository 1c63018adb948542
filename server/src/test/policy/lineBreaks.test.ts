import * as assert from 'assert';
import { builtinPacks } from '../../policy';
import { fixAll, lintText } from './harness';

const azure = builtinPacks.filter((p) => p.id === 'azure-backup-tls12');
const CLIENT = '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]';
const NETFX = '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319]';

function file(eol: string): string {
  return ['Windows Registry Editor Version 5.00', '', CLIENT, '"Enabled"=dword:00000001', '', NETFX, '"SchUseStrongCrypto"=dword:00000001', ''].join(eol);
}

describe('fixes keep the file layout', () => {
  for (const [name, eol] of [
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ] as const) {
    it(`inserts values and sections with the file's ${name} line breaks`, () => {
      const text = file(eol);
      const fixed = fixAll(text, lintText(text, azure));
      const other = eol === '\r\n' ? /[^\r]\n/ : /\r/;
      assert.ok(!other.test(fixed), JSON.stringify(fixed));
      assert.ok(fixed.includes(`"DisabledByDefault"=dword:00000000${eol}`));
      assert.ok(fixed.includes(`${eol}[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319]${eol}`));
      assert.deepStrictEqual(lintText(fixed, azure).filter((f) => f.fixes), []);
    });
  }

  it('uses the line break the context asks for', () => {
    const text = file('\n');
    const fixed = fixAll(text, lintText(text, azure, { eol: '\r\n' }));
    assert.ok(fixed.includes('"DisabledByDefault"=dword:00000000\r\n'));
  });

  it('appends to a last line without a line break', () => {
    const text = ['Windows Registry Editor Version 5.00', '', CLIENT, '"Enabled"=dword:00000001'].join('\r\n');
    const fixed = fixAll(text, lintText(text, azure, { targetOs: ['win7'] }));
    assert.ok(fixed.includes('"Enabled"=dword:00000001\r\n"DisabledByDefault"=dword:00000000'), JSON.stringify(fixed));
  });
});
