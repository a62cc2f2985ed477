// The rate limit counts calls per known API key. Requests naming unknown keys used to get a
// bucket each (a map growing without bound) and a 429 instead of Flickr's error 100.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from '../../src/index.js';

describe('rate limit and unknown API keys', () => {
  let emu: RunningEmulator;

  before(async () => {
    emu = await startEmulator({ rateLimitPerHour: 1 });
  });
  after(async () => {
    await emu.close();
  });

  async function echo(apiKey: string): Promise<Response> {
    const query = new URLSearchParams({
      method: 'flickr.test.echo',
      api_key: apiKey,
      format: 'json',
      nojsoncallback: '1',
    });

    return fetch(`${emu.url}/services/rest/?${query.toString()}`);
  }

  it('answers error 100 to an unknown key however often it is used', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await echo('00000000000000000000000000000000');

      assert.equal(response.status, 200);
      assert.equal(((await response.json()) as { code?: number }).code, 100);
    }
  });

  it('still limits a known key', async () => {
    assert.equal((await echo(emu.apiKey)).status, 200);
    const limited = await echo(emu.apiKey);

    assert.equal(limited.status, 429);
    await limited.arrayBuffer();
  });
});
