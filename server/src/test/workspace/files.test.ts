import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findFiles, NoFilesError } from '../../workspace/files';

describe('findFiles', () => {
  let root: string;
  const rel = (files: string[]): string[] => files.map((f) => path.relative(root, f).split(path.sep).join('/'));

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'reg-policy-files-'));
    for (const f of ['a.reg', 'B.REG', 'notes.txt', 'sub/c.reg', 'sub/deep/d.reg', 'node_modules/pkg/e.reg', '.git/f.reg', '.hidden/g.reg']) {
      fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
      fs.writeFileSync(path.join(root, f), 'REGEDIT4\r\n');
    }
    fs.mkdirSync(path.join(root, 'empty'));
  });

  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('takes every .reg file under the folder by default, skipping node_modules and .git', async () => {
    assert.deepStrictEqual(rel(await findFiles([], { cwd: root })), ['.hidden/g.reg', 'B.REG', 'a.reg', 'sub/c.reg', 'sub/deep/d.reg']);
  });

  it('walks a named folder and takes a named file whatever its extension', async () => {
    assert.deepStrictEqual(rel(await findFiles(['sub', 'notes.txt'], { cwd: root })), ['notes.txt', 'sub/c.reg', 'sub/deep/d.reg']);
  });

  it('matches globs relative to the working folder, without duplicates', async () => {
    assert.deepStrictEqual(rel(await findFiles(['sub/**/*.reg', 'sub/c.reg'], { cwd: root })), ['sub/c.reg', 'sub/deep/d.reg']);
    assert.deepStrictEqual(rel(await findFiles(['*.reg'], { cwd: root })), ['a.reg']);
  });

  it('accepts globs that climb out of the working folder', async () => {
    assert.deepStrictEqual(rel(await findFiles(['../sub/deep/*.reg', './../*.reg'], { cwd: path.join(root, 'sub') })), ['a.reg', 'sub/deep/d.reg']);
  });

  it('accepts an absolute glob', async () => {
    const pattern = `${root.split(path.sep).join('/')}/sub/*.reg`;
    assert.deepStrictEqual(rel(await findFiles([pattern], { cwd: os.tmpdir() })), ['sub/c.reg']);
  });

  it('takes nothing from an empty folder, without complaint', async () => {
    assert.deepStrictEqual(await findFiles(['empty'], { cwd: root }), []);
  });

  it('throws NoFilesError for a path or glob that matches nothing', async () => {
    await assert.rejects(findFiles(['missing.reg'], { cwd: root }), NoFilesError);
    await assert.rejects(findFiles(['sub/*.txt'], { cwd: root }), /no files matching "sub\/\*\.txt"/);
  });
});
