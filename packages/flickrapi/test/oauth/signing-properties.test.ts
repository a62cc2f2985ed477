import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  authorizationHeader,
  formEncode,
  signOAuthParams,
  signOAuthQuery,
  splitOAuthParams,
  type RequestParam,
} from '../../src/oauth/index.js';
import { parseAuthorization, referenceBaseString, verifySignature } from './oauth-verifier.js';
import { signatureBaseString } from '../../src/oauth/index.js';

const reserved = fc.constantFrom(' ', '+', '*', '~', '!', "'", '(', ')', '%', '&', '=', '?', '#');
const char = fc.oneof(
  { weight: 2, arbitrary: reserved },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }) },
);
const text = fc.string({ unit: char, maxLength: 12 });
const name = fc.oneof(text.filter((s) => s !== ''), fc.constantFrom('a', 'a-b', 'a.', 'tags'));

// Duplicates are likely: names are drawn from a small pool half of the time.
const params = fc.array(fc.tuple(name, text), { maxLength: 8 }).chain((pairs) =>
  fc.array(fc.constantFrom(...(pairs.length > 0 ? pairs : [['x', ''] as [string, string]])), {
    maxLength: 3,
  }).map((dupes) => pairs.concat(dupes)),
);
const secret = fc.string({ unit: char, maxLength: 16 });
const host = fc.constantFrom(
  'https://api.flickr.com/services/rest/',
  'http://127.0.0.1:18931/services/rest',
  'HTTPS://Up.Flickr.com:443/services/upload/',
  'http://localhost:8080/a%20b/c?x=1&y=%2B+2',
);
const method = fc.constantFrom('GET', 'POST');

const RUNS = 3000;

describe('signing property: agrees with an independent verifier', () => {
  it('signs random parameter sets exactly as the reference computes them', () => {
    fc.assert(
      fc.property(
        method, host, params, secret, fc.option(fc.tuple(text, secret), { nil: undefined }),
        (verb, url, pairs, consumerSecret, token) => {
          const signed = signOAuthParams({
            method: verb,
            url,
            params: pairs,
            consumerKey: 'key',
            consumerSecret,
            token: token?.[0],
            tokenSecret: token?.[1],
          });
          const tokenSecret = token?.[1] ?? '';
          const withoutSignature = signed.filter(([n]) => n !== 'oauth_signature');

          assert.equal(
            signatureBaseString(verb, url, [...new URL(url).searchParams, ...withoutSignature]),
            referenceBaseString(verb, url, withoutSignature),
          );
          assert.ok(verifySignature(verb, url, signed, consumerSecret, tokenSecret));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('detects a changed parameter (the verifier is not blind)', () => {
    fc.assert(
      fc.property(params.filter((p) => p.length > 0), text, (pairs, other) => {
        const url = 'https://api.flickr.com/services/rest/';
        const signed = signOAuthParams({
          method: 'GET', url, params: pairs, consumerKey: 'k', consumerSecret: 's',
        });
        const tampered = signed.map(
          ([n, v], i): RequestParam => (i === 0 ? [n, `${v}${other}x`] : [n, v]),
        );

        assert.equal(verifySignature('GET', url, tampered, 's', ''), false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('signing property: the wire encoding decodes back to what was signed', () => {
  it('round-trips through a query string, a form body and an Authorization header', () => {
    fc.assert(
      fc.property(method, params, secret, (verb, pairs, consumerSecret) => {
        const url = 'http://127.0.0.1:18931/services/rest/';
        const signed = signOAuthParams({
          method: verb, url, params: pairs, consumerKey: 'key', consumerSecret,
        });
        const wellFormed = signed.map(([n, v]) => [n, Buffer.from(v).toString()] as const);

        const query = [...new URLSearchParams(formEncode(signed))];
        assert.deepEqual(query, wellFormed.map(([n, v]) => [Buffer.from(n).toString(), v]));
        assert.ok(verifySignature(verb, `${url}?${formEncode(signed)}`, [], consumerSecret, ''));

        const direct = signOAuthQuery({
          method: verb, url, params: pairs, consumerKey: 'key', consumerSecret,
        });
        assert.ok(verifySignature(verb, `${url}?${direct}`, [], consumerSecret, ''));
        assert.deepEqual(
          [...new URLSearchParams(direct)].slice(0, -1).sort(),
          query.filter(([n]) => !n.startsWith('oauth_')).map(([n, v]) => [n, v] as [string, string])
            .concat([...new URLSearchParams(direct)].filter(([n]) => n.startsWith('oauth_')
              && n !== 'oauth_signature'))
            .sort(),
        );

        const { oauth, rest } = splitOAuthParams(signed);
        const header = parseAuthorization(authorizationHeader(oauth, 'Flickr'));
        const body = [...new URLSearchParams(formEncode(rest))];
        assert.ok(verifySignature(verb, url, [...body, ...header], consumerSecret, ''));
      }),
      { numRuns: RUNS },
    );
  });
});
