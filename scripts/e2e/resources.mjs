// Everything the runner starts (code-server's process group, the browser, temporary folders) is registered here
// as soon as it exists, so a failure, a time limit or Ctrl+C releases all of it, newest first, exactly once.
export class Resources {
  #releases = [];
  #closing;

  get closing() {
    return this.#closing !== undefined;
  }

  /** Registers `release`; if closing has already begun (a signal arrived meanwhile), it runs right away. */
  add(release) {
    if (this.#closing) this.#closing = this.#closing.then(() => runSafely(release));
    else this.#releases.push(release);
  }

  closeAll() {
    this.#closing ??= (async () => {
      while (this.#releases.length > 0) await runSafely(this.#releases.pop());
    })();
    return this.#closing;
  }
}

async function runSafely(release) {
  try {
    await release();
  } catch (error) {
    console.error(`[e2e] cleanup: ${error.message}`);
  }
}
