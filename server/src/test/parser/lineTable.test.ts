import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildModel } from '../../model/build';
import { lineTableOf } from '../../parser/document';
import { decodeBytes, decodedFromText, parse, type DecodedText } from '../../parser/index';
import { fixtureAndCorpusFiles, repoRoot } from '../helpers/regFiles';

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/**
 * A plain parse keeps blank and continuation lines as rows of its line table; an editor parse keeps
 * every line as a node. The model built from the rows, and the nodes made from them when `lines` is
 * read, must be exactly the editor parse's.
 */
function compare(decoded: DecodedText, label: string): void {
  const plain = parse(decoded);
  const editor = parse(decoded, { keepTrace: true });
  assert.ok(lineTableOf(plain), `${label}: a plain parse has a line table`);
  assert.equal(lineTableOf(editor), undefined, `${label}: an editor parse has nodes`);
  // The model first: it must not need the nodes (reading them afterwards cannot change what it saw).
  assert.deepStrictEqual(json(buildModel(plain)), json(buildModel(editor)), `${label}: model`);
  assert.deepStrictEqual(json(plain.lines), json(editor.lines), `${label}: lines`);
}

describe('line table (blank and continuation lines of a plain parse as rows)', () => {
  it('gives the model and the line nodes of an editor parse, for every fixture and corpus file', () => {
    const files = fixtureAndCorpusFiles();
    for (const file of files) compare(decodeBytes(fs.readFileSync(file)), path.relative(repoRoot, file));
    assert.ok(files.length > 400, `compared ${files.length} files`);
  });

  it('grows past its first guess of the line count, and places sections after trailing comments and continuations', () => {
    const sections = Array.from({ length: 300 }, (_, k) => `[HKEY_CURRENT_USER\\K${k}]\n"b"=hex:01,\\\n  02,\\\n\n  ; note\n  03\n\n; after\n\n`);
    compare(decodedFromText(`REGEDIT4\n\n${sections.join('')}"v"=hex:01,\\\n  ;c\n`), 'generated');
  });
});
