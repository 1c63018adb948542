import * as assert from 'node:assert/strict';
import { applyEdits } from '../../findings/applyEdits';
import { analyze, codes } from './helpers';

const BODY = '\r\n[HKEY_CURRENT_USER\\Software\\Demo]\r\n"Color"="Blue"\r\n';

describe('parser/header', () => {
  const imports: [string, boolean][] = [
    ['Windows Registry Editor Version 5.00', true],
    ['REGEDIT4', true],
    [' \tREGEDIT4', true],
    ['REGEDIT5', false],
    ['REGEDIT4 XYZ', false],
    ['regedit4', false],
    ['Windows Registry Editor Version 4.00', false],
    ['XREGEDIT4', false],
    ['', false],
  ];
  for (const [header, expected] of imports) {
    it(`"${header}" ${expected ? 'imports' : 'imports nothing'}`, () => {
      const { model, findings, doc } = analyze(header + BODY);
      assert.equal(model.imports, expected);
      assert.equal(model.operations.length, expected ? 2 : 0);
      assert.deepEqual(codes(findings), expected ? [] : ['REG001']);
      assert.equal(doc.imports, expected);
    });
  }

  it('a file that is only a header imports and changes nothing (10)', () => {
    const { model, findings } = analyze('REGEDIT4');
    assert.equal(model.imports, true);
    assert.deepEqual(model.operations, []);
    assert.deepEqual(findings, []);
  });

  it('UTF-16 file with REGEDIT4 header imports (12)', () => {
    assert.equal(analyze(`REGEDIT4${BODY}`, { unicode: true }).model.operations.length, 2);
  });

  it('fixes: add a missing header, fix its case, drop trailing text, remove lines before it', () => {
    const cases: [string, string][] = [
      ['[HKEY_CURRENT_USER\\X]\r\n', 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\X]\r\n'],
      ['regedit4\r\n', 'REGEDIT4\r\n'],
      ['Windows Registry Editor Version 5.00  \r\n', 'Windows Registry Editor Version 5.00\r\n'],
      ['\r\nREGEDIT4\r\n', 'REGEDIT4\r\n'],
      ['REGEDIT4 \r\n', 'REGEDIT4\r\n'],
    ];
    for (const [input, output] of cases) {
      const { findings } = analyze(input);
      assert.equal(findings[0].ruleId, 'REG001', input);
      const fix = findings[0].fixes?.[0];
      assert.ok(fix, input);
      const fixed = applyEdits(input, fix.edits);
      assert.equal(fixed, output);
      assert.deepEqual(analyze(fixed).findings, []);
    }
  });

  it('REGEDIT selects the Windows 3.1 format (103-105)', () => {
    const { model, findings } = analyze('REGEDIT\r\nHKEY_CLASSES_ROOT\\.demo = demofile\r\n HKEY_CLASSES_ROOT\\.skip = x\r\nhkey_classes_root\\.low = y\r\n');
    assert.deepEqual(codes(findings), ['REG031']);
    const set = model.operations.filter((o) => o.kind === 'setValue');
    assert.equal(set.length, 1);
    assert.equal(set[0].path.text, 'HKEY_CLASSES_ROOT\\.demo');
    assert.equal(Buffer.from(set[0].kind === 'setValue' ? set[0].data : []).toString('utf16le'), 'demofile\0');
  });
});
