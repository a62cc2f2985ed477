// Cache paths SQLite can only answer "unable to open database file" for: a folder, a symbolic
// link to a file that does not exist, a folder path running through a file. Each error must
// say what is wrong with the path.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SqliteTokenCache, TokenCacheError } from '../../src/index.js';
import { testToken } from '../support/test-token.js';

const root = mkdtempSync(join(tmpdir(), 'flickrapi-cache-paths-'));
after(() => rmSync(root, { recursive: true, force: true }));

const TOKEN = testToken('read');

async function storeError(location: string): Promise<TokenCacheError> {
  const cache = new SqliteTokenCache({ location });
  try {
    await cache.set('key', '', TOKEN);
  } catch (error) {
    assert.ok(error instanceof TokenCacheError, String(error));

    return error;
  } finally {
    await cache.close();
  }
  assert.fail(`storing a token at ${location} should fail`);
}

describe('token cache paths that cannot hold a cache file', () => {
  it('says the path is a folder', async () => {
    const folder = join(root, 'a-folder');
    mkdirSync(folder);

    const error = await storeError(folder);

    assert.match(error.message, /is a folder; expected the path of a file/);
  });

  it('says the path is a symbolic link to a missing file', async () => {
    const link = join(root, 'dangling.sqlite');
    symlinkSync(join(root, 'missing', 'target.sqlite'), link);

    const error = await storeError(link);

    assert.match(error.message, /symbolic link to .*target\.sqlite, which does not exist/);
  });

  it('says which part of the folder path is a file', async () => {
    const file = join(root, 'plain-file');
    writeFileSync(file, 'x');

    const error = await storeError(join(file, 'sub', 'oauth-tokens.sqlite'));

    assert.match(error.message, /could not create the folder .*: .*plain-file is a file/);
  });
});
