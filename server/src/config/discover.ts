import { promises as fs } from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAME } from './schema';

/**
 * The nearest `.regpolicy.json` in `folder` or above it (up to the filesystem root), or
 * undefined. `cache` maps folders already looked at to their answer, so linting
 * thousands of files in one tree stats each folder once.
 */
export async function findConfigFile(
  folder: string,
  cache: Map<string, string | undefined> = new Map(),
): Promise<string | undefined> {
  const visited: string[] = [];
  let current = path.resolve(folder);
  let found: string | undefined;
  for (;;) {
    if (cache.has(current)) {
      found = cache.get(current);
      break;
    }
    visited.push(current);
    const candidate = path.join(current, CONFIG_FILE_NAME);
    const stat = await fs.stat(candidate).catch(() => undefined);
    if (stat?.isFile()) {
      found = candidate;
      break;
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const f of visited) cache.set(f, found);
  return found;
}
