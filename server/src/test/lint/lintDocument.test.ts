import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { resolveConfig, type ConfigOverrides, type ResolvedConfig } from '../../config';
import { fixAll, lintDocument, MAX_FIX_ROUNDS } from '../../lint';
import { decodedFromText } from '../../parser';
import { CLI_FIXTURES } from '../helpers/runCli';

const HEADER = 'Windows Registry Editor Version 5.00\r\n\r\n';
const ABBREVIATED = `${HEADER}[HKLM\\SOFTWARE\\Contoso]\r\n"a"="b"\r\n`;

const config = (contents: Parameters<typeof resolveConfig>[0] = {}, overrides: ConfigOverrides = {}): Promise<ResolvedConfig> =>
  resolveConfig(contents, { baseDir: CLI_FIXTURES }, { targetOs: ['ws2019'], ...overrides });
const ids = (text: string, c: ResolvedConfig): string[] => lintDocument(decodedFromText(text), c).findings.map((f) => `${f.ruleId}:${f.severity}`);

describe('lintDocument', () => {
  it('joins syntax rules and the enabled packs, sorted by position', async () => {
    const text = fs.readFileSync(path.join(CLI_FIXTURES, 'tls', 'missing-wow64.reg'), 'utf8').replace('[HKEY_LOCAL_MACHINE\\SYSTEM', '[HKLM\\SYSTEM');
    const result = lintDocument(decodedFromText(text), await config());
    const rules = result.findings.map((f) => f.ruleId);
    assert.ok(rules.includes('REG004') && rules.includes('AZB-003'), rules.join());
    const offsets = result.findings.map((f) => f.offset);
    assert.deepStrictEqual(offsets, [...offsets].sort((a, b) => a - b));
    assert.ok(result.model.sections.length >= 2, 'the model is returned for editor features');
    assert.strictEqual(result.doc.text, text);
  });

  it('applies severity overrides: "off" drops a rule, a severity replaces it', async () => {
    assert.deepStrictEqual(ids(ABBREVIATED, await config()), ['REG004:error', 'REG008:warning']);
    assert.deepStrictEqual(ids(ABBREVIATED, await config({ rules: { REG004: 'off', reg008: 'hint' } })), ['REG008:hint']);
  });

  it('checks only the enabled packs', async () => {
    const legacy = `${HEADER}[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client]\r\n"Enabled"=dword:00000001\r\n`;
    assert.ok(!ids(legacy, await config()).some((r) => r.startsWith('TLSLEG')));
    assert.ok(ids(legacy, await config({ packs: ['tls-legacy-protocols-disabled'] })).some((r) => r.startsWith('TLSLEG-001:error')));
  });

  it('drops findings that directives suppress and keeps them in `suppressed`', async () => {
    const text = `${HEADER}; reg-policy-disable-next-line REG004\r\n[HKLM\\SOFTWARE\\Contoso]\r\n`;
    const result = lintDocument(decodedFromText(text), await config());
    assert.deepStrictEqual(result.findings.map((f) => f.ruleId), []);
    assert.deepStrictEqual(result.suppressed.map((f) => f.ruleId), ['REG004']);
  });

  it('reports unknown rules in directives (RP001), which severity overrides also reach', async () => {
    const text = `${HEADER}; reg-policy-disable-next-line AZB-03\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso]\r\n`;
    assert.deepStrictEqual(ids(text, await config()), ['RP001:warning']);
    assert.deepStrictEqual(ids(text, await config({ rules: { RP001: 'off' } })), []);
    // A rule of a pack that is known but switched off is not unknown, though the directive is unused.
    const off = `${HEADER}; reg-policy-disable-file TLSLEG-001\r\n`;
    assert.deepStrictEqual(ids(off, await config()), ['RP003:warning']);
    assert.deepStrictEqual(ids(off, await config({ packs: ['tls-legacy-protocols-disabled'], rules: { RP003: 'off' } })), []);
  });
});

describe('fixAll', () => {
  const twoRounds = fs.readFileSync(path.join(CLI_FIXTURES, 'fix', 'two-rounds.reg'), 'utf8');

  it('applies fixes round after round until nothing fixable is left', async () => {
    const c = await config();
    const result = fixAll(decodedFromText(twoRounds), c);
    assert.ok(result.rounds >= 2, `rounds: ${result.rounds}`);
    assert.ok(result.text.includes('\\SCHANNEL\\Protocols\\TLS 1.2\\Client]\r\n'), result.text);
    assert.deepStrictEqual(result.result.findings.filter((f) => f.fixes?.length).map((f) => f.ruleId), []);
    // The result is a fixpoint: fixing again changes nothing.
    const again = fixAll(decodedFromText(result.text), c);
    assert.strictEqual(again.text, result.text);
    assert.strictEqual(again.applied, 0);
  });

  it('stops after maxRounds', async () => {
    const c = await config();
    const one = fixAll(decodedFromText(twoRounds), c, 1);
    assert.strictEqual(one.rounds, 1);
    assert.ok(one.result.findings.some((f) => f.fixes?.length), 'something fixable is left after one round');
    assert.ok(MAX_FIX_ROUNDS >= 3);
  });

  it('does not apply fixes of suppressed or switched-off findings', async () => {
    const text = `${HEADER}; reg-policy-disable-next-line REG004\r\n[HKLM\\SOFTWARE\\Contoso]\r\n[HKLM\\SOFTWARE\\Other]\r\n`;
    const fixed = fixAll(decodedFromText(text), await config()).text;
    assert.ok(fixed.includes('[HKLM\\SOFTWARE\\Contoso]'), 'suppressed: left alone');
    assert.ok(fixed.includes('[HKEY_LOCAL_MACHINE\\SOFTWARE\\Other]'), 'not suppressed: fixed');
    assert.strictEqual(fixAll(decodedFromText(text), await config({ rules: { REG004: 'off' } })).applied, 0);
  });
});
