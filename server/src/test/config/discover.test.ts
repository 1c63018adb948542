import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findConfigFile } from '../../config/discover';

describe('findConfigFile', () => {
  let root: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'reg-policy-discover-'));
    fs.mkdirSync(path.join(root, 'a', 'b', 'c'), { recursive: true });
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('takes the nearest .regpolicy.json above the folder', async () => {
    fs.writeFileSync(path.join(root, '.regpolicy.json'), '{}');
    fs.writeFileSync(path.join(root, 'a', 'b', '.regpolicy.json'), '{}');
    assert.strictEqual(await findConfigFile(path.join(root, 'a', 'b', 'c')), path.join(root, 'a', 'b', '.regpolicy.json'));
    assert.strictEqual(await findConfigFile(path.join(root, 'a')), path.join(root, '.regpolicy.json'));
  });

  it('returns undefined when there is none up to the filesystem root', async () => {
    // The temp folder's own ancestors may not hold one either: the test makes sure by looking.
    const above = await findConfigFile(path.dirname(root));
    assert.strictEqual(await findConfigFile(path.join(root, 'a', 'b', 'c')), above);
  });

  it('ignores a folder named .regpolicy.json', async () => {
    fs.mkdirSync(path.join(root, 'a', '.regpolicy.json'));
    fs.writeFileSync(path.join(root, '.regpolicy.json'), '{}');
    assert.strictEqual(await findConfigFile(path.join(root, 'a', 'b')), path.join(root, '.regpolicy.json'));
  });

  it('answers from its cache for every folder it walked through', async () => {
    fs.writeFileSync(path.join(root, '.regpolicy.json'), '{}');
    const cache = new Map<string, string | undefined>();
    await findConfigFile(path.join(root, 'a', 'b', 'c'), cache);
    assert.strictEqual(cache.get(path.join(root, 'a', 'b')), path.join(root, '.regpolicy.json'));
    // A config created later is not seen through the same cache (callers clear it on change).
    fs.writeFileSync(path.join(root, 'a', '.regpolicy.json'), '{}');
    assert.strictEqual(await findConfigFile(path.join(root, 'a', 'b'), cache), path.join(root, '.regpolicy.json'));
    assert.strictEqual(await findConfigFile(path.join(root, 'a', 'b')), path.join(root, 'a', '.regpolicy.json'));
  });
});
