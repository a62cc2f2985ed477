import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { harness, type Harness } from './helpers/emulator.js';

describe('REST envelopes', () => {
  let h: Harness;
  let creds: ReturnType<Harness['creds']>;
  let user: { nsid: string; username: string };
  before(async () => {
    h = await harness();
    creds = h.creds('read');
    user = h.emu.users[0] as { nsid: string; username: string };
  });
  after(() => h.emu.close());

  async function raw(api: Record<string, string>) {
    const response = await h.rest(api, creds);
    return {
      type: response.headers.get('content-type'),
      body: await response.text(),
      status: response.status,
    };
  }

  it('renders XML success byte for byte', async () => {
    const reply = await raw({ method: 'flickr.test.login' });
    assert.equal(reply.type, 'text/xml; charset=utf-8');
    assert.equal(
      reply.body,
      `<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="ok">\n<user id="${user.nsid}">\n` +
        `\t<username>${user.username}</username>\n</user>\n</rsp>\n`,
    );
  });

  it('renders an empty success', async () => {
    const reply = await raw({ method: 'flickr.test.null' });
    assert.equal(reply.body, '<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="ok">\n</rsp>\n');
  });

  it('renders XML failure with a newline and tab before <err>', async () => {
    const reply = await raw({ method: 'flickr.photos.doesNotExist' });
    assert.equal(reply.status, 200);
    assert.equal(
      reply.body,
      '<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="fail">\n' +
        '\t<err code="112" msg="Method &quot;flickr.photos.doesNotExist&quot; not found" />\n' +
        '</rsp>\n',
    );
  });

  it('renders JSONP by default for format=json', async () => {
    const reply = await raw({ method: 'flickr.test.login', format: 'json' });
    assert.equal(reply.type, 'text/javascript; charset=utf-8');
    assert.equal(
      reply.body,
      `jsonFlickrApi({"user":{"id":"${user.nsid}",` +
        `"username":{"_content":"${user.username}"}},"stat":"ok"})`,
    );
  });

  it('uses jsoncallback as the function name', async () => {
    const reply = await raw({ method: 'flickr.test.null', format: 'json', jsoncallback: 'cb_1' });
    assert.equal(reply.body, 'cb_1({"stat":"ok"})');
  });

  it('renders bare JSON with nojsoncallback=1, code as a number, slashes escaped', async () => {
    const reply = await raw({ method: 'flickr.nope', format: 'json', nojsoncallback: '1' });
    assert.equal(reply.type, 'application/json; charset=utf-8');
    assert.equal(
      reply.body,
      '{"stat":"fail","code":112,"message":"Method \\"flickr.nope\\" not found"}',
    );
    const echo = await raw({
      method: 'flickr.test.echo',
      format: 'json',
      nojsoncallback: '1',
      url: 'a/b',
    });
    assert.match(echo.body, /"url":\{"_content":"a\\\/b"\}/);
  });

  it('renders php_serial', async () => {
    const reply = await raw({ method: 'flickr.test.login', format: 'php_serial' });
    const name = user.username;
    assert.equal(
      reply.body,
      `a:2:{s:4:"user";a:2:{s:2:"id";s:${user.nsid.length}:"${user.nsid}";s:8:"username";` +
        `a:1:{s:8:"_content";s:${name.length}:"${name}";}}s:4:"stat";s:2:"ok";}`,
    );
  });

  it('answers 111 for an unknown format, in XML', async () => {
    const reply = await raw({ method: 'flickr.test.login', format: 'yaml' });
    assert.match(reply.body, /<err code="111" msg="Format &quot;yaml&quot; not found" \/>/);
  });

  it('keeps list fields as arrays and paging fields as numbers', async () => {
    const body = await h.json(
      { method: 'flickr.people.getPhotos', user_id: user.nsid, per_page: '1' },
      creds,
    );
    assert.equal(typeof body.photos.page, 'number');
    assert.equal(typeof body.photos.total, 'number');
    assert.ok(Array.isArray(body.photos.photo));
    assert.equal(body.photos.photo.length, 1);
  });

  it('answers the documented example response for methods it does not model', async () => {
    const xml = await raw({ method: 'flickr.cameras.getBrands' });
    assert.match(
      xml.body,
      /^<\?xml version="1.0" encoding="utf-8" \?>\n<rsp stat="ok">\n<brands>\n\t<brand id="canon">/,
    );
    const json = await h.json({ method: 'flickr.cameras.getBrands' }, creds);
    assert.ok(Array.isArray(json.brands.brand));
    assert.equal(json.brands.brand[0].id, 'canon');
    assert.equal(json.stat, 'ok');
  });
});
