import type { CancellationToken } from 'vscode-languageserver';

/** Thrown by a service when its request was cancelled; handlers answer with RequestCancelled. */
export class ServiceCancelled extends Error {
  constructor() {
    super('request cancelled');
  }
}

/** Lines between two looks at the token: reading a flag is cheap, but not free on a 50,000-line file. */
const CHECK_EVERY = 256;

/**
 * Returns a function to call once per line of a loop: it throws ServiceCancelled every CHECK_EVERY calls when
 * the token has been cancelled, so a long loop stops soon after the client gave up on the request.
 */
export function cancellationCheck(token: CancellationToken | undefined): () => void {
  if (!token) return () => undefined;
  let count = 0;
  return () => {
    if (++count % CHECK_EVERY === 0 && token.isCancellationRequested) throw new ServiceCancelled();
  };
}
