import * as assert from 'assert';
import { FoldingRangeKind } from 'vscode-languageserver';
import { decodedFromText, parse } from '../../parser';
import { foldingRanges } from '../../services/folding';
import { fixture } from './editorInput';

describe('services/folding', () => {
  it('folds key sections, continued hex values and comment blocks', () => {
    const ranges = foldingRanges(parse(decodedFromText(fixture('messy.reg'))));
    const view = ranges.map((r) => `${r.startLine}-${r.endLine}${r.kind ? ` ${r.kind}` : ''}`);
    assert.deepStrictEqual(view, [
      '1-13', // [Demo] through "Del" (the blank lines after it are not part of it)
      '7-9', // "Wrapped" over three lines
      '10-11', // "Commented" over two lines
      '17-18 comment', // the two comment lines above [Sub]
      '19-23', // [Sub] through "BadHex"
      '24-25', // [Sub ] and its value
      '26-27', // the malformed key line and the value after it
    ]);
  });

  it('does not fold a lone comment line or a key without values', () => {
    const doc = parse(decodedFromText('REGEDIT4\n; one\n[HKEY_CURRENT_USER\\A]\n\n[HKEY_CURRENT_USER\\B]\n'));
    assert.deepStrictEqual(foldingRanges(doc), []);
  });

  it('marks comment blocks with the comment kind', () => {
    const doc = parse(decodedFromText('REGEDIT4\n; a\n# b\n'));
    assert.deepStrictEqual(foldingRanges(doc), [{ startLine: 1, endLine: 2, kind: FoldingRangeKind.Comment }]);
  });
});
