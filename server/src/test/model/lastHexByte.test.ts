import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lastHexByteEnd } from '../../model/lastHexByte';
import type { RegDocument, ValueLine } from '../../parser/ast';
import { decodeBytes, parse } from '../../parser/index';
import { TokenKind } from '../../parser/tokens';
import { fixtureAndCorpusFiles, repoRoot } from '../helpers/regFiles';

/** The answer the tokens give: the end of the last HexByte token inside the data span. */
function fromTokens(doc: RegDocument, node: ValueLine): number {
  const end = node.dataSpan.offset + node.dataSpan.length;
  for (let i = doc.tokens.indexAt(Math.max(0, end - 1)); i >= 0 && doc.tokens.offsetAt(i) >= node.dataSpan.offset; i--) {
    if (doc.tokens.kindAt(i) === TokenKind.HexByte) return doc.tokens.offsetAt(i) + doc.tokens.lengthAt(i);
  }
  return -1;
}

describe('lastHexByteEnd (end of a hex value\'s last byte, read from the text)', () => {
  const files = fixtureAndCorpusFiles();

  it('agrees with the tokens for every valid hex value of the fixtures and the corpus', () => {
    let compared = 0;
    for (const file of files) {
      const doc = parse(decodeBytes(fs.readFileSync(file)));
      for (const node of doc.lines) {
        if (node.kind !== 'value' || node.dataKind !== 'hex' || !node.valid) continue;
        assert.equal(lastHexByteEnd(doc, node), fromTokens(doc, node), `${path.relative(repoRoot, file)}:${node.line}`);
        compared++;
      }
    }
    assert.ok(compared > 1000, `compared ${compared} values`);
  });

  it('skips comments after a continuation and comment lines inside the value', () => {
    const text = 'Windows Registry Editor Version 5.00\r\n[HKEY_CURRENT_USER\\A]\r\n"v"=hex(7):41,00,\\ ; ab\r\n; cd\r\n  42,00,\\ ;ef\r\n\r\n';
    const doc = parse(decodeBytes(Buffer.from(text, 'latin1')));
    const node = doc.lines[2] as ValueLine;
    assert.equal(lastHexByteEnd(doc, node), text.indexOf('42,00') + 5);
  });
});
