import * as path from 'path';
import { pathToFileURL } from 'url';
import type * as Sarif from 'sarif';
import type { Severity } from '../../findings/types';
import { VERSION } from '../../version';
import type { FileReport, Formatter, LintReport, LocatedFinding, RuleInfo } from './types';

const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/**
 * SARIF 2.1.0 for GitHub code scanning: every rule in `tool.driver.rules`, results with a
 * relative `artifactLocation.uri` under `%SRCROOT%` (the working folder) and 1-based
 * regions in UTF-16 code units, plus fixes as replacements.
 */
export const sarif: Formatter = (report: LintReport): string => {
  const rules = [...report.rules];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  for (const f of report.files.flatMap((file) => file.findings)) {
    if (!ruleIndex.has(f.ruleId)) {
      ruleIndex.set(f.ruleId, rules.length);
      rules.push({ id: f.ruleId, description: f.ruleId, docsUrl: f.docsUrl });
    }
  }
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'reg-policy',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: 'https://github.com/reg-policy/reg-policy',
            rules: rules.map(toDescriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(withTrailingSeparator(report.cwd)).href } },
        columnKind: 'utf16CodeUnits',
        results: report.files.flatMap((file) =>
          file.findings.map((f) => toResult(f, file, ruleIndex.get(f.ruleId) ?? -1, report.cwd)),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function toDescriptor(rule: RuleInfo): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    ...(rule.name ? { name: rule.name } : {}),
    shortDescription: { text: rule.description },
    ...(rule.docsUrl ? { helpUri: rule.docsUrl } : {}),
    defaultConfiguration: { level: LEVEL[rule.severity ?? 'warning'] },
    properties: { fixable: rule.fixable ?? false },
  };
}

function artifactLocation(file: FileReport, cwd: string): Sarif.ArtifactLocation {
  const relative = path.relative(cwd, file.filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(file.filePath).href };
  }
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function toResult(f: LocatedFinding, file: FileReport, index: number, cwd: string): Sarif.Result {
  const location = artifactLocation(file, cwd);
  const result: Sarif.Result = {
    ruleId: f.ruleId,
    ...(index >= 0 ? { ruleIndex: index } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: {
            startLine: f.line,
            startColumn: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
            charOffset: f.offset,
            charLength: f.length,
          },
        },
      },
    ],
  };
  if (f.fixes && f.fixes.length > 0) {
    result.fixes = f.fixes.map((fix) => ({
      description: { text: fix.title },
      artifactChanges: [
        {
          artifactLocation: location,
          replacements: fix.edits.map((e) => ({
            deletedRegion: { charOffset: e.offset, charLength: e.length },
            ...(e.newText.length > 0 ? { insertedContent: { text: e.newText } } : {}),
          })),
        },
      ],
    }));
  }
  return result;
}

function withTrailingSeparator(folder: string): string {
  return folder.endsWith(path.sep) ? folder : folder + path.sep;
}
