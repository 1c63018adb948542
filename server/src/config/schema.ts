/**
 * JSON Schema (draft-07) of `.regpolicy.json`. The source of truth: schemas/regpolicy.schema.json
 * is this object written out (a test fails when the two differ; see config/schemaFile.ts).
 */
export const SEVERITY_SETTINGS = ['off', 'error', 'warning', 'information', 'hint'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

export const CONFIG_FILE_NAME = '.regpolicy.json';

export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/reg-policy/reg-policy/blob/main/schemas/regpolicy.schema.json',
  title: 'Reg Policy configuration (.regpolicy.json)',
  description:
    'Settings for reg-policy lint and the Reg Policy language server. The nearest .regpolicy.json above a .reg file applies to it.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    packs: {
      description:
        'Rule packs to enforce, by id (replaces the default list). Built-in: azure-backup-tls12 (the default), tls-legacy-protocols-disabled. Packs loaded from extraPacks are always enforced.',
      type: 'array',
      items: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' },
      uniqueItems: true,
    },
    extraPacks: {
      description: 'Rule pack files to load, relative to this configuration file.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
      uniqueItems: true,
    },
    rules: {
      description: 'Severity per rule id (REG012, AZB-003, RP001, ...): "off" turns the rule off.',
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9_.-]*$' },
      additionalProperties: { enum: [...SEVERITY_SETTINGS] },
    },
    targetOs: {
      description:
        'Windows versions the files are meant for (ws2008sp2, ws2012r2, win11, ...). Default: every OS the packs name (the strictest).',
      type: 'array',
      items: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' },
      minItems: 1,
      uniqueItems: true,
    },
    importer: {
      description: 'Which importer to model: regedit (double-click, default) or reg (reg.exe import).',
      enum: ['regedit', 'reg'],
    },
    codePage: {
      description: 'ANSI code page for files without a UTF-16 byte order mark (default windows-1252).',
      type: 'string',
      minLength: 1,
    },
    ignore: {
      description: 'Globs (relative to this configuration file) of .reg files not to lint.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
  },
} as const;

/** The shape configSchema accepts. */
export interface ConfigFileContents {
  readonly $schema?: string;
  readonly packs?: readonly string[];
  readonly extraPacks?: readonly string[];
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
  readonly targetOs?: readonly string[];
  readonly importer?: 'regedit' | 'reg';
  readonly codePage?: string;
  readonly ignore?: readonly string[];
}
