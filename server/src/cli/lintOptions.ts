import * as path from 'path';
import { parseArgs } from 'util';
import { FORMAT_NAMES } from './format';
import { UsageError } from './io';

export const LINT_HELP = `Usage: reg-policy lint [paths or globs...] [options]

Checks .reg files (as regedit reads them) with the syntax rules and the enabled rule packs.
Without paths: every .reg file under the current folder, skipping node_modules and .git.

Options:
  -f, --format stylish|json|sarif  output format (default: stylish)
  -o, --output-file FILE           write the report to FILE instead of stdout
      --fix                        rewrite files with every available fix (keeps encoding, BOM, line endings)
  -c, --config FILE                use this .regpolicy.json for every file (default: nearest one above each file)
      --pack FILE                  also enforce the rule pack in FILE (repeatable)
      --target-os LIST             comma-separated OS ids, e.g. ws2012r2,ws2019 (default: from config, else all)
      --importer regedit|reg       model double-click regedit (default) or reg.exe import
      --code-page NAME             ANSI code page for files without a UTF-16 BOM (default: windows-1252)
      --max-warnings N             exit with 1 when there are more than N warnings
      --quiet                      report errors only
      --color, --no-color          force or suppress colours in stylish output (default: on a terminal)
  -h, --help                       show this help

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, configuration or I/O error.
`;

export interface LintOptions {
  readonly patterns: readonly string[];
  readonly format: string;
  readonly outputFile?: string;
  readonly fix: boolean;
  readonly configFile?: string;
  readonly packFiles: readonly string[];
  readonly targetOs?: readonly string[];
  readonly importer?: 'regedit' | 'reg';
  readonly codePage?: string;
  /** -1: no limit. */
  readonly maxWarnings: number;
  readonly quiet: boolean;
  /** Undefined: colours when stdout is a terminal (NO_COLOR and FORCE_COLOR respected). */
  readonly color?: boolean;
  readonly help: boolean;
}

/** Parses `reg-policy lint` arguments; throws UsageError with a one-line message. */
export function parseLintArgs(args: readonly string[], cwd: string): LintOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        fix: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        pack: { type: 'string', multiple: true },
        'target-os': { type: 'string' },
        importer: { type: 'string' },
        'code-page': { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError(argumentErrorText(err));
  }
  const v = parsed.values;
  const format = v.format ?? 'stylish';
  if (!FORMAT_NAMES.includes(format)) throw new UsageError(`unknown format "${format}" (use ${FORMAT_NAMES.join(', ')})`);
  if (v.importer !== undefined && v.importer !== 'regedit' && v.importer !== 'reg') {
    throw new UsageError(`--importer must be regedit or reg, not "${v.importer}"`);
  }
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(v['max-warnings'])) throw new UsageError(`--max-warnings needs a whole number, not "${v['max-warnings']}"`);
    maxWarnings = Number(v['max-warnings']);
  }
  const targetOs = v['target-os']?.split(/[\s,]+/).filter((s) => s.length > 0);
  if (targetOs && targetOs.length === 0) throw new UsageError('--target-os needs at least one OS id');
  return {
    patterns: parsed.positionals,
    format,
    outputFile: v['output-file'] !== undefined ? path.resolve(cwd, v['output-file']) : undefined,
    fix: v.fix ?? false,
    configFile: v.config !== undefined ? path.resolve(cwd, v.config) : undefined,
    packFiles: (v.pack ?? []).map((p) => path.resolve(cwd, p)),
    targetOs,
    importer: v.importer as LintOptions['importer'],
    codePage: v['code-page'],
    maxWarnings,
    quiet: v.quiet ?? false,
    color: v['no-color'] ? false : v.color,
    help: v.help ?? false,
  };
}

function argumentErrorText(err: unknown): string {
  const e = err as { code?: string; message?: string };
  const message = e.message ?? String(err);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '?';
  const long = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option "${quoted}" (try --help)`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message.includes('argument missing') ? `${long} needs a value` : `${long} does not take a value`;
    default:
      return message.split('\n')[0];
  }
}

/** Colours by default only on a terminal; NO_COLOR (https://no-color.org) turns them off, FORCE_COLOR on. */
export function defaultColor(env: NodeJS.ProcessEnv, isTty: boolean): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTty;
}
