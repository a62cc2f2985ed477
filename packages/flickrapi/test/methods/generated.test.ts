import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const script = fileURLToPath(new URL('../../scripts/generate-methods.mjs', import.meta.url));

describe('generated method code', () => {
  it('matches what the generator makes from spec/flickr-methods.json', () => {
    const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });

    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /223 methods checked/);
  });
});
