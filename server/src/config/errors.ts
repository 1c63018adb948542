/**
 * A configuration or pack file that cannot be used. The message names the file and the
 * JSON pointer of the offending part, on one line, so the CLI can print it as is.
 */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly pointer: string,
    readonly detail: string,
  ) {
    super(`${file}: ${pointer === '' ? '' : `at ${pointer}: `}${detail}`);
  }
}
