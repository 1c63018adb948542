/**
 * Validates pack JSON against the rule-pack schema (Draft 2020-12) with ajv. The schema is
 * imported as JSON so esbuild bundles it; schemas/rule-pack.schema.json is the published
 * copy and a test keeps the two identical.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type AjvType from 'ajv/dist/2020';
import type addFormatsType from 'ajv-formats';
import schema from './rule-pack.schema.json';
import type { PackLoadProblem } from './types';

let compiled: ValidateFunction | undefined;

// ajv is loaded and the schema compiled on the first user pack only: together they cost a
// few hundred milliseconds, which every CLI run and server start would otherwise pay
// (built-in packs are validated by the tests, not at run time).
function validator(): ValidateFunction {
  if (!compiled) {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const Ajv2020 = (require('ajv/dist/2020') as { default: typeof AjvType }).default;
    const addFormats = (require('ajv-formats') as { default: typeof addFormatsType }).default;
    /* eslint-enable @typescript-eslint/no-require-imports */
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats(ajv);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

function describe(error: ErrorObject): PackLoadProblem {
  const params = error.params as Record<string, unknown>;
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties') message = `unknown property "${String(params['additionalProperty'])}"`;
  if (error.keyword === 'enum') message = `must be one of ${JSON.stringify(params['allowedValues'])}`;
  if (error.keyword === 'required') message = `missing required property "${String(params['missingProperty'])}"`;
  return { pointer: error.instancePath, message };
}

// With allErrors ajv also reports every branch of anyOf/oneOf/if; the most specific
// (deepest) errors say what is actually wrong, so those come first.
function rank(errors: readonly ErrorObject[]): ErrorObject[] {
  const combinators = new Set(['anyOf', 'oneOf', 'if', 'not', 'allOf']);
  const specific = errors.filter((e) => !combinators.has(e.keyword));
  const list = specific.length > 0 ? specific : [...errors];
  return list.sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length);
}

export function validatePackSchema(json: unknown): PackLoadProblem[] {
  const validate = validator();
  if (validate(json)) return [];
  const seen = new Set<string>();
  const problems: PackLoadProblem[] = [];
  for (const e of rank(validate.errors ?? [])) {
    const p = describe(e);
    const k = `${p.pointer} ${p.message}`;
    if (!seen.has(k)) {
      seen.add(k);
      problems.push(p);
    }
  }
  return problems;
}
