import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  MAX_AGAIN_BYTES_PER_CHAR,
  MAX_TWICE_BYTES_PER_UNIT,
  writeEncodedAgain,
  writeEncodedTwice,
} from '../../src/oauth/encode-twice.js';
import { signOAuthParams, signOAuthQuery } from '../../src/oauth/index.js';
import { encodeBytes, verifySignature } from './oauth-verifier.js';

/** What a writer put in a buffer sized by its bound, checking it stayed within the bound. */
function written(
  write: (text: string, out: Uint8Array, at: number) => number,
  text: string,
  bytesPerChar: number,
): string {
  const at = 3;
  const bound = bytesPerChar * text.length;
  // Marked bytes past the bound show a write beyond it.
  const out = Buffer.alloc(at + bound + 8, 0xff);
  const end = write(text, out, at);
  assert.ok(end - at <= bound, `${end - at} bytes written for a bound of ${bound}`);
  assert.ok(out.subarray(at + bound).every((byte) => byte === 0xff), 'wrote past the bound');

  return out.toString('latin1', at, end);
}

// Every kind of UTF-16 text: ASCII, two- and three-byte characters, pairs and lone surrogates.
const unit = fc.oneof(
  fc.constantFrom(' ', '%', '+', '*', '~', '!', "'", '(', ')', '&', '=', 'é', '日', '😀'),
  fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }),
);
const text = fc.string({ unit, maxLength: 24 });

describe('writeEncodedTwice', () => {
  it('writes known values', () => {
    const twice = (value: string): string =>
      written(writeEncodedTwice, value, MAX_TWICE_BYTES_PER_UNIT);

    assert.equal(twice(''), '');
    assert.equal(twice('aZ09-._~'), 'aZ09-._~');
    assert.equal(twice("a b+*!'()%"), 'a%2520b%252B%252A%2521%2527%2528%2529%2525');
    assert.equal(twice('é日😀'), '%25C3%25A9%25E6%2597%25A5%25F0%259F%2598%2580');
    // Lone surrogates, at the end and before another character, are U+FFFD.
    assert.equal(twice('a\uD800'), 'a%25EF%25BF%25BD');
    assert.equal(twice('\uDC00b'), '%25EF%25BF%25BDb');
    assert.equal(twice('\uD800\uD800\uDC00'), '%25EF%25BF%25BD%25F0%2590%2580%2580');
  });

  it('equals the reference encoding applied twice, within its bound', () => {
    fc.assert(
      fc.property(text, (value) => {
        assert.equal(
          written(writeEncodedTwice, value, MAX_TWICE_BYTES_PER_UNIT),
          encodeBytes(encodeBytes(value)),
        );
      }),
      { numRuns: 3000 },
    );
  });
});

describe('writeEncodedAgain', () => {
  it('encodes encoded text once more, within its bound', () => {
    fc.assert(
      fc.property(text, (value) => {
        const once = encodeBytes(value);
        assert.equal(
          written(writeEncodedAgain, once, MAX_AGAIN_BYTES_PER_CHAR),
          encodeBytes(once),
        );
      }),
      { numRuns: 3000 },
    );
  });
});

describe('signing long values', () => {
  it('signs values longer than the kept HMAC buffer, then short ones again', () => {
    const url = 'https://api.flickr.com/services/rest/';
    const cases = [
      [['description', '桜'.repeat(4000)], ['title', '😀'.repeat(900)]],
      [['method', 'flickr.test.echo']],
      [['description', 'x'.repeat(20000)]],
      [['method', 'flickr.test.login']],
    ] as Array<Array<[string, string]>>;
    for (const params of cases) {
      const signed = signOAuthParams({
        method: 'POST', url, params, consumerKey: 'key', consumerSecret: 'cs',
        token: 'token', tokenSecret: 'ts',
      });
      assert.ok(verifySignature('POST', url, signed, 'cs', 'ts'));
      const query = signOAuthQuery({
        method: 'GET', url, params, consumerKey: 'key', consumerSecret: 'cs',
      });
      assert.ok(verifySignature('GET', `${url}?${query}`, [], 'cs', ''));
    }
  });
});
