/**
 * Property: for any file made of TLS-related key lines, values and deletions (right, wrong and
 * nearly right), evaluation never throws and one "fix all" leaves nothing fixable.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { builtinPacks } from '../../policy';
import { fixAll, lintText } from './harness';

const P = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
const N = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319';
const W = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319';

const keys = [
  `${P}\\TLS 1.2\\Client`,
  `${P}\\TLS 1.2\\Server`,
  `${P}\\TLS 1.2`,
  `${P}\\TLS1.2\\Client`,
  `${P}\\TLS 1.0\\Client`,
  `${P}\\SSL 3.0\\Server`,
  `${P}\\SSL3\\Client`,
  N,
  W,
  W.replace('30319', '3019'),
  N.replace('v4.0.30319', 'v4.8'),
  `${P}\\TLS 1.1`,
  `${P}\\TLS 1.0\\Server `,
  `HKCU${P.slice('HKEY_LOCAL_MACHINE'.length)}\\TLS 1.2\\Client`,
  `${P.replace('Protocols', 'Protocols\\\\')}\\TLS 1.2\\Client`,
  `HKLM${N.slice('HKEY_LOCAL_MACHINE'.length)}`,
  `HKEY_CURRENT_USER${N.slice('HKEY_LOCAL_MACHINE'.length)}`,
  'HKEY_CURRENT_USER\\Software\\Contoso',
];
const line = fc.oneof(
  fc.constantFrom(...keys).map((k) => `[${k}]`),
  fc.constantFrom(...keys, P, 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework').map((k) => `[-${k}]`),
  fc
    .tuple(
      fc.constantFrom('Enabled', 'DisabledByDefault', 'SystemDefaultTlsVersions', 'SchUseStrongCrypto', 'DisableByDefault', 'Enable', 'Other'),
      fc.constantFrom('dword:00000001', 'dword:00000000', 'dword:ffffffff', '"1"', 'hex(b):01,00,00,00,00,00,00,00', 'hex(4):01,00', '-'),
      fc.constantFrom('', '    '),
      fc.constantFrom('=', ' = '),
    )
    .map(([name, data, indent, sep]) => `${indent}"${name}"${sep}${data}`),
  fc.constant(''),
  fc.constant('; comment'),
);

describe('fix all reaches a fixpoint', () => {
  for (const [name, eol] of [
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ] as const) {
    it(`for generated TLS files (${name})`, () => {
      fc.assert(
        fc.property(fc.array(line, { maxLength: 24 }), fc.boolean(), fc.constantFrom(undefined, ['win7'] as const, ['ws2019'] as const), (lines, finalBreak, targetOs) => {
          const text = `Windows Registry Editor Version 5.00${eol}${eol}${lines.join(eol)}${finalBreak ? eol : ''}`;
          const context = { targetOs };
          const fixed = fixAll(text, lintText(text, builtinPacks, context));
          const left = lintText(fixed, builtinPacks, context).filter((f) => f.fixes && f.fixes.length > 0);
          assert.deepStrictEqual(left.map((f) => `${f.ruleId}: ${f.message}`), [], `input:\n${text}\nfixed:\n${fixed}`);
        }),
        { numRuns: Number(process.env['POLICY_PROPERTY_RUNS'] ?? 300) },
      );
    });
  }
});
