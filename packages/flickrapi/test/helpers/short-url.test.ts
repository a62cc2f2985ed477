import { test } from 'node:test';
import assert from 'node:assert/strict';

import { FlickrUsageError } from '../../src/errors.js';
import {
  decodeBase58,
  encodeBase58,
  photoIdFromShortUrl,
  shortUrl,
} from '../../src/helpers/short-url.js';

const VECTORS: [string, string][] = [
  ['4325695128', '7Afjsu'],
  ['2811466321', '5hruZg'],
  ['5169665786', '8SPTwJ'],
  ['4425073240', '7K2E7d'],
  ['53104126447', '2oUCwF2'],
];

test('encodes and decodes the known vectors', () => {
  for (const [id, code] of VECTORS) {
    assert.equal(encodeBase58(id), code);
    assert.equal(encodeBase58(BigInt(id)), code);
    assert.equal(encodeBase58(Number(id)), code);
    assert.equal(decodeBase58(code), id);
    assert.equal(shortUrl(id), `https://flic.kr/p/${code}`);
    assert.equal(photoIdFromShortUrl(`https://flic.kr/p/${code}`), id);
  }
});

test('round-trips ids beyond 2^53 and single digits', () => {
  for (const id of ['1', '57', '58', '3364', '90071992547409931234']) {
    assert.equal(decodeBase58(encodeBase58(id)), id);
  }
  assert.equal(encodeBase58('1'), '2');
  assert.equal(encodeBase58('58'), '21');
});

test('accepts http, www and a trailing slash in short URLs', () => {
  assert.equal(photoIdFromShortUrl('http://www.flic.kr/p/7Afjsu/'), '4325695128');
  assert.equal(photoIdFromShortUrl(' 7Afjsu '), '4325695128');
});

test('rejects bad input with a message naming it', () => {
  assert.throws(() => decodeBase58('7Af0su'), (e: unknown) => {
    assert.ok(e instanceof FlickrUsageError);
    assert.match(e.message, /"0" at position 3 of "7Af0su"/);
    return true;
  });
  assert.throws(() => decodeBase58('lI'), /not a base-58 digit/);
  assert.throws(() => decodeBase58(''), /empty/);
  assert.throws(() => encodeBase58('12a'), /"12a" is not valid/);
  assert.throws(() => encodeBase58('0'), /positive whole number/);
  assert.throws(() => encodeBase58(-5), FlickrUsageError);
  assert.throws(() => encodeBase58(1.5), FlickrUsageError);
  assert.throws(() => photoIdFromShortUrl('https://example.com/p/7Afjsu'), /not a flic.kr/);
});
