/**
 * `flickr call`, `upload`, `replace` and `walk` as separate processes against the emulator,
 * with a token minted by the emulator in a temporary token cache: what goes to stdout and
 * stderr, the exit code of each kind of failure, and that no secret is ever printed, not even
 * with `--verbose`.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { startCliWorld, type CliWorld } from './cli-emulator.js';
import { assertBuilt, runCli, startCli, transcript } from './run-cli.js';

// The smallest valid PNG: one black pixel. The emulator, like Flickr, looks at the bytes.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000100e5272de40000000049454e44ae426082',
  'hex',
);

type Json = Record<string, unknown>;

describe('flickr call, upload, replace, walk', () => {
  let world: CliWorld;
  let cache: string;
  let readOnly: string;
  let flickr: (args: readonly string[], stdin?: string) => ReturnType<typeof runCli>;
  let photoA: string;
  let photoB: string;

  before(async () => {
    assertBuilt();
    world = await startCliWorld(23);
    cache = await world.tokenCache('delete');
    readOnly = await world.tokenCache('read');
    flickr = (args) => runCli(['--token-cache', cache, ...args], { env: world.env });
    photoA = join(world.dir, 'harbour-dawn.png');
    photoB = join(world.dir, 'harbour dusk.png');
    writeFileSync(photoA, PNG);
    writeFileSync(photoB, Buffer.concat([PNG, Buffer.from('different bytes')]));
  });

  after(async () => {
    await world.close();
    for (const text of transcript) {
      for (const secret of world.secrets) {
        assert.ok(!text.includes(secret), `a secret was printed:\n${text}`);
      }
    }
  });

  async function photoInfo(photoId: string): Promise<Json> {
    const args = ['call', 'photos.getInfo', `photo_id=${photoId}`];
    const { code, stdout, stderr } = await flickr(args);
    assert.equal(code, 0, stderr);

    return (JSON.parse(stdout) as { photo: Json }).photo;
  }

  test('call prints the parsed reply as JSON, signed with the cached token', async () => {
    const user = world.emulator.users[0];
    const { code, stdout, stderr } = await flickr(['call', 'test.login']);

    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.deepEqual(JSON.parse(stdout), {
      user: { id: user?.nsid, username: { _content: user?.username } },
      stat: 'ok',
    });
    assert.match(stdout, /^{\n {2}"user"/, 'indented');
  });

  test('call --format json and rest print Flickr\'s reply as sent', async () => {
    const json = await flickr(['call', 'flickr.test.echo', 'greeting=hello world', '--format',
      'json']);
    assert.equal(json.code, 0, json.stderr);
    const reply = JSON.parse(json.stdout) as Json;
    assert.deepEqual(reply['greeting'], { _content: 'hello world' });
    assert.equal(json.stdout.split('\n').length, 2, 'one line as Flickr sent it');

    for (const format of ['rest', 'xml']) {
      const xml = await flickr(['call', 'test.echo', 'greeting=a=b', '-f', format]);
      assert.equal(xml.code, 0, xml.stderr);
      assert.match(xml.stdout, /^<\?xml version="1.0" encoding="utf-8" \?>\n<rsp stat="ok">/);
      assert.match(xml.stdout, /<greeting>a=b<\/greeting>/);
    }
  });

  test('call warns about an argument the method does not take, and still sends it', async () => {
    const { code, stdout, stderr } = await flickr(['-v', 'call', 'photos.search',
      'per_pgae=5', 'tags=harbour']);

    assert.equal(code, 0, stderr);
    assert.ok(JSON.parse(stdout), 'the reply is printed');
    assert.ok(stderr.startsWith('flickr: warning: flickr.photos.search has no argument ' +
      '"per_pgae"; did you mean "per_page"?\n'), stderr);
    assert.match(stderr, /^flickr: GET \S+[?&]per_pgae=5[& ]/m, 'sent all the same');
    assert.doesNotMatch(stderr, /"tags"/, 'known arguments give no warning');

    const far = await flickr(['call', 'photos.getInfo', 'photo_id=1', 'colour=red']);
    assert.equal(far.code, 3, 'the exit code is Flickr\'s answer, not the warning');
    assert.match(far.stderr,
      /^flickr: warning: flickr\.photos\.getInfo has no argument "colour"\n/);
  });

  test('Flickr refusing a call exits 3 with Flickr\'s code on stderr', async () => {
    const { code, stdout, stderr } = await flickr(['call', 'photos.getInfo', 'photo_id=1']);

    assert.equal(code, 3);
    assert.equal(stdout, '');
    assert.equal(stderr, 'flickr: flickr.photos.getInfo: Flickr error 1: Photo not found.\n');

    const summary = 'flickr: flickr.photos.getInfo: Flickr error 1: Photo not found.\n';
    for (const format of ['rest', 'xml']) {
      const xml = await flickr(['call', 'photos.getInfo', 'photo_id=1', '--format', format]);
      assert.equal(xml.code, 3, xml.stderr);
      assert.match(xml.stdout,
        /^<\?xml [^>]*\?>\n<rsp stat="fail">\s*<err code="1" msg="Photo not found\."/);
      assert.equal(xml.stderr, summary);
    }
    const json = await flickr(['call', 'photos.getInfo', 'photo_id=1', '--format', 'json']);
    assert.equal(json.code, 3, json.stderr);
    assert.deepEqual(JSON.parse(json.stdout),
      { stat: 'fail', code: 1, message: 'Photo not found.' });
    assert.equal(json.stderr, summary);

    const anonymous = await runCli(['--no-store-token', 'call', 'test.login'], { env: world.env });
    assert.equal(anonymous.code, 3);
    assert.match(anonymous.stderr, /^flickr: flickr\.test\.login: Flickr error 99: /);
  });

  test('a bad command line exits 2 before anything is sent', async () => {
    const cases: [string[], RegExp][] = [
      [['call', 'photos.getInfo'], /^flickr: flickr\.photos\.getInfo: "photo_id" is required/],
      [['call', 'photos.noSuchThing'], /^flickr: flickr\.photos\.noSuchThing: no such Flickr/],
      [['call', 'test.echo', 'oops'], /^flickr: argument "oops" is not understood; expected name=/],
      [['call', 'test.echo', 'a=1', 'a=2'], /^flickr: argument "a" is given twice/],
      [['call', 'test.echo', '--format', 'yaml'], /^flickr: option .*--format.* 'yaml' is invalid/],
      [['--timeout', 'soon', 'call', 'test.echo'], /^flickr: --timeout "soon" is not a duration/],
      [['--endpoint', 'ftp://x', 'call', 'test.echo'], /^flickr: endpoint: expected an http\(s\)/],
    ];
    for (const [args, message] of cases) {
      const { code, stdout, stderr } = await flickr(args);
      assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
      assert.equal(stdout, '');
      assert.match(stderr, message);
    }

    const noKey = await runCli(['call', 'test.echo'],
      { env: { FLICKR_ENDPOINT: world.emulator.url } });
    assert.equal(noKey.code, 2);
    assert.equal(noKey.stderr, 'flickr: no API key: pass --api-key or set FLICKR_API_KEY\n');
  });

  test('keys given as options work like the environment variables', async () => {
    const { code, stdout } = await runCli([
      '--api-key', world.emulator.apiKey, '--api-secret', world.emulator.apiSecret,
      '--endpoint', world.emulator.url, '--no-store-token', 'call', 'test.echo', 'x=1',
    ]);

    assert.equal(code, 0);
    assert.match(stdout, /"x": {\n\s+"_content": "1"/);
  });

  test('each kind of failure has its own exit code', async () => {
    const { emulator } = world;
    // Write methods are never retried, so one injected fault is one failed command.
    const write = ['call', 'photos.setTags', 'photo_id=1', 'tags=x'];

    const badSecret = await runCli(['--no-store-token', '--api-secret', 'wrong-secret', 'call',
      'test.echo'], { env: world.env });
    assert.equal(badSecret.code, 4, badSecret.stderr);
    assert.match(badSecret.stderr, /^flickr: .*OAuth problem "signature_invalid" \(HTTP 401\)/);

    emulator.injectFaults([{ status: 503, count: 1, path: '/services/rest' }]);
    const unavailable = await flickr(write);
    assert.equal(unavailable.code, 6, unavailable.stderr);
    assert.match(unavailable.stderr, /^flickr: POST http:\/\/\S+\/services\/rest\/: HTTP 503/);

    emulator.injectFaults([{ status: 429, count: 1, path: '/services/rest', retryAfter: 1797 }]);
    const limited = await flickr(write);
    assert.equal(limited.code, 6, limited.stderr);
    assert.match(limited.stderr,
      /^flickr: POST http:\/\/\S+\/services\/rest\/: HTTP 429, retry after 1797 s\n$/);

    emulator.injectFaults([{ delayMs: 3000, count: 1, path: '/services/rest' }]);
    const slow = await flickr(['--timeout', '0.3', ...write]);
    assert.equal(slow.code, 7, slow.stderr);
    assert.match(slow.stderr, /no complete reply within 300 ms/);

    emulator.injectFaults([{ truncate: true, count: 1, path: '/services/rest' }]);
    const truncated = await flickr(write);
    assert.equal(truncated.code, 8, truncated.stderr);
    assert.match(truncated.stderr, /^flickr: POST \S+: network failure/);

    // A proxy's page instead of Flickr's reply: complete, but not a Flickr answer.
    const proxy = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html><body>Welcome to the hotel wifi</body></html>');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = proxy.address() as AddressInfo;
      const garbled = await runCli(['--endpoint', `http://127.0.0.1:${port}`, 'call', 'test.echo'],
        { env: world.env });
      assert.equal(garbled.code, 9, garbled.stderr);
      assert.match(garbled.stderr, /^flickr: flickr\.test\.echo/);
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }

    const refused = await runCli(['--endpoint', 'http://127.0.0.1:9', 'call', 'test.echo'],
      { env: world.env });
    assert.equal(refused.code, 8, refused.stderr);
    assert.match(refused.stderr, /^flickr: GET http:\/\/127\.0\.0\.1:9\/\S+: network failure/);
  });

  test('--verbose traces each request with its timing, secrets redacted', async () => {
    const { code, stderr } = await flickr(['--verbose', 'call', 'photos.setTags',
      `photo_id=1`, 'tags=x']);

    assert.equal(code, 3);
    assert.match(stderr, /^flickr: POST http:\/\/\S+\/services\/rest\/ -> 200 in \d+ ms$/m);
    const read = await flickr(['-v', 'call', 'test.login']);
    assert.equal(read.code, 0);
    assert.match(read.stderr, /^flickr: GET \S+\?\S*method=flickr\.test\.login&\S* -> 200 in/m);
    assert.match(read.stderr, /[?&]oauth_signature=\[redacted\]/);
  });

  test('upload sends each file, prints PHOTO_ID<TAB>FILE and applies the options', async () => {
    const { code, stdout, stderr } = await flickr(['upload', photoA, photoB,
      '--tags', 'harbour "at dawn"', '--description', 'From the pier', '--friends', '--family']);

    assert.equal(code, 0, stderr);
    assert.equal(stderr, '', 'no bars when not on a terminal');
    const lines = stdout.trimEnd().split('\n').map((line) => line.split('\t'));
    assert.deepEqual(lines.map(([, file]) => file), [photoA, photoB]);

    const info = await photoInfo(lines[0]?.[0] ?? '');
    assert.deepEqual(info['title'], { _content: 'harbour-dawn' }, 'title defaults to the name');
    assert.deepEqual(info['description'], { _content: 'From the pier' });
    assert.deepEqual(info['visibility'], { ispublic: 0, isfriend: 1, isfamily: 1 });
    const tags = (info['tags'] as { tag: Json[] }).tag.map((tag) => tag['raw']);
    assert.deepEqual(tags, ['harbour', 'at dawn']);
  });

  test('upload --title --private --async waits for Flickr and prints the photo ids', async () => {
    const { code, stdout, stderr } = await flickr(['upload', '--async', '--private', '--title',
      'Night', photoA]);

    assert.equal(code, 0, stderr);
    const [photoId, file] = stdout.trimEnd().split('\t');
    assert.equal(file, photoA);
    const info = await photoInfo(photoId ?? '');
    assert.deepEqual(info['title'], { _content: 'Night' });
    assert.deepEqual(info['visibility'], { ispublic: 0, isfriend: 0, isfamily: 0 });
  });

  test('upload checks every file before sending any', async () => {
    const missing = join(world.dir, 'missing.jpg');
    const { code, stdout, stderr } = await flickr(['upload', photoA, missing]);

    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.equal(stderr, `flickr: ${missing}: cannot read the file (ENOENT)\n`);

    const both = await flickr(['upload', '--public', '--private', photoA]);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /^flickr: --public cannot be combined with --private/);
  });

  test('upload with a read-only token: Flickr refuses, the exit code says so', async () => {
    const { code, stdout, stderr } = await runCli(['--token-cache', readOnly, 'upload', photoA],
      { env: world.env });

    assert.equal(code, 3);
    assert.equal(stdout, '');
    assert.match(stderr, /^flickr: harbour-dawn\.png: upload: Flickr error 99: /);
  });

  test('replace swaps the file of a photo and keeps its title', async () => {
    const uploaded = await flickr(['upload', '--title', 'Before', photoA]);
    const [photoId] = uploaded.stdout.split('\t');
    const before = await photoInfo(photoId ?? '');

    const { code, stdout, stderr } = await flickr(['replace', photoId ?? '', photoB]);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, `${photoId}\t${photoB}\n`);
    const after = await photoInfo(photoId ?? '');
    assert.deepEqual(after['title'], { _content: 'Before' });
    assert.notEqual(after['secret'], before['secret'], 'a new file has a new secret');

    const unknown = await flickr(['replace', '1', photoB]);
    assert.equal(unknown.code, 3);
    assert.match(unknown.stderr, /^flickr: replace: Flickr error 1: /);

    const notAnId = await flickr(['replace', 'abc', photoB]);
    assert.equal(notAnId.code, 2);
  });

  test('walk streams every photo as one JSON object per line', async () => {
    const user = world.emulator.users[1];
    const total = await flickr(['call', 'people.getPhotos', `user_id=${user?.nsid}`, 'per_page=1']);
    const { photos: { total: expected } } =
      JSON.parse(total.stdout) as { photos: { total: number | string } };

    const { code, stdout, stderr } = await flickr(['walk', 'people.getPhotos',
      `user_id=${user?.nsid}`, '--per-page', '5']);
    assert.equal(code, 0, stderr);
    const photos = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Json);
    assert.equal(photos.length, Number(expected));
    assert.ok(Number(expected) > 5, 'more than one page');
    assert.equal(new Set(photos.map((photo) => photo['id'])).size, photos.length, 'no repeats');
    for (const photo of photos) assert.equal(photo['owner'], user?.nsid);

    const limited = await flickr(['walk', 'flickr.people.getPhotos', `user_id=${user?.nsid}`,
      '--limit', '3']);
    assert.equal(limited.stdout.trimEnd().split('\n').length, 3);
  });

  test('walk stops quietly when the reader goes away', async () => {
    const user = world.emulator.users[2];
    const cli = startCli(['--token-cache', cache, 'walk', 'people.getPhotos',
      `user_id=${user?.nsid}`, '--per-page', '1'], { env: world.env, stdin: '' });
    await cli.waitFor(/^{"id"/m);
    cli.child.stdout.destroy();
    const { code, stderr } = await cli.done;

    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
  });

  test('walk rejects page arguments and lists that are not paged', async () => {
    const paged = await flickr(['walk', 'people.getPhotos', 'user_id=me', 'page=2']);
    assert.equal(paged.code, 2);
    assert.match(paged.stderr, /^flickr: walk: "page" is set by the walk; use --per-page/);

    const notPaged = await flickr(['walk', 'test.echo']);
    assert.equal(notPaged.code, 2);
    assert.match(notPaged.stderr, /^flickr: walk: flickr\.test\.echo is not a paged method/);
  });
});
