import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { hmacSha1 } from '../../src/oauth/hmac-sha1.js';
import { hmacSha1Signature } from '../../src/oauth/index.js';

// RFC 2202 section 3 test cases whose keys are ASCII (a signing key is text, sent as UTF-8).
const RFC_2202 = [
  { key: '\x0b'.repeat(20), data: 'Hi There', digest: 'b617318655057264e28bc0b6fb378c8ef146be00' },
  { key: 'Jefe', data: 'what do ya want for nothing?', digest: 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79' },
  { key: '\x0c'.repeat(20), data: 'Test With Truncation',
    digest: '4c1a03424b55e07fe7f27be1d58bb9324a9a5a04' },
];

const hex = (base64: string): string => Buffer.from(base64, 'base64').toString('hex');

describe('hmacSha1Signature', () => {
  it('gives the RFC 2202 digests', () => {
    for (const { key, data, digest } of RFC_2202) {
      assert.equal(hex(hmacSha1Signature(data, key)), digest, `key ${JSON.stringify(key)}`);
    }
  });

  it('agrees with createHmac across key changes, long keys and a base string past its buffer', () => {
    const cases = [
      { key: 'consumer&token', message: 'GET&http%3A%2F%2Fexample.com%2F&a%3D1' },
      { key: `${'k'.repeat(100)}&${'t'.repeat(100)}`, message: 'POST&x&y' },
      { key: 'consumer&token', message: 'GET&http%3A%2F%2Fexample.com%2F&a%3D1' },
      // A long base string with another key, then that key again on a short one.
      { key: 'other&secret', message: `POST&x&${'a%253D'.repeat(5000)}` },
      { key: 'other&secret', message: 'GET&x&' },
      { key: 'consumer&', message: 'GET&x&' },
    ];
    for (const { key, message } of cases) {
      const expected = createHmac('sha1', Buffer.from(key, 'utf8'))
        .update(message, 'latin1').digest('base64');
      assert.equal(hmacSha1Signature(message, key), expected, `key of ${key.length} characters`);
    }
  });

  it('signs right after writing a message past its buffer failed', () => {
    const expected = (key: string): string => createHmac('sha1', Buffer.from(key, 'utf8'))
      .update('GET&x&a', 'latin1').digest('base64');
    assert.equal(hmacSha1Signature('GET&x&a', 'first&'), expected('first&'));
    const failing = {
      maxBytes: 100_000,
      write: (): number => {
        throw new Error('the message could not be written');
      },
    };
    assert.throws(() => hmacSha1(failing, 'second&'), /could not be written/);
    // The kept buffer still holds the first key's pads: the second key must not use them.
    assert.equal(hmacSha1Signature('GET&x&a', 'second&'), expected('second&'));
    assert.equal(hmacSha1Signature('GET&x&a', 'first&'), expected('first&'));
  });
});
