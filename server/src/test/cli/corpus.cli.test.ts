import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type * as Sarif from 'sarif';
import { REPO_ROOT, runCli } from '../helpers/runCli';
import { sarifSchemaErrors } from '../helpers/sarifSchema';

const CORPUS = path.resolve(REPO_ROOT, '..', 'shared', 'corpus', 'real-world');

describe('reg-policy lint on the real-world corpus (child process)', function () {
  this.timeout(120_000);

  it('lints every third-party file without a usage or I/O error, as valid SARIF', async () => {
    const expected = fs.readdirSync(CORPUS).filter((f) => f.toLowerCase().endsWith('.reg')).length;
    assert.ok(expected > 100, `corpus at ${CORPUS} has ${expected} files`);
    const run = await runCli(['lint', '--format', 'sarif'], CORPUS);
    assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}: ${run.stderr}`);
    assert.strictEqual(run.stderr, '');
    const log = JSON.parse(run.stdout) as Sarif.Log;
    assert.deepStrictEqual(sarifSchemaErrors(log), []);
    const uris = new Set(log.runs[0].results?.map((r) => r.locations?.[0].physicalLocation?.artifactLocation?.uri));
    assert.ok(uris.size > 0, 'no findings at all in third-party files is not credible');
    for (const uri of uris) assert.ok(uri && fs.existsSync(path.join(CORPUS, decodeURIComponent(uri))), `result for a file that is not there: ${uri}`);
    assert.strictEqual(run.code, log.runs[0].results?.some((r) => r.level === 'error') ? 1 : 0);
  });
});
