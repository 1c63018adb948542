import { promises as fs } from 'fs';
import { isPackLoadError, loadPack, type LoadedPack } from '../policy';
import { ConfigError } from './errors';

/** Reads and loads a rule pack file; any failure is a ConfigError naming the file and JSON pointer. */
export async function loadPackFile(file: string): Promise<LoadedPack> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    throw new ConfigError(file, '', `cannot read rule pack (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new ConfigError(file, '', `invalid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const result = loadPack(json, file);
  if (isPackLoadError(result)) {
    const first = result.problems[0];
    const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more)` : '';
    throw new ConfigError(file, result.pointer, `invalid rule pack: ${first?.message ?? result.message}${more}`);
  }
  return result;
}
