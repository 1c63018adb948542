import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { generateExportText } from '../../bench/generate';
import { resolveConfig, type ResolvedConfig } from '../../config';
import { lintDocument } from '../../lint';
import { decodeBytes, decodedFromText, parse, reparse, type DecodedText, type RegDocument } from '../../parser/index';
import { buildExtent } from '../../model/build';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus', 'real-world');

interface Source {
  readonly name: string;
  readonly text: string;
  readonly hint: { unicode: boolean; encoding: string; bom: boolean };
}

function fromFile(file: string): Source {
  const decoded = decodeBytes(fs.readFileSync(file));
  return { name: path.basename(file), text: decoded.text, hint: { unicode: decoded.unicode, encoding: decoded.encoding, bom: decoded.bom } };
}

function sources(): Source[] {
  const fixtureDir = path.join(repoRoot, 'test-fixtures', 'parser');
  const fixtures = fs
    .readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.reg'))
    .sort()
    .map((f) => fromFile(path.join(fixtureDir, f)));
  const ruleFixtures = ['rules/AZB-001', 'rules/AZB-002', 'rules/AZB-003', 'suppress'].flatMap((folder) => {
    const dir = path.join(repoRoot, 'test-fixtures', folder);
    return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.reg') && !f.endsWith('.fixed.reg')).map((f) => fromFile(path.join(dir, f))) : [];
  });
  const realWorld = fs.existsSync(corpus)
    ? ['mcdowellster__MDT-TLS1.2__MS_OBD_TLS1.2.reg', 'khuongduybui__setup__putty.reg', 'Esysc__MDTtools__registry8.reg', 'ahsansoftengineer__sba-net-micro__enable_tls12.reg']
        .map((f) => path.join(corpus, f))
        .filter((f) => fs.existsSync(f))
        .map(fromFile)
    : [];
  const generated: Source = { name: 'generated export', text: generateExportText(40_000), hint: { unicode: true, encoding: 'utf-16le', bom: true } };
  return [generated, ...realWorld, ...ruleFixtures, ...fixtures];
}

/** Where an edit goes: anywhere, or on a line of a kind where a change ripples furthest. */
type Place = 'anywhere' | 'header' | 'key' | 'hex' | 'value' | 'line start' | 'line end';
type EditKind = 'insert char' | 'delete char' | 'insert line' | 'delete line';
interface Edit {
  readonly kind: EditKind;
  readonly place: Place;
  readonly pick: number;
  readonly column: number;
  readonly char: string;
}

const CHARS = ['x', '0', 'f', ' ', '\t', '\r', '\n', '\r\n', '\\', ',', '[', ']', '"', '=', '@', '-', ';', '#', ':', '\0', 'é', 'reg-policy-', '; reg-policy-disable-next-line REG024 '];
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom<EditKind>('insert char', 'delete char', 'insert line', 'delete line'),
  place: fc.constantFrom<Place>('anywhere', 'header', 'key', 'hex', 'value', 'line start', 'line end'),
  pick: fc.nat(),
  column: fc.nat({ max: 200 }),
  char: fc.constantFrom(...CHARS),
});
const NEW_LINES = ['; reg-policy-target-os: win11, nosuchos', '; reg-policy-disable-file REG024', '', '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Inserted]', '"Name"=hex:01,02,\\', '  03,04', '"v"=dword:00000001', '; note', '@="x"', 'garbage', '[-HKEY_CURRENT_USER\\X]'];

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 13 || c === 10) starts.push(i + 1);
  }
  return starts;
}

function applyEdit(text: string, e: Edit): string {
  const starts = lineStarts(text);
  const lineText = (i: number): string => text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length);
  const matching = (test: (line: string) => boolean): number[] => starts.map((_, i) => i).filter((i) => test(lineText(i)));
  const candidates =
    e.place === 'header' ? [0]
    : e.place === 'key' ? matching((l) => l.trimStart().startsWith('['))
    : e.place === 'hex' ? matching((l) => /,\\\s*$/.test(l) || /^\s+[0-9a-fA-F]{2}/.test(l))
    : e.place === 'value' ? matching((l) => /^\s*["@]/.test(l))
    : starts.map((_, i) => i);
  const line = candidates.length > 0 ? candidates[e.pick % candidates.length] : e.pick % starts.length;
  const start = starts[line];
  const body = lineText(line).replace(/[\r\n]+$/, '');
  const column = e.place === 'line start' ? 0 : e.place === 'line end' ? body.length : e.column % (body.length + 1);
  const at = start + column;
  switch (e.kind) {
    case 'insert char':
      return text.slice(0, at) + e.char + text.slice(at);
    case 'delete char':
      return text.slice(0, at) + text.slice(at + 1);
    case 'insert line':
      return text.slice(0, start) + NEW_LINES[e.pick % NEW_LINES.length] + '\r\n' + text.slice(start);
    case 'delete line':
      return text.slice(0, start) + text.slice(start + lineText(line).length);
  }
}

/** Everything a parse produces, as plain data (nodes print their spans through toJSON). */
function snapshot(doc: RegDocument): unknown {
  return JSON.parse(JSON.stringify({ lines: doc.lines, header: doc.header, problems: doc.problems, tokens: doc.tokens.toArray(), imports: doc.imports, importer: doc.importer, text: doc.text }));
}

/**
 * Edits the incremental parser promises to handle without a full parse: below line 2 of a file with a
 * valid header and no encoding problem (a header or encoding change re-reads everything).
 */
function localEdit(previous: RegDocument, decoded: DecodedText): boolean {
  const kind = previous.header?.headerKind;
  if (kind !== 'v5' && kind !== 'v4' && kind !== 'regeditPrefixed') return false;
  if (previous.decoded.problems.length > 0 || decoded.problems.length > 0 || previous.lines.length < 3) return false;
  let firstChange = 0;
  while (firstChange < previous.text.length && previous.text.charCodeAt(firstChange) === decoded.text.charCodeAt(firstChange)) firstChange++;
  return firstChange > previous.lines[2].span.offset;
}

describe('incremental parse (reparse) gives exactly what a full parse gives', function () {
  this.timeout(120_000);
  const all = sources();
  // Half the runs edit the big, well-formed sources (generated, real-world, rule fixtures), half any source.
  const rich = all.length - fs.readdirSync(path.join(repoRoot, 'test-fixtures', 'parser')).filter((f) => f.endsWith('.reg')).length;
  const sourceIndex = fc.oneof(fc.nat({ max: rich - 1 }), fc.nat());
  let config: ResolvedConfig;
  let regConfig: ResolvedConfig;
  before(async () => {
    config = await resolveConfig({}, { baseDir: repoRoot }, {});
    regConfig = await resolveConfig({}, { baseDir: repoRoot }, { importer: 'reg' });
  });

  it('has sources to edit: fixtures, rule fixtures, a generated export and real-world files', () => {
    assert.ok(all.length > 100, `${all.length} sources`);
    assert.ok(all.some((s) => s.name === 'generated export'));
  });

  it('after every random edit, the syntax tree, tokens and problems match a fresh parse', () => {
    let eligible = 0;
    let reused = 0;
    fc.assert(
      fc.property(sourceIndex, fc.array(edit, { minLength: 1, maxLength: 8 }), fc.boolean(), (which, edits, regImporter) => {
        const source = all[which % all.length];
        const options = { importer: regImporter ? ('reg' as const) : ('regedit' as const) };
        let text = source.text;
        let previous = parse(decodedFromText(text, source.hint), { ...options, keepTrace: true });
        for (const e of edits) {
          text = applyEdit(text, e);
          const decoded: DecodedText = decodedFromText(text, source.hint);
          const incremental = reparse(previous, decoded, options);
          assert.deepStrictEqual(snapshot(incremental), snapshot(parse(decoded, options)), `${source.name} after ${JSON.stringify(e)}`);
          if (localEdit(previous, decoded)) {
            eligible++;
            // A full parse makes a new header node; the incremental one keeps the lines before the edit.
            if (incremental.header === previous.header) reused++;
          }
          previous = incremental;
        }
      }),
      { numRuns: 400 },
    );
    // Local edits must take the incremental path, or this property would only compare full parses.
    assert.ok(eligible > 300, `${eligible} local edits`);
    // (The few others add or remove lines above a problem whose message names a line number: parsed in full.)
    assert.ok(reused >= eligible * 0.9, `${reused} of ${eligible} local edits reused the previous parse`);
  });

  it('after every random edit, lint findings (rule, offset, length, severity, message, fixes) match a full lint', () => {
    fc.assert(
      fc.property(sourceIndex, fc.array(edit, { minLength: 1, maxLength: 6 }), fc.boolean(), (which, edits, regImporter) => {
        const source = all[which % all.length];
        const c = regImporter ? regConfig : config;
        let text = source.text;
        let previous = lintDocument(decodedFromText(text, source.hint), c, {}).doc;
        for (const e of edits) {
          text = applyEdit(text, e);
          // The editor path: the line-break style follows the edit, the parse and the directive search reuse the last version.
          const decoded = decodedFromText(text, source.hint, previous.decoded);
          const fresh = decodedFromText(text, source.hint);
          assert.deepStrictEqual(decoded, fresh, `${source.name} after ${JSON.stringify(e)}: decoded text`);
          const incremental = lintDocument(decoded, c, { previous });
          const full = lintDocument(fresh, c);
          assert.deepStrictEqual(incremental.findings, full.findings, `${source.name} after ${JSON.stringify(e)}`);
          assert.deepStrictEqual(incremental.suppressed, full.suppressed);
          assert.deepStrictEqual(JSON.parse(JSON.stringify(incremental.model)), JSON.parse(JSON.stringify(full.model)), `${source.name} after ${JSON.stringify(e)}: model`);
          previous = incremental.doc;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reuses the previous model: operations before the edited key section are the same objects', async () => {
    const text = generateExportText(400_000);
    const hint = { unicode: true, encoding: 'utf-16le', bom: true };
    const before = lintDocument(decodedFromText(text, hint), config, {});
    const middle = text.indexOf('"Enabled"', text.length >> 1);
    const edited = `${text.slice(0, middle + 1)}x${text.slice(middle + 1)}`;
    const after = lintDocument(decodedFromText(edited, hint, before.doc.decoded), config, { previous: before.doc });
    assert.strictEqual(after.model.operations[0], before.model.operations[0]);
    const firstMoved = after.model.operations.findIndex((op) => op.span.offset > middle);
    assert.ok(firstMoved > 0 && after.model.operations[firstMoved] !== before.model.operations[firstMoved], 'operations after the edit are new');
    assert.deepStrictEqual(JSON.parse(JSON.stringify(after.model)), JSON.parse(JSON.stringify(lintDocument(decodedFromText(edited, hint), config).model)));
  });

  it('moves the previous model behind the edited key section instead of building it again', () => {
    const text = generateExportText(400_000);
    const hint = { unicode: true, encoding: 'utf-16le', bom: true };
    const before = lintDocument(decodedFromText(text, hint), config, {});
    const middle = text.indexOf('"Enabled"', text.length >> 1);
    const lineOfEdit = text.slice(0, middle).split('\r\n').length;
    for (const [label, inserted] of [['a character', 'x'], ['a line', '"New"=dword:00000001\r\n']] as const) {
      const edited = `${text.slice(0, middle)}${inserted}${text.slice(middle)}`;
      const after = lintDocument(decodedFromText(edited, hint, before.doc.decoded), config, { previous: before.doc });
      const extent = buildExtent(after.model);
      assert.ok(extent && extent.builtFrom < lineOfEdit && extent.movedFrom !== undefined, `${label}: ${JSON.stringify(extent)}`);
      assert.ok(extent.movedFrom - extent.builtFrom < 40, `${label}: only the key sections around the edit are built again (${JSON.stringify(extent)})`);
      const full = lintDocument(decodedFromText(edited, hint), config);
      assert.equal(buildExtent(full.model)?.movedFrom, undefined);
      assert.deepStrictEqual(JSON.parse(JSON.stringify(after.model)), JSON.parse(JSON.stringify(full.model)), label);
      assert.deepStrictEqual(after.findings, full.findings, label);
    }
  });

  it('reuses the previous parse: an edit in the middle of a big export parses only a few lines again', () => {
    const text = generateExportText(2_000_000);
    const decoded = decodedFromText(text, { unicode: true, encoding: 'utf-16le', bom: true });
    const before = parse(decoded, { keepTrace: true });
    const middle = text.indexOf('"Enabled"', text.length >> 1);
    const edited = decodedFromText(`${text.slice(0, middle + 1)}x${text.slice(middle + 1)}`, { unicode: true, encoding: 'utf-16le', bom: true });
    const after = reparse(before, edited);
    const index = after.lines.findIndex((l) => l.span.offset <= middle && middle < l.span.offset + l.span.length + l.eol.length);
    assert.strictEqual(after.lines[index - 2], before.lines[index - 2], 'lines before the edit are the same objects');
    assert.notStrictEqual(after.lines[index + 40], before.lines[index + 40], 'lines after it are moved copies');
    assert.deepStrictEqual(snapshot(after), snapshot(parse(edited)));
  });
});
