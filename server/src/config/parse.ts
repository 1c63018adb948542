import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { ConfigError } from './errors';
import { configSchema, type ConfigFileContents } from './schema';

let validator: ValidateFunction | undefined;

function validate(value: unknown): ErrorObject | undefined {
  validator ??= new Ajv({ allErrors: false, strict: true, verbose: true }).compile(configSchema);
  return validator(value) ? undefined : (validator.errors ?? [])[0];
}

/** Parses and schema-checks the text of a `.regpolicy.json`; throws ConfigError naming file + JSON pointer. */
export function parseConfigText(text: string, file: string): ConfigFileContents {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new ConfigError(file, '', `invalid JSON: ${jsonErrorText(err, text)}`);
  }
  const error = validate(value);
  if (error) {
    const { pointer, detail } = describeSchemaError(error);
    throw new ConfigError(file, pointer, detail);
  }
  return value as ConfigFileContents;
}

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Turns an ajv error into the pointer of the offending part and a sentence about it. */
export function describeSchemaError(error: ErrorObject): { pointer: string; detail: string } {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      return {
        pointer: `${at}/${escapePointerSegment(name)}`,
        detail: `unknown property "${name}"${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`,
      };
    }
    case 'enum':
      return {
        pointer: at,
        detail: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'pattern':
    case 'propertyNames':
      if (error.propertyName !== undefined) {
        return { pointer: `${at}/${escapePointerSegment(error.propertyName)}`, detail: `"${error.propertyName}" is not a valid name` };
      }
      return { pointer: at, detail: `"${String(params.pattern)}" pattern not matched` };
    default:
      return { pointer: at, detail: error.message ?? `fails "${error.keyword}"` };
  }
}

function jsonErrorText(err: unknown, text: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const position = /at position (\d+)/.exec(message);
  if (!position) return message;
  const offset = Number(position[1]);
  const before = text.slice(0, offset).split(/\r\n|\n|\r/);
  return `${message} (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}
