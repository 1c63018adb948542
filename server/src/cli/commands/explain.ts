import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { explain, ExplainResult } from '../../explain';
import { typeName } from '../../model/bytes';
import { normalizeCodePage } from '../../parser/encoding';
import { CliIo, ExitCode, UsageError } from '../io';

export const EXPLAIN_HELP = `Usage: reg-policy explain FILE [--importer regedit|reg] [--encoding CODEPAGE] [--json]

Describes what importing FILE does: the keys and values it creates, changes and deletes,
and every line regedit would skip or misread.

  --importer regedit|reg   read the file as regedit (default) or reg import reads it
  --encoding CODEPAGE      ANSI code page for files without a UTF-16 BOM (default windows-1252)
  --json                   print one JSON object instead of text
`;

interface ExplainArgs {
  file: string;
  importer: 'regedit' | 'reg';
  codePage?: string;
  json: boolean;
}

function parseArgs(args: readonly string[]): ExplainArgs | 'help' {
  let file: string | undefined;
  let importer: 'regedit' | 'reg' = 'regedit';
  let codePage: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const takeValue = (): string => {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      return value;
    };
    if (flag === '--help' || flag === '-h') return 'help';
    else if (flag === '--json') json = true;
    else if (flag === '--importer') {
      const value = takeValue();
      if (value !== 'regedit' && value !== 'reg') throw new UsageError(`--importer must be regedit or reg (got "${value}")`);
      importer = value;
    } else if (flag === '--encoding') {
      const value = takeValue();
      const normalized = normalizeCodePage(value);
      if (!normalized) throw new UsageError(`unknown encoding "${value}" (try windows-1252, windows-1251, ...)`);
      codePage = normalized;
    } else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option ${flag}`);
    else if (file === undefined) file = arg;
    else throw new UsageError('explain takes exactly one FILE');
  }
  if (file === undefined) throw new UsageError('missing FILE (usage: reg-policy explain FILE [--importer regedit|reg] [--encoding CP] [--json])');
  return { file, importer, codePage, json };
}

function quoteName(name: string): string {
  return name === '' ? 'the default value' : `"${name}"`;
}

function describeData(type: number, hex: string): string {
  const bytes = Buffer.from(hex, 'hex');
  if (type === 4 && bytes.length === 4) return `${typeName(type)} 0x${bytes.readUInt32LE(0).toString(16).padStart(8, '0')} (${bytes.readUInt32LE(0)})`;
  if ((type === 1 || type === 2) && bytes.length % 2 === 0) {
    const text = bytes.toString('utf16le').replace(/\0+$/, '');
    if (!text.includes('\0')) return `${typeName(type)} ${JSON.stringify(text)}`;
  }
  if (type === 7 && bytes.length % 2 === 0) {
    const parts = bytes.toString('utf16le').replace(/\0\0$/, '').split('\0').filter((s, i, all) => !(i === all.length - 1 && s === ''));
    return `${typeName(type)} [${parts.map((p) => JSON.stringify(p)).join(', ')}]`;
  }
  return `${typeName(type)} ${bytes.length} byte${bytes.length === 1 ? '' : 's'}${bytes.length > 0 ? `: ${hex.slice(0, 48).replace(/(..)(?=.)/g, '$1 ')}${hex.length > 48 ? ' …' : ''}` : ''}`;
}

/** The plain-words description. */
export function formatExplanation(result: ExplainResult): string {
  const out: string[] = [];
  const eol = { crlf: 'CR LF', lf: 'LF', cr: 'CR', mixed: 'mixed', none: 'no' }[result.eol];
  out.push(`${result.file}: ${result.encoding}${result.bom ? ' with BOM' : ''}, ${eol} line breaks, header ${result.header ? `"${result.header}"` : 'missing or invalid'}`);
  if (!result.imports) out.push('regedit imports nothing from this file.');
  else if (result.operations.length === 0) out.push('Importing this file changes nothing.');
  else {
    out.push('Importing this file:');
    for (const op of result.operations) {
      const where = `  line ${op.line}: `;
      if (op.op === 'createKey') out.push(`${where}open (create if missing) ${op.key}`);
      else if (op.op === 'deleteKey') out.push(`${where}delete ${op.key} and all its subkeys`);
      else if (op.op === 'deleteValue') out.push(`${where}delete ${quoteName(op.name ?? '')} in ${op.key}`);
      else out.push(`${where}set ${quoteName(op.name ?? '')} = ${describeData(op.type ?? 0, op.data ?? '')}`);
    }
  }
  if (result.diagnostics.length > 0) {
    out.push(`${result.diagnostics.length} problem${result.diagnostics.length === 1 ? '' : 's'}:`);
    for (const d of result.diagnostics) out.push(`  line ${d.line}, column ${d.column}: ${d.severity} ${d.code} ${d.message}`);
  }
  return `${out.join('\n')}\n`;
}

/** `reg-policy explain FILE [--importer regedit|reg] [--encoding ...] [--json]`. */
export async function explainCommand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    io.stdout(EXPLAIN_HELP);
    return ExitCode.ok;
  }
  const absolute = path.resolve(io.cwd, parsed.file);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(absolute);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${parsed.file}${code === 'ENOENT' ? ': no such file' : code === 'EISDIR' ? ': is a directory' : code ? `: ${code}` : ''}`);
  }
  const result = explain(bytes, { file: parsed.file, importer: parsed.importer, codePage: parsed.codePage });
  io.stdout(parsed.json ? `${JSON.stringify(result, null, 2)}\n` : formatExplanation(result));
  return ExitCode.ok;
}
