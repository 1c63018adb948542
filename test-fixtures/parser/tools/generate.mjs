#!/usr/bin/env node
// Writes test-fixtures/parser/<id>.reg and <id>.expected.json for every case in cases/,
// removes fixtures that no longer have a case, and refreshes the case table in README.md.
//   node test-fixtures/parser/tools/generate.mjs          write
//   node test-fixtures/parser/tools/generate.mjs --check  exit 1 if anything on disk differs
import { existsSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allCases, groups } from './cases/index.mjs';
import { caseBytes } from './file.mjs';
import { expectedJson } from './expected.mjs';
import { validateCase } from './validate.mjs';
import { checkDiagnosticTable } from './diagnostics.mjs';

const toolsDir = dirname(fileURLToPath(import.meta.url));
const fixturesDir = dirname(toolsDir);
const verificationPath = join(toolsDir, 'wine-verification.json');
const check = process.argv.includes('--check');

const verification = existsSync(verificationPath) ? JSON.parse(readFileSync(verificationPath, 'utf8')) : {};
const wanted = new Map();
const seen = new Set();
for (const def of allCases) {
  validateCase(def, seen);
  wanted.set(`${def.id}.reg`, def.bytes ? def.bytes() : caseBytes(def));
  wanted.set(`${def.id}.expected.json`, Buffer.from(JSON.stringify(expectedJson(def, verification[def.id]), null, 2) + '\n'));
}
checkDiagnosticTable(allCases.map((c) => c.id));
wanted.set('README.md', Buffer.from(readmeWithTable(readFileSync(join(fixturesDir, 'README.md'), 'utf8'))));

const differences = [];
for (const [name, bytes] of wanted) {
  const path = join(fixturesDir, name);
  if (existsSync(path) && readFileSync(path).equals(bytes)) continue;
  differences.push(`changed: ${name}`);
  if (!check) writeFileSync(path, bytes);
}
for (const name of readdirSync(fixturesDir)) {
  if (!/\.(reg|expected\.json)$/.test(name) || wanted.has(name)) continue;
  differences.push(`stale: ${name}`);
  if (!check) unlinkSync(join(fixturesDir, name));
}
if (check && differences.length > 0) {
  console.error(differences.join('\n'));
  console.error('Fixtures are out of date: run node test-fixtures/parser/tools/generate.mjs');
  process.exit(1);
}
console.log(`${allCases.length} cases; ${differences.length} file(s) ${check ? 'differ' : 'written or removed'}`);

function readmeWithTable(readme) {
  const start = '<!-- cases:start -->';
  const end = '<!-- cases:end -->';
  const rows = groups.flatMap((g) => [
    `| **${g.title}** | | | |`,
    ...g.cases.map((c) => {
      const v = verification[c.id];
      const wine = c.specOnly ? 'spec only' : !v ? 'not run' : v.agrees ? 'agrees' : '**disagrees**';
      return `| ${c.case} | \`${c.id}\` | ${c.description.replace(/\|/g, '\\|')} | ${wine} |`;
    }),
  ]);
  const table = ['| § 14 case | Fixture | What it pins | Wine |', '|---|---|---|---|', ...rows].join('\n');
  const before = readme.slice(0, readme.indexOf(start) + start.length);
  const after = readme.slice(readme.indexOf(end));
  return `${before}\n${table}\n${after}`;
}
