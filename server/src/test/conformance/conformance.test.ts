import * as assert from 'assert';
import { explain, ExplainOperation, ExplainResult } from '../../explain';
import { caseLabel, ConformanceFixture, ExpectedOperation, loadFixtures } from './fixtures';

// One test per fixture of test-fixtures/parser: explain() must report exactly the operations
// regedit (or `reg import`) performs for the file, checked against Wine when the fixture was made.

/** The fields a fixture pins, in a fixed order, so that deepStrictEqual prints a readable diff. */
function comparable(op: ExplainOperation | ExpectedOperation): ExpectedOperation {
  return {
    op: op.op,
    key: op.key,
    ...(op.name !== undefined ? { name: op.name } : {}),
    ...(op.type !== undefined ? { type: op.type } : {}),
    ...(op.data !== undefined ? { data: op.data } : {}),
    line: op.line,
  };
}

function checkFileFacts(actual: ExplainResult, fixture: ConformanceFixture): void {
  const { expected } = fixture;
  for (const field of ['encoding', 'bom', 'eol', 'header'] as const) {
    if (expected[field] !== undefined) assert.strictEqual(actual[field], expected[field], `${field} of ${fixture.id}.reg`);
  }
}

function checkDiagnostics(actual: ExplainResult, fixture: ConformanceFixture): void {
  const codes = new Set(actual.diagnostics.map((d) => d.code));
  for (const code of fixture.expected.diagnostics ?? []) {
    assert.ok(codes.has(code), `expected diagnostic ${code} for ${fixture.id}.reg, got ${[...codes].join(', ') || 'none'}`);
  }
}

describe('parser conformance (test-fixtures/parser, reg-format.md section 14)', () => {
  for (const fixture of loadFixtures()) {
    const { expected } = fixture;
    const importer = expected.importer ? ` [${expected.importer}]` : '';
    // A fixture that names no importer holds for both (Wine checked both): run it in both modes.
    const importers = expected.importer ? [expected.importer] : (['regedit', 'reg'] as const);
    it(`${caseLabel(expected)}${importer}: ${expected.description} (${fixture.id})`, () => {
      for (const mode of importers) {
        const actual = explain(fixture.bytes, { file: fixture.regPath, importer: mode, codePage: expected.codePage });
        const where = `${fixture.id}.reg with importer ${mode}`;
        assert.strictEqual(actual.imports, expected.imports, `imports of ${where}`);
        assert.deepStrictEqual(actual.operations.map(comparable), expected.operations.map(comparable), `operations of ${where}`);
        checkFileFacts(actual, fixture);
        checkDiagnostics(actual, fixture);
      }
    });
  }
});
