import * as assert from 'assert';
import * as path from 'path';
import type * as Sarif from 'sarif';
import { formatters, type LintReport, type LocatedFinding } from '../../cli/format';
import { sarifSchemaErrors } from '../helpers/sarifSchema';

const cwd = path.resolve('/work/project');

function finding(partial: Partial<LocatedFinding> & Pick<LocatedFinding, 'ruleId' | 'severity' | 'line'>): LocatedFinding {
  return { message: `${partial.ruleId} message`, offset: 10, length: 4, column: 3, endLine: partial.line, endColumn: 7, ...partial };
}

const report: LintReport = {
  cwd,
  rules: [
    { id: 'REG012', name: 'dword-too-long', description: 'A dword with more than 8 digits.', severity: 'error', fixable: false, docsUrl: 'https://example.invalid/REG012.md' },
    { id: 'AZB-001', description: 'TLS 1.2 client enabled', severity: 'warning', fixable: true },
  ],
  files: [
    {
      filePath: path.join(cwd, 'sub dir', 'tls.reg'),
      displayPath: 'sub dir/tls.reg',
      findings: [
        finding({ ruleId: 'REG012', severity: 'error', line: 3 }),
        finding({
          ruleId: 'AZB-001',
          severity: 'warning',
          line: 12,
          column: 1,
          message: 'Missing "Enabled"=dword:00000001',
          fixes: [{ title: 'Insert the value', edits: [{ offset: 40, length: 0, newText: '"Enabled"=dword:00000001\r\n' }] }],
        }),
        finding({ ruleId: 'RP001', severity: 'information', line: 100 }),
      ],
    },
    { filePath: path.join(cwd, 'clean.reg'), displayPath: 'clean.reg', findings: [] },
  ],
};

describe('stylish formatter', () => {
  it('prints the file, aligned rows and a summary, like ESLint', () => {
    assert.strictEqual(
      formatters.stylish(report),
      [
        '',
        'sub dir/tls.reg',
        '    3:3  error    REG012 message                    REG012',
        '   12:1  warning  Missing "Enabled"=dword:00000001  AZB-001',
        '  100:3  info     RP001 message                     RP001',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info)',
        '  1 problem potentially fixable with the `--fix` option.',
        '',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing for a clean run', () => {
    assert.strictEqual(formatters.stylish({ ...report, files: [report.files[1]] }), '');
  });
});

describe('json formatter', () => {
  it('lists every file with counts and positioned findings', () => {
    const parsed = JSON.parse(formatters.json(report));
    assert.strictEqual(parsed.errorCount, 1);
    assert.strictEqual(parsed.warningCount, 1);
    assert.strictEqual(parsed.informationCount, 1);
    assert.strictEqual(parsed.fixableCount, 1);
    assert.deepStrictEqual(parsed.files.map((f: { path: string }) => f.path), ['sub dir/tls.reg', 'clean.reg']);
    assert.deepStrictEqual(parsed.files[0].findings[1], {
      ruleId: 'AZB-001',
      severity: 'warning',
      message: 'Missing "Enabled"=dword:00000001',
      line: 12,
      column: 1,
      endLine: 12,
      endColumn: 7,
      offset: 10,
      length: 4,
      fixable: true,
    });
  });
});

describe('sarif formatter', () => {
  const log = JSON.parse(formatters.sarif(report)) as Sarif.Log;
  const run = log.runs[0];

  it('validates against the SARIF 2.1.0 schema', () => {
    assert.deepStrictEqual(sarifSchemaErrors(log), []);
  });

  it('lists rules by id, including ones only seen in results', () => {
    assert.deepStrictEqual(run.tool.driver.rules?.map((r) => r.id), ['REG012', 'AZB-001', 'RP001']);
    assert.strictEqual(run.tool.driver.rules?.[0].helpUri, 'https://example.invalid/REG012.md');
  });

  it('gives GitHub code scanning what it needs on each result', () => {
    const result = run.results?.[1];
    assert.ok(result);
    assert.strictEqual(result.ruleId, 'AZB-001');
    assert.strictEqual(result.ruleIndex, 1);
    assert.strictEqual(result.level, 'warning');
    assert.strictEqual(result.message.text, 'Missing "Enabled"=dword:00000001');
    const location = result.locations?.[0].physicalLocation;
    assert.deepStrictEqual(location?.artifactLocation, { uri: 'sub%20dir/tls.reg', uriBaseId: '%SRCROOT%' });
    assert.deepStrictEqual(
      [location?.region?.startLine, location?.region?.startColumn, location?.region?.endLine, location?.region?.endColumn],
      [12, 1, 12, 7],
    );
    assert.strictEqual(run.results?.[2].level, 'note');
    assert.ok(run.originalUriBaseIds?.['%SRCROOT%'].uri?.startsWith('file:///'));
    assert.ok(run.originalUriBaseIds?.['%SRCROOT%'].uri?.endsWith('/'));
  });

  it('carries fixes as replacements', () => {
    const replacement = run.results?.[1].fixes?.[0].artifactChanges[0].replacements[0];
    assert.deepStrictEqual(replacement, {
      deletedRegion: { charOffset: 40, charLength: 0 },
      insertedContent: { text: '"Enabled"=dword:00000001\r\n' },
    });
  });

  it('the schema check itself rejects a result without a message', () => {
    const broken = JSON.parse(JSON.stringify(log)) as Sarif.Log;
    delete (broken.runs[0].results![0] as Partial<Sarif.Result>).message;
    assert.notDeepStrictEqual(sarifSchemaErrors(broken), []);
  });
});
