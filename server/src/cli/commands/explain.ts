import { CliIo, ExitCode, UsageError } from '../io';

/** `reg-policy explain FILE [--importer regedit|reg] [--encoding ...] [--json]` (issue 2/5). */
export async function explainCommand(_args: readonly string[], _io: CliIo): Promise<number> {
  throw new UsageError('explain is not implemented yet');
  return ExitCode.ok;
}
