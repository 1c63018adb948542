import * as fs from 'fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The official SARIF 2.1.0 JSON schema (rtm.5, the one schemastore and GitHub use), as shipped
 * in the @microsoft/jest-sarif package: no network needed. It is draft-04; ajv 8 reads it once
 * the draft-04 `id` is spelled `$id`.
 */
let validate: ReturnType<Ajv['compile']> | undefined;

export function sarifSchemaErrors(log: unknown): string[] {
  if (!validate) {
    const file = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    delete schema.$schema;
    schema.$id = schema.id;
    delete schema.id;
    // The schema's language pattern is not valid with the u flag (a stray ']'), so regexps are compiled without it.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validate = ajv.compile(schema);
  }
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? e.keyword}`);
}
