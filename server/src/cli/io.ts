/** Exit codes shared by every CLI command. */
export const ExitCode = {
  ok: 0,
  problems: 1,
  usage: 2,
} as const;

export class UsageError extends Error {}

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
};
