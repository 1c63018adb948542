/**
 * Lint CLI benchmark: `reg-policy lint` over a folder of generated .reg files (default 2,000),
 * timed as a user sees it: a fresh `node server/dist/cli.js` process, wall clock, including
 * start-up, discovery, reading, decoding, config lookup, syntax rules, packs and the report.
 *
 *   node server/out/bench/lint-cli.js            (after `npm run build` and `tsc -b`)
 *   BENCH_FILES=5000 BENCH_RUNS=5 node server/out/bench/lint-cli.js
 *
 * run.ts (owned by the parser) can call runLintCliBenchmark() and print formatLintCliResult().
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { encodeText } from '../parser/index';
import { generateExportText } from './generate';

export interface LintCliBenchOptions {
  readonly files?: number;
  readonly runs?: number;
  /** Path of the bundled CLI; default server/dist/cli.js next to this file's package. */
  readonly cli?: string;
}

export interface LintCliBenchResult {
  readonly files: number;
  readonly bytes: number;
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly findings: number;
  readonly exitCode: number;
}

const TLS_COMPLETE = [
  'Windows Registry Editor Version 5.00',
  '',
  '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client]',
  '"Enabled"=dword:00000001',
  '"DisabledByDefault"=dword:00000000',
  '',
  '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319]',
  '"SystemDefaultTlsVersions"=dword:00000001',
  '"SchUseStrongCrypto"=dword:00000001',
  '',
  '[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319]',
  '"SystemDefaultTlsVersions"=dword:00000001',
  '"SchUseStrongCrypto"=dword:00000001',
  '',
].join('\r\n');

/** The kinds of file a repository of .reg files holds: clean TLS files, broken ones, plain settings. */
function fileText(i: number): string {
  switch (i % 4) {
    case 0:
      return TLS_COMPLETE;
    case 1: // WOW6432Node view missing, abbreviated root, misspelt protocol key
      return TLS_COMPLETE.split('\r\n').slice(0, 10).join('\r\n').replace('[HKEY_LOCAL_MACHINE\\SYSTEM', '[HKLM\\SYSTEM').replace('TLS 1.2', 'TLS1.2') + '\r\n';
    case 2: // REG_SZ where a DWORD is required, a 9-digit dword, a directive
      return TLS_COMPLETE.replace('"SchUseStrongCrypto"=dword:00000001', '"SchUseStrongCrypto"="1"').replace('"Enabled"=dword:00000001', '; reg-policy-disable-next-line REG014\r\n"Enabled"=dword:000000001');
    default:
      return generateExportText(4 * 1024 + (i % 7) * 512);
  }
}

/** Writes `count` files (half UTF-16LE + BOM as regedit exports, half ANSI) into `dir`, 100 per folder. */
export function generateLintCorpus(dir: string, count: number): number {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, `group-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) fs.mkdirSync(folder, { recursive: true });
    const text = fileText(i);
    const encoded = i % 2 === 0 ? encodeText(text, { encoding: 'utf-16le', bom: true }) : encodeText(text, { encoding: 'windows-1252', bom: false });
    fs.writeFileSync(path.join(folder, `file-${i}.reg`), encoded);
    bytes += encoded.length;
  }
  return bytes;
}

export function runLintCliBenchmark(options: LintCliBenchOptions = {}): LintCliBenchResult {
  const files = options.files ?? 2000;
  const runs = options.runs ?? 3;
  const cli = options.cli ?? path.resolve(__dirname, '..', '..', 'dist', 'cli.js');
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run "npm run build" first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reg-policy-bench-lint-'));
  try {
    const bytes = generateLintCorpus(dir, files);
    const report = path.join(dir, 'report.json');
    const times: number[] = [];
    let findings = 0;
    let exitCode = 0;
    for (let r = 0; r < runs; r++) {
      const start = process.hrtime.bigint();
      const child = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', '--output-file', report, '.'], { cwd: dir, encoding: 'utf8' });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      exitCode = child.status ?? -1;
      if (exitCode === 2) throw new Error(`reg-policy lint failed: ${child.stderr}`);
      const parsed = JSON.parse(fs.readFileSync(report, 'utf8')) as { files: unknown[]; errorCount: number; warningCount: number; informationCount: number; hintCount: number };
      if (parsed.files.length !== files) throw new Error(`linted ${parsed.files.length} files, expected ${files}`);
      findings = parsed.errorCount + parsed.warningCount + parsed.informationCount + parsed.hintCount;
    }
    const sorted = [...times].sort((a, b) => a - b);
    return { files, bytes, runs, medianMs: sorted[Math.floor(runs / 2)], minMs: sorted[0], maxMs: sorted[runs - 1], findings, exitCode };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function formatLintCliResult(r: LintCliBenchResult): string {
  return (
    `reg-policy lint: ${r.files} files (${(r.bytes / 1024 / 1024).toFixed(1)} MB, half UTF-16LE, half ANSI), ${r.findings} findings, exit ${r.exitCode}\n` +
    `  wall clock, median of ${r.runs} runs: ${r.medianMs.toFixed(0)} ms (min ${r.minMs.toFixed(0)}, max ${r.maxMs.toFixed(0)}); ` +
    `${((r.medianMs * 1000) / r.files).toFixed(0)} µs per file; node ${process.version}, ${os.cpus().length} cpus`
  );
}

if (require.main === module) {
  const result = runLintCliBenchmark({ files: Number(process.env.BENCH_FILES ?? 2000), runs: Number(process.env.BENCH_RUNS ?? 3) });
  console.log(formatLintCliResult(result));
}
