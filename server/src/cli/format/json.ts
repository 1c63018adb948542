import { VERSION } from '../../version';
import { countFindings, type Formatter, type LintReport } from './types';

/**
 * Machine-readable report. Stable shape (documented in docs/cli.md):
 * `{ version, files: [{ path, errorCount, warningCount, findings: [...] }], errorCount, ... }`.
 */
export const json: Formatter = (report: LintReport): string => {
  const files = report.files.map((file) => {
    const c = countFindings(file.findings);
    return {
      path: file.displayPath,
      errorCount: c.error,
      warningCount: c.warning,
      informationCount: c.information,
      hintCount: c.hint,
      fixableCount: c.fixable,
      findings: file.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        offset: f.offset,
        length: f.length,
        fixable: (f.fixes?.length ?? 0) > 0,
        ...(f.docsUrl ? { docsUrl: f.docsUrl } : {}),
      })),
    };
  });
  const total = countFindings(report.files.flatMap((f) => f.findings));
  return `${JSON.stringify(
    {
      tool: 'reg-policy',
      version: VERSION,
      errorCount: total.error,
      warningCount: total.warning,
      informationCount: total.information,
      hintCount: total.hint,
      fixableCount: total.fixable,
      files,
    },
    null,
    2,
  )}\n`;
};
