// Injected at bundle time would be nicer, but reading package.json keeps tsc and esbuild in agreement.
import pkg from '../package.json';

export const VERSION: string = pkg.version;
