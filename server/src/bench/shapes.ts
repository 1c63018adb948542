/**
 * Part of `npm run bench`: decode + parse + model + syntax rules of files made of one line shape
 * repeated (mistakes, deletions, NULs...), at N and 4N lines. The time should grow 4 times: a search
 * that is not bounded by its line, or a pass over all keys per deletion, shows as a ratio near 16.
 */
import { buildModel } from '../model/build';
import { decodedFromText, parse } from '../parser/index';
import { checkSyntax } from '../rules/index';

const SHAPES: Record<string, (k: number) => string> = {
  'key line without ]': () => '[abc\r\n',
  'root-only key line': () => '[HKEY_CURRENT_USER]\r\n',
  'malformed hex(N)': () => '"v"=hex(zz:01\r\n',
  'unterminated name': () => '"abc\r\n',
  'unterminated string': () => '"a"="b\r\n',
  '9-digit dword': () => '"a"=dword:123456789\r\n',
  'junk line': (k) => `junk ${k}\r\n`,
  'NUL in a string': () => '"a"="b\0c"\r\n',
  'key, value, key deletion': (k) => `[HKEY_CURRENT_USER\\K${k}]\r\n"v"=dword:00000001\r\n[-HKEY_CURRENT_USER\\K${k >> 1}]\r\n`,
  'one value set again and again': () => '"v"=dword:00000001\r\n',
};

function lint(text: string): number {
  const start = process.hrtime.bigint();
  const doc = parse(decodedFromText(text));
  checkSyntax(doc, buildModel(doc));
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function fileOf(shape: (k: number) => string, lines: number): string {
  const parts = ['Windows Registry Editor Version 5.00\r\n[HKEY_CURRENT_USER\\A]\r\n'];
  for (let k = 0; k < lines; k++) parts.push(shape(k));
  return parts.join('');
}

function main(): void {
  const n = Number(process.env.BENCH_SHAPE_LINES ?? 10000);
  const rows: string[] = [];
  for (const [name, shape] of Object.entries(SHAPES)) {
    lint(fileOf(shape, 1000)); // compile the code paths this shape takes
    const small = lint(fileOf(shape, n));
    const large = lint(fileOf(shape, 4 * n));
    rows.push(`  ${name.padEnd(30)} ${small.toFixed(0).padStart(6)} ms  ${large.toFixed(0).padStart(6)} ms  x${(large / small).toFixed(1)}`);
  }
  process.stdout.write(`one line shape repeated, ${n} and ${4 * n} lines: decode + parse + model + syntax rules (x4 = linear)\n${rows.join('\n')}\n`);
}

main();
