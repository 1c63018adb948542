import { VERSION } from '../version';
import { explainCommand } from './commands/explain';
import { lintCommand } from './commands/lint';
import { CliIo, ExitCode } from './io';

export const HELP = `reg-policy ${VERSION} - lint Windows Registry .reg files exactly as regedit reads them

Usage:
  reg-policy lint [paths or globs...] [options]   check .reg files against rule packs
  reg-policy explain FILE [options]              describe what importing FILE does
  reg-policy --version | --help

Run "reg-policy <command> --help" for the options of a command.
`;

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const commands: Record<string, Command> = {
  lint: lintCommand,
  explain: explainCommand,
};

/** Runs the CLI and returns the process exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    io.stdout(`${VERSION}\n`);
    return ExitCode.ok;
  }
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(HELP);
    return first === undefined ? ExitCode.usage : ExitCode.ok;
  }
  const command = commands[first];
  if (!command) {
    io.stderr(`reg-policy: unknown command "${first}" (try --help)\n`);
    return ExitCode.usage;
  }
  try {
    return await command(rest, io);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`reg-policy ${first}: ${message}\n`);
    return ExitCode.usage;
  }
}
