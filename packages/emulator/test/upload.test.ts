import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { harness, type Harness } from './helpers/emulator.js';
import { multipart, type FilePart } from './helpers/multipart.js';
import { protocolParams, sign, type Credentials, type Pair } from './helpers/oauth-signer.js';

const PNG = Buffer.concat([
  Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
  Buffer.from([0, 0, 0, 32, 0, 0, 0, 16, 8, 2, 0, 0, 0]),
  Buffer.alloc(40),
]);
const GIF = Buffer.concat([Buffer.from('GIF89a'), Buffer.from([10, 0, 20, 0]), Buffer.alloc(30)]);
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypisom'), Buffer.alloc(40)]);
const HEIC = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(40)]);
const WEBP = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.alloc(4),
  Buffer.from('WEBPVP8X'),
  Buffer.alloc(24),
]);
const AVI = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.alloc(4),
  Buffer.from('AVI LIST'),
  Buffer.alloc(24),
]);

describe('upload and replace', () => {
  let h: Harness;
  let creds: Credentials;
  let jpeg: Buffer;
  before(async () => {
    h = await harness();
    creds = h.creds('write');
    const list = await h.json(
      { method: 'flickr.people.getPhotos', user_id: 'me', extras: 'url_o', per_page: '1' },
      creds,
    );
    jpeg = Buffer.from(await (await fetch(list.photos.photo[0].url_o)).arrayBuffer());
  });
  after(() => h.emu.close());

  /** Signs the text fields only (never the file), as every Flickr client does. */
  async function send(
    path: string,
    fields: Record<string, string>,
    files: FilePart[],
    who = creds,
    signedFields?: Pair[],
  ) {
    const url = `${h.emu.url}${path}`;
    const params = [...(Object.entries(fields) as Pair[]), ...protocolParams(who)];
    const signature = sign(
      'POST',
      url,
      signedFields === undefined
        ? params
        : [...signedFields, ...params.filter(([k]) => k.startsWith('oauth_'))],
      who,
    ).at(-1) as Pair;
    const { body, contentType } = multipart([...params, signature], files);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': contentType },
      body,
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
    };
  }
  const photo = (data: Buffer, filename = 'dummy name'): FilePart => ({
    name: 'photo',
    filename,
    data,
  });

  it('uploads a JPEG with the documented fields and answers XML', async () => {
    const reply = await send(
      '/services/upload/',
      {
        title: 'Hello',
        description: 'A test',
        tags: 'one "two words"',
        is_public: '0',
        is_friend: '1',
        is_family: '0',
        safety_level: '2',
        content_type: '2',
        hidden: '2',
        format: 'json',
      },
      [photo(jpeg)],
    );
    assert.equal(reply.status, 200);
    assert.equal(reply.type, 'text/xml; charset=utf-8');
    const match = new RegExp(
      '^<\\?xml version="1.0" encoding="utf-8" \\?>\n<rsp stat="ok">\n' +
        '<photoid secret="([0-9a-f]{10})" originalsecret="([0-9a-f]{10})">(\\d+)</photoid>\n' +
        '</rsp>\n$',
    ).exec(reply.text);
    assert.ok(match, reply.text);
    const info = (
      await h.json({ method: 'flickr.photos.getInfo', photo_id: match[3] ?? '' }, creds)
    ).photo;
    assert.equal(info.secret, match[1]);
    assert.equal(info.title._content, 'Hello');
    assert.equal(info.description._content, 'A test');
    assert.deepEqual(info.visibility, { ispublic: 0, isfriend: 1, isfamily: 0 });
    assert.equal(info.safety_level, '1');
    assert.deepEqual(
      info.tags.tag.map((t: { raw: string }) => t.raw),
      ['one', 'two words'],
    );
    assert.equal(info.originalformat, 'jpg');
    const original = await fetch(
      `${h.emu.url}/${info.server}/${info.id}_${info.originalsecret}_o.jpg`,
    );
    assert.deepEqual(Buffer.from(await original.arrayBuffer()), jpeg);
  });

  it('recognises file types from their bytes', async () => {
    const cases: [Buffer, string, string][] = [
      [PNG, 'png', 'image/png'],
      [GIF, 'gif', 'image/gif'],
      [MP4, 'mp4', 'video/mp4'],
      [HEIC, 'heic', 'image/heic'],
      [WEBP, 'webp', 'image/webp'],
      [AVI, 'avi', 'video/x-msvideo'],
    ];
    for (const [data, format, mime] of cases) {
      const reply = await send('/services/upload', { title: format }, [photo(data, 'x.jpg')]);
      const id = /">(\d+)<\/photoid>/.exec(reply.text)?.[1] ?? '';
      const info = (await h.json({ method: 'flickr.photos.getInfo', photo_id: id }, creds)).photo;
      assert.equal(info.originalformat, format);
      const file = await fetch(
        `${h.emu.url}/${info.server}/${id}_${info.originalsecret}_o.${format}`,
      );
      assert.equal(file.headers.get('content-type'), mime);
      await file.arrayBuffer();
    }
    const png = await send('/services/upload/', {}, [photo(PNG)]);
    const id = /">(\d+)<\/photoid>/.exec(png.text)?.[1] ?? '';
    const sizes = (await h.json({ method: 'flickr.photos.getSizes', photo_id: id }, creds)).sizes
      .size;
    assert.deepEqual([sizes.at(-1).width, sizes.at(-1).height], [32, 16]);
  });

  it('answers upload errors 2, 4, 5 and 9 as XML', async () => {
    const fail = (code: number, msg: string) =>
      '<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="fail">\n' +
      `\t<err code="${code}" msg="${msg}" />\n`;
    assert.ok(
      (await send('/services/upload/', { title: 'x' }, [])).text.startsWith(
        fail(2, 'No photo specified'),
      ),
    );
    assert.ok(
      (await send('/services/upload/', {}, [photo(Buffer.alloc(0))])).text.startsWith(
        fail(4, 'Filesize was zero'),
      ),
    );
    assert.ok(
      (
        await send('/services/upload/', {}, [photo(Buffer.from('plain text, not an image'))])
      ).text.startsWith(fail(5, 'Filetype was not recognised')),
    );
    const first = await send('/services/upload/', { dedup_check: '1' }, [photo(GIF)]);
    assert.match(first.text, /<rsp stat="fail">|<photoid/);
    const duplicate = await send('/services/upload/', { dedup_check: '1' }, [photo(GIF)]);
    assert.match(
      duplicate.text,
      new RegExp(
        '<err code="9" msg="Duplicate photo/video detected" />\n' +
          '\t<duplicate_photo_id>\\d+</duplicate_photo_id>\n</rsp>',
      ),
    );
  });

  it('needs a write token and a valid signature over the text parts', async () => {
    const read = await send('/services/upload/', {}, [photo(jpeg)], h.creds('read'));
    assert.match(
      read.text,
      /code="99" msg="Insufficient permissions\. Method requires write privileges; read granted/,
    );
    const consumerOnly = await send('/services/upload/', {}, [photo(jpeg)], {
      key: h.emu.apiKey,
      secret: h.emu.apiSecret,
    });
    assert.match(consumerOnly.text, /code="99"/);
    const wrongSecret = await send('/services/upload/', { title: 't' }, [photo(jpeg)], {
      ...creds,
      tokenSecret: 'bad',
    });
    assert.equal(wrongSecret.status, 401);
    assert.match(wrongSecret.text, /^oauth_problem=signature_invalid&debug_sbs=POST&/);
    const get = await fetch(`${h.emu.url}/services/upload/`);
    assert.equal(get.status, 405);
    await get.text();
  });

  it("accepts Perl's signed text photo field next to the file part", async () => {
    const signedWithPath = await send(
      '/services/upload/',
      { photo: '/home/me/pic.jpg', title: 'perl' },
      [{ ...photo(jpeg, 'pic.jpg'), contentType: 'image/jpeg' }],
    );
    assert.match(signedWithPath.text, /<photoid /);
    const withoutPath = await send(
      '/services/upload/',
      { photo: '/home/me/pic.jpg', title: 'perl2' },
      [photo(jpeg, 'pic.jpg')],
      creds,
      [['title', 'perl2']],
    );
    assert.match(withoutPath.text, /<photoid /);
  });

  it('returns a ticket for async=1 that checkTickets reports complete', async () => {
    const reply = await send('/services/upload/', { async: '1', title: 'later' }, [photo(jpeg)]);
    const ticket = /<ticketid>(\d+)<\/ticketid>/.exec(reply.text)?.[1] ?? '';
    assert.ok(ticket !== '', reply.text);
    const status = await h.json({
      method: 'flickr.photos.upload.checkTickets',
      tickets: `${ticket},999`,
    });
    const [done, invalid] = status.uploader.ticket;
    assert.equal(done.id, ticket);
    assert.equal(done.complete, 1);
    assert.match(done.photoid, /^\d+$/);
    assert.deepEqual(invalid, { id: '999', invalid: 1 });
    const info = await h.json({ method: 'flickr.photos.getInfo', photo_id: done.photoid }, creds);
    assert.equal(info.photo.title._content, 'later');
  });

  it('replaces a photo file with new secrets, keeping the id and metadata', async () => {
    const uploaded = await send('/services/upload/', { title: 'keep me' }, [photo(jpeg)]);
    const id = /">(\d+)<\/photoid>/.exec(uploaded.text)?.[1] ?? '';
    const replaced = await send('/services/replace/', { photo_id: id }, [photo(PNG)]);
    const match =
      /<photoid secret="([0-9a-f]{10})" originalsecret="([0-9a-f]{10})">(\d+)<\/photoid>/.exec(
        replaced.text,
      );
    assert.ok(match, replaced.text);
    assert.equal(match[3], id);
    const info = (await h.json({ method: 'flickr.photos.getInfo', photo_id: id }, creds)).photo;
    assert.equal(info.title._content, 'keep me');
    assert.equal(info.originalformat, 'png');
    assert.equal(info.originalsecret, match[2]);
    const missing = await send('/services/replace', { photo_id: '1' }, [photo(PNG)]);
    assert.match(missing.text, /<err code="1" msg="Photo not found" \/>/);
  });

  it('streams a large upload to disk intact and leaves no temporary file', async () => {
    const big = Buffer.concat([jpeg, Buffer.alloc(24 * 1024 * 1024, 7)]);
    const reply = await send('/services/upload/', { title: 'big' }, [photo(big)]);
    const id = /">(\d+)<\/photoid>/.exec(reply.text)?.[1] ?? '';
    const files = readdirSync(join(h.emu.dataDir, 'files'));
    assert.ok(!files.some((name) => name.startsWith('.incoming-')));
    const stored = files.find((name) => name.startsWith(`${id}_`)) ?? '';
    assert.equal(statSync(join(h.emu.dataDir, 'files', stored)).size, big.length);
    const info = (await h.json({ method: 'flickr.photos.getInfo', photo_id: id }, creds)).photo;
    const served = Buffer.from(
      await (
        await fetch(`${h.emu.url}/${info.server}/${id}_${info.originalsecret}_o.jpg`)
      ).arrayBuffer(),
    );
    assert.equal(
      createHash('sha1').update(served).digest('hex'),
      createHash('sha1').update(big).digest('hex'),
    );
  });
});
