// Mocha meta-tests for the TextMate grammar and the language configuration. The grammar's colouring is tested by the
// vscode-tmgrammar-test fixtures; these tests keep the fixtures, snapshots and docs honest about what they cover.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixturesDir = join(repoRoot, 'test-fixtures', 'grammar');
const readJson = (path) => JSON.parse(readFileSync(join(repoRoot, path), 'utf8'));

function filesUnder(dir, suffix) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, suffix);
    return entry.name.endsWith(suffix) ? [path] : [];
  });
}

/** Every scope name the grammar can emit (rule names, capture names; multi-scope names split). */
function grammarScopes(grammar) {
  const scopes = new Set();
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'name' || key === 'contentName') && typeof value === 'string') {
        value.split(' ').forEach((scope) => scopes.add(scope));
      } else {
        walk(value);
      }
    }
  };
  walk(grammar.patterns);
  walk(grammar.repository);
  return scopes;
}

/** Scopes named by the `^` / `<-` assertion lines of the unit-test fixtures: `required - excluded`. */
function assertionScopes() {
  const required = new Set();
  const excluded = new Set();
  for (const file of filesUnder(fixturesDir, '.test.reg')) {
    for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
      const assertion = /^;\s*(?:[\^\s]*\^|<~*-+)\s+(.*)$/.exec(line);
      if (!assertion) continue;
      const words = assertion[1].trim().split(/\s+/);
      const dash = words.indexOf('-');
      (dash === -1 ? words : words.slice(0, dash)).forEach((scope) => required.add(scope));
      (dash === -1 ? [] : words.slice(dash + 1)).forEach((scope) => excluded.add(scope));
    }
  }
  return { required, excluded };
}

describe('grammar syntaxes/reg.tmLanguage.json', () => {
  const grammar = readJson('syntaxes/reg.tmLanguage.json');
  const scopes = grammarScopes(grammar);

  it('is the grammar package.json contributes for language reg', () => {
    const contributed = readJson('package.json').contributes.grammars;
    assert.deepEqual(contributed, [{ language: 'reg', scopeName: 'source.reg', path: './syntaxes/reg.tmLanguage.json' }]);
    assert.equal(grammar.scopeName, 'source.reg');
  });

  it('resolves every #include to a repository entry', () => {
    const includes = JSON.stringify(grammar).match(/"include":"#[^"]+"/g) ?? [];
    for (const include of includes) {
      const name = include.slice('"include":"#'.length, -1);
      assert.ok(name in grammar.repository, `missing repository entry ${name}`);
    }
  });

  it('ends every scope name with .reg', () => {
    for (const scope of scopes) assert.match(scope, /\.reg$/, scope);
  });

  it('has every scope required by at least one .test.reg assertion', () => {
    const { required } = assertionScopes();
    assert.ok(required.size > 0);
    const untested = [...scopes].filter((scope) => !required.has(scope));
    assert.deepEqual(untested, [], 'scopes without a fixture assertion');
  });

  it('names no scope in an assertion that the grammar cannot produce', () => {
    const { required, excluded } = assertionScopes();
    const unknown = [...required, ...excluded].filter((scope) => scope !== 'source.reg' && !scopes.has(scope));
    assert.deepEqual(unknown, [], 'a misspelt scope after "-" would pass silently');
  });

  it('documents exactly its scopes in test-fixtures/grammar/README.md', () => {
    const readme = readFileSync(join(fixturesDir, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Scopes'));
    const documented = new Set([...table.matchAll(/^\|([^|]*)\|/gm)].flatMap((row) => [...row[1].matchAll(/`([a-z][\w.-]*\.reg)`/g)].map((m) => m[1])));
    assert.deepEqual([...scopes].filter((s) => !documented.has(s)), [], 'scopes missing from the README table');
    assert.deepEqual([...documented].filter((s) => !scopes.has(s)), [], 'README lists scopes the grammar lacks');
  });

  it('has a committed .snap beside every snapshot source', () => {
    const sources = readdirSync(join(fixturesDir, 'snapshots')).filter((name) => name.endsWith('.reg'));
    assert.ok(sources.length > 0);
    for (const source of sources) {
      const snap = join(fixturesDir, 'snapshots', `${source}.snap`);
      assert.ok(existsSync(snap), `${relative(repoRoot, snap)} is missing`);
    }
  });

  it('keeps the regedit-export samples with CRLF line ends', () => {
    const samples = filesUnder(fixturesDir, '.reg').filter((file) => file.includes('.crlf.'));
    assert.ok(samples.length >= 2);
    for (const sample of samples) {
      const text = readFileSync(sample, 'utf8');
      assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, `${relative(repoRoot, sample)} has a bare LF`);
    }
  });
});

describe('language-configuration.json', () => {
  const config = readJson('language-configuration.json');
  const words = (text) => text.match(new RegExp(config.wordPattern, 'g'));

  it('is the configuration package.json points to', () => {
    const language = readJson('package.json').contributes.languages.find((l) => l.id === 'reg');
    assert.equal(language.configuration, './language-configuration.json');
  });

  it('uses ; for line comments and [ ] as brackets', () => {
    assert.equal(config.comments.lineComment, ';');
    assert.deepEqual(config.brackets, [['[', ']']]);
  });

  it('auto-closes and surrounds quotes and brackets, but not quotes inside strings', () => {
    const quote = config.autoClosingPairs.find((pair) => pair.open === '"');
    assert.equal(quote.close, '"');
    assert.ok(quote.notIn.includes('string'));
    assert.ok(config.autoClosingPairs.some((pair) => pair.open === '[' && pair.close === ']'));
    assert.deepEqual(config.surroundingPairs, [['[', ']'], ['"', '"']]);
  });

  it('keeps a registry path together as one word', () => {
    const path = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319';
    assert.deepEqual(words(`[${path}]`), [path]);
  });

  it('keeps hex(2) together and splits bytes, dword digits and names at blanks', () => {
    assert.deepEqual(words('"Path"=hex(2):25,00,53,00'), ['Path', 'hex(2)', '25', '00', '53', '00']);
    assert.deepEqual(words('"TLS 1.2"=dword:00000001'), ['TLS', '1.2', 'dword', '00000001']);
  });

  it('never matches an empty word', () => {
    assert.equal(new RegExp(config.wordPattern).test(''), false);
    assert.equal(new RegExp(config.wordPattern).test(' \t'), false);
  });

  it('indents the line after the first line of a continued hex value', () => {
    const rule = new RegExp(config.onEnterRules[0].beforeText);
    assert.equal(config.onEnterRules[0].action.appendText, '  ');
    assert.equal(rule.test('"Data"=hex:00,01,02,\\'), true);
    assert.equal(rule.test('@=hex(7):61,00,\\ ; more'), true);
    assert.equal(rule.test('  03,04,\\'), false, 'continuation lines keep their indentation');
    assert.equal(rule.test('"S"="a,\\\\"'), false);
  });

  it('folds ; region / ; endregion blocks', () => {
    assert.match('; region TLS', new RegExp(config.folding.markers.start));
    assert.match('; endregion', new RegExp(config.folding.markers.end));
    assert.doesNotMatch('; endregion', new RegExp(config.folding.markers.start));
  });
});
