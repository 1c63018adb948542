import type { Severity } from '../../findings/types';
import { countFindings, type Formatter, type LintReport } from './types';

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

type Paint = (code: string, text: string) => string;
const ansi: Paint = (code, text) => `\u001b[${code}m${text}\u001b[0m`;
const plain: Paint = (_code, text) => text;
const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '90' };

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** ESLint's stylish layout: the file, then aligned `line:col  severity  message  rule` rows, then a summary. */
export const stylish: Formatter = (report: LintReport): string => {
  let out = '';
  const paint = report.color ? ansi : plain;
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
    out += `\n${paint('4', file.displayPath)}\n`;
    rows.forEach(([position, severity, message, rule], i) => {
      // Pad before painting, so escape codes do not upset the alignment.
      const label = paint(SEVERITY_COLOR[file.findings[i].severity], severity.padEnd(widths[1]));
      out += `  ${paint('2', position.padStart(widths[0]))}  ${label}  ${message.padEnd(widths[2])}  ${paint('2', rule)}\n`;
    });
  }
  if (all.length === 0) return out;
  const c = countFindings(all);
  const parts = [plural(c.error, 'error'), plural(c.warning, 'warning')];
  if (c.information > 0) parts.push(plural(c.information, 'info', 'infos'));
  if (c.hint > 0) parts.push(plural(c.hint, 'hint'));
  const summary = `${c.error > 0 ? '✖' : '⚠'} ${plural(all.length, 'problem')} (${parts.join(', ')})`;
  out += `\n${paint(c.error > 0 ? '1;31' : '1;33', summary)}\n`;
  if (c.fixable > 0) out += `  ${plural(c.fixable, 'problem')} potentially fixable with the \`--fix\` option.\n`;
  return `${out}\n`;
};
