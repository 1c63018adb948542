/**
 * Every real-world .reg file of the shared corpus (../shared/corpus/real-world) goes through
 * both built-in packs: evaluation never throws, every fix applies, and after "fix all" nothing
 * fixable is left.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyFixes } from '../../findings/applyEdits';
import { buildModel } from '../../model';
import { decodeBytes, parse } from '../../parser';
import { builtinPacks, evaluatePacks } from '../../policy';
import { preferredFixes, repoRoot } from './harness';

const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus', 'real-world');

describe('policy packs on the real-world corpus', () => {
  it('evaluates every file, and fix all leaves nothing fixable', () => {
    assert.ok(fs.existsSync(corpus), `corpus not found at ${corpus}`);
    const files = fs.readdirSync(corpus).filter((f) => f.toLowerCase().endsWith('.reg'));
    assert.ok(files.length > 200, `expected the corpus, found ${files.length} files`);
    let withFindings = 0;
    const problems: string[] = [];
    for (const file of files) {
      const decoded = decodeBytes(fs.readFileSync(path.join(corpus, file)));
      const lint = (text: string) => {
        const doc = parse({ ...decoded, text });
        return evaluatePacks(doc, buildModel(doc), builtinPacks);
      };
      const findings = lint(decoded.text);
      if (findings.length > 0) withFindings++;
      const result = applyFixes(decoded.text, preferredFixes(findings));
      if (result.rejected.length > 0) problems.push(`${file}: ${result.rejected.length} fixes rejected`);
      const left = lint(result.text).filter((f) => f.fixes && f.fixes.length > 0);
      if (left.length > 0) problems.push(`${file}: still fixable after fix all: ${left.map((f) => f.ruleId).join(', ')}`);
    }
    assert.deepStrictEqual(problems, []);
    assert.ok(withFindings >= 20, `only ${withFindings} corpus files have pack findings`);
  });
});

describe('azure-backup-tls12 on real-world TLS files', () => {
  const azure = builtinPacks.filter((p) => p.id === 'azure-backup-tls12');
  const cases: [string, string[]][] = [
    // Sets SchUseStrongCrypto in both views and the TLS 1.2 Client values, but forgets SystemDefaultTlsVersions.
    ['ahsansoftengineer__sba-net-micro__enable_tls12.reg', ['AZB-003', 'AZB-003']],
    // Switches TLS 1.2 off: contradicts the pack, and the .NET values are missing.
    ['natthasath__windows-registry-script__scripts__Disable-TLS12.reg', ['AZB-001', 'AZB-002', 'AZB-003', 'AZB-003', 'AZB-004', 'AZB-004']],
    // IIS Crypto style: Enabled=ffffffff (information, fix to 1), and no .NET values.
    ['racetracks__windows_crypto__tls13.reg', ['AZB-001', 'AZB-003', 'AZB-003', 'AZB-004', 'AZB-004']],
  ];
  for (const [file, expected] of cases) {
    it(file, () => {
      const decoded = decodeBytes(fs.readFileSync(path.join(corpus, file)));
      const doc = parse(decoded);
      const ids = evaluatePacks(doc, buildModel(doc), azure).map((f) => f.ruleId);
      assert.deepStrictEqual(ids.sort(), expected);
    });
  }
});
