import { promises as fs } from 'fs';
import * as path from 'path';
import { ConfigResolver, isIgnored, type ConfigOverrides, type ResolvedConfig } from '../../config';
import { ruleCatalog, type RuleInfo } from '../../lint';
import { findFiles } from '../../workspace/files';
import { countFindings, formatters, type FileReport } from '../format';
import { CliIo, ExitCode } from '../io';
import { defaultColor, LINT_HELP, parseLintArgs, type LintOptions } from '../lintOptions';
import { lintFiles } from '../lintFile';

/** `reg-policy lint [paths or globs...]` (docs/cli.md). */
export async function lintCommand(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseLintArgs(args, io.cwd);
  if (options.help) {
    io.stdout(LINT_HELP);
    return ExitCode.ok;
  }
  const overrides: ConfigOverrides = {
    configFile: options.configFile,
    packFiles: options.packFiles,
    targetOs: options.targetOs,
    importer: options.importer,
    codePage: options.codePage,
  };
  const resolver = new ConfigResolver(overrides, io.cwd);
  const found = await findFiles(options.patterns, { cwd: io.cwd });

  // Configs are resolved here first (once per folder): a bad .regpolicy.json or pack stops the run
  // before any file is touched, ignore globs apply, and the report learns which rules can fire.
  const files: string[] = [];
  const configs = new Set<ResolvedConfig>();
  for (const file of found) {
    const config = await resolver.forFile(file);
    if (isIgnored(config, file)) continue;
    configs.add(config);
    files.push(file);
  }
  if (configs.size === 0) configs.add(await resolver.forFile(path.join(io.cwd, 'file.reg')));

  const linted = await lintFiles(files, resolver, { fix: options.fix, cwd: io.cwd });
  const reports = options.quiet ? linted.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : linted;

  const color = options.color ?? (options.outputFile === undefined && defaultColor(process.env, process.stdout.isTTY === true));
  const output = formatters[options.format]({ cwd: io.cwd, color, files: reports, rules: rulesOf(configs) });
  await write(output, options, io);
  return exitCode(reports, options, io);
}

function rulesOf(configs: ReadonlySet<ResolvedConfig>): RuleInfo[] {
  const byId = new Map<string, RuleInfo>();
  for (const config of configs) for (const rule of ruleCatalog(config.packs)) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  return [...byId.values()];
}

async function write(output: string, options: LintOptions, io: CliIo): Promise<void> {
  if (options.outputFile === undefined) {
    io.stdout(output);
    return;
  }
  const file = options.outputFile;
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, output);
  } catch (err) {
    throw new Error(`cannot write ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
}

function exitCode(reports: readonly FileReport[], options: LintOptions, io: CliIo): number {
  const counts = countFindings(reports.flatMap((r) => r.findings));
  if (counts.error > 0) return ExitCode.problems;
  if (!options.quiet && options.maxWarnings >= 0 && counts.warning > options.maxWarnings) {
    io.stderr(`reg-policy: too many warnings (${counts.warning}, maximum ${options.maxWarnings})\n`);
    return ExitCode.problems;
  }
  return ExitCode.ok;
}
