// A second, real LSP client: Debian's Neovim 0.7 (installed by .ci/run), which only takes pushed diagnostics.
import assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');

describe('Neovim 0.7 as the language client', function () {
  this.timeout(90000);
  let dir;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'reg-policy-nvim-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('receives pushed diagnostics and answers a hover through reg-policy-language-server --stdio', () => {
    const file = join(dir, 'missing-wow64.reg');
    copyFileSync(join(repo, 'test-fixtures', 'lsp', 'missing-wow64.reg'), file);
    const out = execFileSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(here, 'neovim', 'check.lua')}`], {
      cwd: dir,
      env: { ...process.env, REG_POLICY_SERVER: join(repo, 'server', 'bin', 'reg-policy-language-server.js'), REG_POLICY_FILE: file, REG_POLICY_HOVER_LINE: '7' },
      encoding: 'utf8',
      timeout: 80000,
    });
    const result = JSON.parse(out.trim().split('\n').pop());
    assert.strictEqual(result.received, true, 'diagnostics arrived');
    assert.deepStrictEqual(result.codes, ['AZB-003', 'AZB-004']);
    assert.match(result.hover, /REG_DWORD/);
  });
});
