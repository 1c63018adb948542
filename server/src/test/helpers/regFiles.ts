import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root (server/out/test/helpers → four levels up). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

/** Every `.reg` file of the test fixtures and of ../shared/corpus/real-world (when it is there). */
export function fixtureAndCorpusFiles(): string[] {
  return [path.join(repoRoot, 'test-fixtures'), path.resolve(repoRoot, '..', 'shared', 'corpus', 'real-world')].flatMap(regFiles);
}

function regFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? regFiles(path.join(dir, e.name)) : e.name.toLowerCase().endsWith('.reg') ? [path.join(dir, e.name)] : []));
}
