import * as fs from 'fs';
import * as path from 'path';
import type { ExplainOperation } from '../../explain';

/** One operation as `reg-policy explain --json` prints it. */
export type ExpectedOperation = ExplainOperation;

/** The content of a `<id>.expected.json` file (format: test-fixtures/parser/README.md). */
export interface ExpectedResult {
  readonly case: number | string;
  readonly description: string;
  readonly importer?: 'regedit' | 'reg';
  /** ANSI code page to read the file with (explain's `codePage`); default Windows-1252. */
  readonly codePage?: string;
  readonly imports: boolean;
  readonly encoding?: string;
  readonly bom?: boolean;
  readonly eol?: string;
  readonly header?: string;
  readonly operations: readonly ExpectedOperation[];
  readonly diagnostics?: readonly string[];
  readonly verifiedWith: string;
  readonly note?: string;
}

export interface ConformanceFixture {
  readonly id: string;
  readonly regPath: string;
  readonly bytes: Uint8Array;
  readonly expected: ExpectedResult;
}

export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
export const fixturesDir = path.join(repoRoot, 'test-fixtures', 'parser');

/** Every `test-fixtures/parser/*.reg` with its expectations, sorted by id. */
export function loadFixtures(): ConformanceFixture[] {
  return fs
    .readdirSync(fixturesDir)
    .filter((name) => name.endsWith('.reg'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.reg'.length);
      const regPath = path.join(fixturesDir, name);
      const expected = JSON.parse(fs.readFileSync(path.join(fixturesDir, `${id}.expected.json`), 'utf8')) as ExpectedResult;
      return { id, regPath, bytes: fs.readFileSync(regPath), expected };
    });
}

/** `§14 case 33` for a numbered edge case, the section reference (`§6.2`) otherwise. */
export function caseLabel(expected: ExpectedResult): string {
  return typeof expected.case === 'number' ? `§14 case ${expected.case}` : expected.case;
}
