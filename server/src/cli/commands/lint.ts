import { CliIo, ExitCode, UsageError } from '../io';

/** `reg-policy lint [paths or globs...]` (issue 3/5). */
export async function lintCommand(_args: readonly string[], _io: CliIo): Promise<number> {
  throw new UsageError('lint is not implemented yet');
  return ExitCode.ok;
}
