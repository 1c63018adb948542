import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from '../../findings/applyEdits';
import { ruleDocsUrl } from '../../findings/types';
import { syntaxRules } from '../../rules/index';
import { analyze, analyzeBytes, DEMO } from '../parser/helpers';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

/** One file per rule that triggers it; `unicode` files are parsed in Unicode mode. */
const examples: Record<string, { text: string; unicode?: boolean; importer?: 'reg'; bytes?: Uint8Array }> = {
  REG001: { text: '[HKEY_CURRENT_USER\\X]\r\n"A"="1"\r\n' },
  REG002: { text: '', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('REGEDIT4\r\n')]) },
  REG003: { text: '', bytes: Uint8Array.from(Buffer.from('REGEDIT4\r\n', 'utf16le')) },
  REG004: { text: 'REGEDIT4\r\n[HKLM\\SOFTWARE\\X]\r\n' },
  REG005: { text: 'REGEDIT4\r\n[HKEY_LOCAL_MACHNE\\SOFTWARE\\X]\r\n' },
  REG006: { text: 'REGEDIT4\r\n[ HKEY_CURRENT_USER\\X]\r\n' },
  REG007: { text: 'REGEDIT4\r\n[HKEY_CURRENT_USER\\X\r\n' },
  REG008: { text: 'REGEDIT4\r\n"A"="1"\r\n[HKEY_CURRENT_USER\\X]\r\n' },
  REG009: { text: `${DEMO}"A"x="1"\r\n` },
  REG010: { text: `${DEMO}"A"="x\\0"\r\n` },
  REG011: { text: `${DEMO}"A"="C:\\temp"\r\n` },
  REG012: { text: `${DEMO}"A"="C:\\temp\\"\r\n` },
  REG013: { text: `${DEMO}"A"="x" y\r\n` },
  REG014: { text: `${DEMO}"A"=dword:000000001\r\n` },
  REG015: { text: `${DEMO}"A"=hex:0x01\r\n` },
  REG016: { text: `${DEMO}"A"=hex:01,,02\r\n` },
  REG017: { text: `${DEMO}"A"=hex:01 ,02\r\n` },
  REG018: { text: `${DEMO}"A"=dword:00000001 # on\r\n` },
  REG019: { text: `${DEMO}"A"=hex:01,02,\\\r\n"B"="x"\r\n` },
  REG020: { text: 'REGEDIT4\r\n[HKEY_CURRENT_USER\\X]\r\n"A"=hex(2):41,00,42\r\n', unicode: true },
  REG021: { text: 'REGEDIT4\r\n[HKEY_CURRENT_USER\\X]\r\n"A"=hex(7):61,00,00,00\r\n', unicode: true },
  REG022: { text: `${DEMO}"A"=hex(0x2):41,00\r\n` },
  REG023: { text: `${DEMO}"A"=qword:1\r\n` },
  REG024: { text: `${DEMO}"A"=dword:1\r\n"a"=dword:2\r\n` },
  REG025: { text: 'REGEDIT4\r\n[HKEY_CURRENT_USER\\X ]\r\n' },
  REG026: { text: 'REGEDIT4\r\n[HKEY_CURRENT_USER\\X\\\\Y]\r\n' },
  REG027: { text: `REGEDIT4\r\n[HKEY_CURRENT_USER\\${'k'.repeat(256)}]\r\n` },
  REG028: { text: `${DEMO}"A"="x\0"\r\n` },
  REG029: { text: `${DEMO}Enabled=dword:1\r\n` },
  REG030: { text: 'REGEDIT4\r\n[-HKEY_CURRENT_USER]\r\n' },
  REG031: { text: 'REGEDIT\r\nHKEY_CLASSES_ROOT\\.x = y\r\n' },
};

function run(example: (typeof examples)[string]) {
  return example.bytes ? analyzeBytes(example.bytes) : analyze(example.text, { unicode: example.unicode, importer: example.importer });
}

describe('rules: registry and docs', () => {
  it('ids are unique, in order, and match REG001…', () => {
    const ids = syntaxRules.map((r) => r.id);
    assert.deepEqual(ids, ids.map((_, i) => `REG${String(i + 1).padStart(3, '0')}`));
  });

  it('every rule has a docs page that names it and says how to fix', () => {
    for (const rule of syntaxRules) {
      const page = path.join(repoRoot, 'docs', 'rules', `${rule.id}.md`);
      assert.ok(fs.existsSync(page), `${page} missing`);
      const text = fs.readFileSync(page, 'utf8');
      assert.match(text, new RegExp(`^# ${rule.id}: ${rule.name}`, 'm'));
      assert.match(text, /## How to fix/);
      assert.match(text, /```reg/);
      assert.ok(ruleDocsUrl(rule.id).endsWith(`docs/rules/${rule.id}.md`));
    }
  });
});

describe('rules: each rule reports its example, and its fix works', () => {
  for (const rule of syntaxRules) {
    it(`${rule.id} ${rule.name}`, () => {
      const example = examples[rule.id];
      assert.ok(example, `no example for ${rule.id}`);
      const { findings } = run(example);
      const mine = findings.filter((f) => f.ruleId === rule.id);
      assert.ok(mine.length > 0, `${rule.id} not reported: ${JSON.stringify(findings.map((f) => f.ruleId))}`);
      for (const f of mine) {
        assert.ok(f.message.length > 10);
        assert.equal(f.docsUrl, ruleDocsUrl(rule.id));
      }
      const fix = mine[0].fixes?.[0];
      assert.equal(fix !== undefined, rule.fixable, `${rule.id}: fixable is ${rule.fixable} but the example ${fix ? 'has' : 'has no'} fix`);
      if (!fix) return;
      const fixed = applyEdits(example.text, fix.edits);
      const after = analyze(fixed, { unicode: example.unicode, importer: example.importer }).findings;
      assert.ok(after.every((f) => f.ruleId !== rule.id || f.offset !== mine[0].offset), `${rule.id} still reported after its fix:\n${fixed}`);
      assert.ok(after.every((f) => f.severity !== 'error'), `errors after fixing ${rule.id}: ${JSON.stringify(after)}`);
    });
  }
});

describe('rules: severities and messages', () => {
  it('abbreviated roots are errors for regedit and warnings for reg import', () => {
    const text = 'REGEDIT4\r\n[HKLM\\SOFTWARE\\X]\r\n"A"=dword:1\r\n';
    const regedit = analyze(text);
    assert.deepEqual(regedit.findings.map((f) => [f.ruleId, f.severity]), [['REG004', 'error'], ['REG008', 'warning']]);
    assert.equal(regedit.model.operations.length, 0);
    const reg = analyze(text, { importer: 'reg' });
    assert.deepEqual(reg.findings.map((f) => [f.ruleId, f.severity]), [['REG004', 'warning']]);
    assert.equal(reg.model.operations[0].path.text, 'HKEY_LOCAL_MACHINE\\SOFTWARE\\X');
  });

  it('the message says what regedit will do, with exact ranges', () => {
    const text = `${DEMO}"N"=dword:0ffffffff\r\n`;
    const [f] = analyze(text).findings;
    assert.equal(f.message, 'regedit ignores this line: a DWORD has at most 8 hex digits (found 9)');
    assert.equal(text.slice(f.offset, f.offset + f.length), '0ffffffff');
    assert.equal(f.fixes?.[0].edits[0].newText, 'ffffffff');
  });

  it('a value set again overrides (warning); set again to the same data it is only redundant (hint)', () => {
    const overridden = analyze(`${DEMO}"A"=dword:1\r\n"A"=dword:2\r\n`).findings;
    assert.deepEqual(overridden.map((f) => [f.ruleId, f.severity]), [['REG024', 'warning']]);
    assert.match(overridden[0].message, /is set again on line 5 in the same key, so regedit overrides this assignment/);
    // dword:1 and hex(4):01,00,00,00 store the same bytes with the same type.
    const redundant = analyze(`${DEMO}"A"=dword:1\r\n"A"=hex(4):01,00,00,00\r\n`).findings;
    assert.deepEqual(redundant.map((f) => [f.ruleId, f.severity]), [['REG024', 'hint']]);
    assert.match(redundant[0].message, /is set again to the same data on line 5 in the same key, so this assignment is redundant/);
    // Same bytes, other type: not redundant.
    const retyped = analyze(`${DEMO}"A"=hex(b):01,00,00,00\r\n"A"=dword:1\r\n`).findings;
    assert.deepEqual(retyped.map((f) => [f.ruleId, f.severity]), [['REG024', 'warning']]);
  });

  it('duplicates are found in keys with many values, across sections of the same key, and reset by a deletion', () => {
    const many = Array.from({ length: 40 }, (_, i) => `"V${i}"=dword:${i}\r\n`).join('');
    const text = `${DEMO}${many}"v3"=dword:3\r\n"V39"=-\r\n"V39"=dword:1\r\n[HKEY_CURRENT_USER\\Other]\r\n"V3"=dword:9\r\n${DEMO.split('\r\n')[2]}\r\n"V20"=dword:7\r\n"V3"=-\r\n"V3"=dword:4\r\n`;
    const findings = analyze(text).findings.filter((f) => f.ruleId === 'REG024');
    const lineOf = (offset: number): number => text.slice(0, offset).split('\r\n').length;
    // V3 (line 7) is set again on line 44; V20 (line 24) again in the second section of the same key.
    assert.deepEqual(findings.map((f) => [lineOf(f.offset), f.severity]), [[7, 'hint'], [24, 'warning']]);
  });

  it('a broken continuation names the swallowed line and points back to the value', () => {
    const text = `${DEMO}"B"=hex:01,\\\r\n"Lost"="x"\r\n`;
    const [f] = analyze(text).findings;
    assert.equal(f.ruleId, 'REG019');
    assert.equal(text.slice(f.offset, f.offset + f.length), '"Lost"="x"');
    assert.match(f.message, /swallows this line: the hex value "B" on line 4/);
    assert.equal(text.slice(f.related?.[0].offset, (f.related?.[0].offset ?? 0) + (f.related?.[0].length ?? 0)), '"B"=hex:01,\\');
  });
});
