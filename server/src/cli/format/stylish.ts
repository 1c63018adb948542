import type { Severity } from '../../findings/types';
import { countFindings, type Formatter, type LintReport } from './types';

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** ESLint's stylish layout: the file, then aligned `line:col  severity  message  rule` rows, then a summary. */
export const stylish: Formatter = (report: LintReport): string => {
  let out = '';
  const all = report.files.flatMap((f) => f.findings);
  for (const file of report.files) {
    if (file.findings.length === 0) continue;
    const rows = file.findings.map((f) => [
      `${f.line}:${f.column}`,
      LABEL[f.severity],
      f.message.replace(/\s*[\r\n]+\s*/g, ' '),
      f.ruleId,
    ]);
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
    out += `\n${file.displayPath}\n`;
    for (const [position, severity, message, rule] of rows) {
      out += `  ${position.padStart(widths[0])}  ${severity.padEnd(widths[1])}  ${message.padEnd(widths[2])}  ${rule}\n`;
    }
  }
  if (all.length === 0) return out;
  const c = countFindings(all);
  const parts = [plural(c.error, 'error'), plural(c.warning, 'warning')];
  if (c.information > 0) parts.push(plural(c.information, 'info', 'infos'));
  if (c.hint > 0) parts.push(plural(c.hint, 'hint'));
  out += `\n${c.error > 0 ? '✖' : '⚠'} ${plural(all.length, 'problem')} (${parts.join(', ')})\n`;
  if (c.fixable > 0) out += `  ${plural(c.fixable, 'problem')} potentially fixable with the \`--fix\` option.\n`;
  return `${out}\n`;
};
