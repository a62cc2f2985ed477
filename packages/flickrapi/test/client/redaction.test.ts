import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FlickrAPI, redactHeaders, redactText } from '../../src/index.js';
import { startTestServer, type TestServer } from './support/flickr-test-server.js';
import { testToken } from '../support/test-token.js';

const SECRET = 'c0nsumer+secret/x';
const TOKEN = testToken();

describe('no secret in any log line or error', () => {
  let server: TestServer;
  const lines: string[] = [];
  let flickr: FlickrAPI;

  before(async () => {
    server = await startTestServer({ consumerSecret: SECRET, tokenSecret: TOKEN.tokenSecret });
    flickr = new FlickrAPI('key', SECRET, {
      endpoint: server.url,
      token: TOKEN,
      logger: { debug: (message, fields) => lines.push(`${message} ${JSON.stringify(fields)}`) },
    });
  });
  after(async () => {
    flickr.close();
    await server.close();
  });

  it('logs each request with method, redacted URL, status and duration', async () => {
    lines.length = 0;
    await flickr.test.login();

    assert.equal(lines.length, 1);
    const fields = JSON.parse(lines[0]!.slice(lines[0]!.indexOf('{'))) as Record<string, unknown>;
    assert.equal(fields['method'], 'GET');
    assert.equal(fields['status'], 200);
    assert.equal(typeof fields['durationMs'], 'number');
    assert.match(String(fields['url']), /oauth_signature=\[redacted\]/);
  });

  it('keeps signatures, secrets and verifiers out of errors and logs of every kind', async () => {
    lines.length = 0;
    const signatures: string[] = [];
    const replies = [
      // Replies that echo secrets back, as a broken proxy or server might.
      { status: 500, body: `oops ${SECRET} oauth_token_secret=${TOKEN.tokenSecret}` },
      { status: 401, body: `oauth_problem=signature_invalid&debug_sbs=${encodeURIComponent(
        `POST&x&oauth_verifier%3D5d1b96a26b494074%26oauth_token%3D${TOKEN.token}`)}` },
      { status: 200, body: `{"not json ${TOKEN.tokenSecret}` },
      { status: 429, headers: { 'retry-after': '1' }, body: encodeURIComponent(SECRET) },
    ];
    const errors: unknown[] = [];
    for (const reply of replies) {
      server.handler = (request) => {
        signatures.push(request.param('oauth_signature') ?? '');

        return reply;
      };
      await flickr.photos.setMeta({ photo_id: 1, title: 't' })
        .catch((e: unknown) => errors.push(e));
      await flickr.photos.getInfo({ photo_id: 1 }).catch((e: unknown) => errors.push(e));
    }
    server.handler = () => ({ hang: true });
    await flickr.test.null({}, { timeout: 30 }).catch((e: unknown) => errors.push(e));

    assert.equal(errors.length, replies.length * 2 + 1);
    const shown = [
      ...lines,
      ...errors.map((e) => `${String(e)} ${JSON.stringify(e)} ${(e as Error).stack ?? ''}`),
    ].join('\n');
    const forbidden = [SECRET, encodeURIComponent(SECRET), TOKEN.tokenSecret, '5d1b96a26b494074',
      ...signatures, ...signatures.map(encodeURIComponent)];
    for (const secret of forbidden) {
      assert.equal(shown.includes(secret), false, `"${secret}" leaked`);
    }
    assert.match(shown, /\[redacted\]/);
  });
});

describe('redaction helpers', () => {
  it('redacts OAuth secrets in URLs, bodies and headers', () => {
    assert.equal(
      redactText('https://x/?a=1&oauth_signature=ab%2B%3D&oauth_verifier=123-456&b=2'),
      'https://x/?a=1&oauth_signature=[redacted]&oauth_verifier=[redacted]&b=2',
    );
    assert.equal(
      redactText('oauth_token=t&oauth_token_secret=s3cr3t'),
      'oauth_token=t&oauth_token_secret=[redacted]',
    );
    assert.equal(
      redactText('OAuth oauth_nonce="n", oauth_signature="abc%3D"'),
      'OAuth oauth_nonce="n", oauth_signature="[redacted]"',
    );
    assert.equal(redactText('key=my secret!', ['my secret!']), 'key=[redacted]');
    assert.equal(redactText('k=my%20secret%21', ['my secret!']), 'k=[redacted]');
    assert.deepEqual(
      redactHeaders({ authorization: 'OAuth oauth_signature="x"', 'user-agent': 'ua' }),
      { authorization: '[redacted]', 'user-agent': 'ua' },
    );
  });
});
