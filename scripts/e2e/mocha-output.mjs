// Sorts the workbench's output into mocha's report and everything else (workbench and extension host logs),
// and remembers the report so its summary can be printed last.

/**
 * The suite (client/src/test/index.ts) starts each line of mocha's report with this marker when it finds it in
 * its environment; the runner passes it to code-server, whose extension host inherits it.
 */
export const MOCHA_LINE_MARKER = '\u2063[mocha]';
const SUMMARY_START = /^\s*\d+ passing \(/;

export class MochaOutput {
  #lines = [];
  #verbose;

  constructor({ verbose = false } = {}) {
    this.#verbose = verbose;
  }

  /** One formatted console call of the workbench; `type` is the console method (info, warn, error...). */
  add(type, text) {
    // console.log adds its own newline again.
    const message = text.endsWith('\n') ? text.slice(0, -1) : text;
    if (message.startsWith(MOCHA_LINE_MARKER)) {
      const report = message.slice(MOCHA_LINE_MARKER.length);
      console.log(report);
      this.#lines.push(...report.split('\n'));
    } else if (this.#verbose || type === 'error' || type === 'warn') {
      // Workbench errors (a grammar that fails to load, an extension that throws) explain failing tests.
      console.log(`[workbench ${type}] ${message}`);
    }
  }

  /** The lines from "N passing (..)" to the end: counts, then each failure with its stack; undefined if absent. */
  summary() {
    const start = this.#lines.findLastIndex((line) => SUMMARY_START.test(line));
    return start < 0 ? undefined : this.#lines.slice(start).join('\n');
  }
}
