import { promises as fs } from 'fs';
import * as path from 'path';
import { configSchema } from './schema';

/** The exact text of schemas/regpolicy.schema.json. */
export function configSchemaText(): string {
  return `${JSON.stringify(configSchema, null, 2)}\n`;
}

/** Regenerates the schema file: `node -e "require('./server/out/config/schemaFile').writeConfigSchema('.')"`. */
export async function writeConfigSchema(repoRoot: string): Promise<void> {
  await fs.writeFile(path.join(repoRoot, 'schemas', 'regpolicy.schema.json'), configSchemaText());
}
