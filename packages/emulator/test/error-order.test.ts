import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { harness, type Harness } from './helpers/emulator.js';

describe('shared error checks in Flickr order', () => {
  let h: Harness;
  let base: string;
  before(async () => {
    h = await harness();
    base = `${h.emu.url}/services/rest/`;
  });
  after(() => h.emu.close());

  async function unsigned(query: Record<string, string>, method = 'GET') {
    const response = await fetch(`${base}?${new URLSearchParams(query)}`, { method });
    return response.text();
  }
  const err = (code: number, msg: string) => `<err code="${code}" msg="${msg}" />`;

  it('100: no key, a malformed key, an unknown key (before any other check)', async () => {
    assert.ok(
      (await unsigned({ method: 'nope', format: 'yaml' })).includes(
        err(100, 'Invalid API Key (Key has invalid format)'),
      ),
    );
    assert.ok(
      (await unsigned({ method: 'flickr.test.echo', api_key: 'x' })).includes(
        err(100, 'Invalid API Key (Key has invalid format)'),
      ),
    );
    assert.ok(
      (
        await unsigned({ method: 'flickr.test.echo', api_key: 'ffffffffffffffffffffffffffffffff' })
      ).includes(err(100, 'Invalid API Key (Key not found)')),
    );
  });

  it('111 before 112', async () => {
    const body = await unsigned({ method: 'nope', api_key: h.emu.apiKey, format: 'yaml' });
    assert.ok(body.includes(err(111, 'Format &quot;yaml&quot; not found')));
  });

  it('112 for an unknown or missing method', async () => {
    assert.ok(
      (await unsigned({ method: 'nope', api_key: h.emu.apiKey })).includes(
        err(112, 'Method &quot;nope&quot; not found'),
      ),
    );
    assert.ok(
      (await unsigned({ api_key: h.emu.apiKey })).includes(
        err(112, 'Method &quot;&quot; not found'),
      ),
    );
  });

  it('97 before 99 for an unsigned call to a signed method', async () => {
    const body = await unsigned({ method: 'flickr.photos.delete', api_key: h.emu.apiKey });
    assert.ok(body.includes(err(97, 'Missing signature')));
  });

  it("99 with Flickr's wording: none granted, read granted", async () => {
    const anonymous = await (await h.rest({ method: 'flickr.test.login' })).text();
    assert.ok(
      anonymous.includes(
        err(99, 'Insufficient permissions. Method requires read privileges; none granted.'),
      ),
    );
    const read = await (
      await h.rest({ method: 'flickr.photos.delete', photo_id: '1' }, h.creds('read'), 'POST')
    ).text();
    assert.ok(
      read.includes(
        err(99, 'Insufficient permissions. Method requires delete privileges; read granted.'),
      ),
    );
    const write = await (
      await h.rest({ method: 'flickr.photos.delete', photo_id: '1' }, h.creds('write'), 'POST')
    ).text();
    assert.ok(
      write.includes(
        err(99, 'Insufficient permissions. Method requires delete privileges; write granted.'),
      ),
    );
  });

  it('98 for a legacy auth_token', async () => {
    const body = await (
      await h.rest({ method: 'flickr.test.login', auth_token: '123-abc' })
    ).text();
    assert.ok(body.includes(err(98, 'Invalid auth token')));
  });

  it('116 for a setter called with GET, after the permission check', async () => {
    const body = await (
      await h.rest(
        { method: 'flickr.photos.setTags', photo_id: '1', tags: 'a' },
        h.creds('write'),
        'GET',
      )
    ).text();
    assert.ok(body.includes(err(116, 'The POST method is now required for all setters.')));
    const readOnly = await (
      await h.rest({ method: 'flickr.photos.setTags' }, h.creds('read'), 'GET')
    ).text();
    assert.ok(readOnly.includes('code="99"'));
  });

  it('then the method: missing arguments get the method-specific error', async () => {
    const creds = h.creds('write');
    const body = await (await h.rest({ method: 'flickr.photos.getInfo' }, creds)).text();
    assert.ok(body.includes(err(1, 'Photo not found.')));
    const generic = await (
      await h.rest({ method: 'flickr.photos.comments.addComment' }, creds, 'POST')
    ).text();
    assert.match(generic, /<err code="1" msg="Photo not found\.?" \/>/);
  });

  it('signed consumer-only calls are anonymous but pass the signature check', async () => {
    const body = await (await h.rest({ method: 'flickr.auth.oauth.checkToken' })).text();
    assert.ok(body.includes(err(98, 'Invalid auth token')));
    const bogusToken = await (
      await h.rest({ method: 'flickr.test.echo', oauth_token: 'x' })
    ).text();
    assert.equal(bogusToken, 'oauth_problem=verifier_invalid');
    const unsignedCheck = await unsigned({
      method: 'flickr.auth.oauth.checkToken',
      api_key: h.emu.apiKey,
    });
    assert.ok(unsignedCheck.includes(err(97, 'Missing signature')));
  });
});
