import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { METHOD_TABLE } from '../src/generated/method-table.js';
import { harness, type Harness } from './helpers/emulator.js';

describe('robustness', () => {
  let h: Harness;
  before(async () => {
    h = await harness();
  });
  after(() => h.emu.close());

  it('answers every method with a Flickr reply, whatever garbage its arguments hold', async () => {
    const creds = h.creds('delete');
    const garbage = ['abc', '99999999999999999999999', "'; DROP TABLE photos;--"];
    for (const method of METHOD_TABLE) {
      for (const value of garbage) {
        const api: Record<string, string> = {
          method: method.name,
          format: 'json',
          nojsoncallback: '1',
        };
        for (const arg of method.arguments) {
          if (arg.name !== 'api_key' && arg.name !== 'oauth_token') api[arg.name] = value;
        }
        const response = await h.rest(api, creds, 'POST');
        assert.equal(response.status, 200, `${method.name} with ${value}`);
        const body = (await response.json()) as { stat: string };
        assert.ok(body.stat === 'ok' || body.stat === 'fail', method.name);
      }
    }
    const count = await h.json({ method: 'flickr.people.getPhotos', user_id: 'me' }, creds);
    assert.ok(count.photos.total > 0);
  });

  it('refuses malformed bodies with a clear 4xx', async () => {
    const url = `${h.emu.url}/services/rest/`;
    const broken = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data' },
      body: 'no boundary here',
    });
    assert.equal(broken.status, 400);
    assert.match(await broken.text(), /malformed multipart body/);
    const huge = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `a=${'x'.repeat(9 * 1024 * 1024)}`,
    });
    assert.equal(huge.status, 413);
    await huge.text();
    const unknown = await fetch(`${h.emu.url}/services/nothing`);
    assert.equal(unknown.status, 404);
    await unknown.text();
  });
});
