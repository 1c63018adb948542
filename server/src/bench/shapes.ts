/**
 * Part of `npm run bench`: files made of one line shape repeated (mistakes, deletions, NULs...), at N
 * and 4N lines: decode + parse + model + syntax rules, and fix-all (what `lint --fix` and the editor's
 * fix-all do: every rule and pack, fixes applied round after round). The time should grow 4 times: a
 * search that is not bounded by its line, or a pass over everything per item, shows as a ratio near 16.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { findConfig } from '../config/resolver';
import type { ResolvedConfig } from '../config/resolve';
import { fixAll } from '../lint/fixAll';
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

function fix(text: string, config: ResolvedConfig): number {
  const start = process.hrtime.bigint();
  fixAll(decodedFromText(text), config);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function fileOf(shape: (k: number) => string, lines: number): string {
  const parts = ['Windows Registry Editor Version 5.00\r\n[HKEY_CURRENT_USER\\A]\r\n'];
  for (let k = 0; k < lines; k++) parts.push(shape(k));
  return parts.join('');
}

async function main(): Promise<void> {
  const n = Number(process.env.BENCH_SHAPE_LINES ?? 10000);
  // The built-in configuration (no .regpolicy.json above the temporary folder): the Azure Backup pack on.
  const config = await findConfig(path.join(os.tmpdir(), 'shapes.reg'));
  const rows: string[] = [];
  const cell = (small: number, large: number): string => `${small.toFixed(0).padStart(6)} ms ${large.toFixed(0).padStart(6)} ms  x${(large / small).toFixed(1).padEnd(5)}`;
  for (const [name, shape] of Object.entries(SHAPES)) {
    const [smallFile, largeFile] = [fileOf(shape, n), fileOf(shape, 4 * n)];
    // Compile the code paths this shape takes first.
    lint(fileOf(shape, 1000));
    fix(fileOf(shape, 1000), config);
    rows.push(`  ${name.padEnd(30)} ${cell(lint(smallFile), lint(largeFile))}   ${cell(fix(smallFile, config), fix(largeFile, config))}`);
  }
  const head = `  ${''.padEnd(30)} ${'lint'.padEnd(26)}   fix all`;
  process.stdout.write(`one line shape repeated, ${n} and ${4 * n} lines (x4 = linear)\n${head}\n${rows.join('\n')}\n`);
}

void main();
