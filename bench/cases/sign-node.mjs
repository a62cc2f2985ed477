#!/usr/bin/env node
// OAuth 1.0a HMAC-SHA1 signing alone: one complete set of signed parameters (nonce,
// timestamp, signature) per iteration, over the same 10-parameter set with accents, CJK and
// emoji (bench/lib/sign-params.json), for each Node signer.
// Usage: node sign-node.mjs --signer oauth-1.0a|flickr-sdk|flickrapi-ts --duration-ms N
//        node sign-node.mjs --signer NAME --check 1   (prints the signature for a fixed
//        nonce and timestamp, so the runner can check that every signer agrees)
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { caseArgs, report } from '../lib/call-loop.mjs';
import { BENCH_KEYS } from '../lib/keys.mjs';

const args = caseArgs();
const spec = JSON.parse(readFileSync(new URL('../lib/sign-params.json', import.meta.url)));
const check = args.check === '1';
const signer = await loadSigner(args.signer);

if (check) {
  report({ signature: signer() });
} else {
  const durationMs = Number(args['duration-ms'] ?? 1000);
  // Long enough for V8 to finish optimizing every signer before the clock starts.
  signFor(500);
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const signatures = signFor(durationMs);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  // Per CPU second as well as per second: on a shared machine the wall clock also counts the
  // time other processes held the core.
  report({ signatures, seconds, cpuSeconds, perSec: signatures / seconds,
    perCpuSec: signatures / cpuSeconds, usPerSignature: 1e6 * cpuSeconds / signatures });
}

function signFor(ms) {
  const deadline = performance.now() + ms;
  let count = 0;
  let sink = 0;
  while (performance.now() < deadline) {
    // Batches keep the clock reads out of the measured cost.
    for (let i = 0; i < 64; i++) sink += signer().length;
    count += 64;
  }
  if (sink === 0) throw new Error('sign-node: empty signatures');

  return count;
}

/** Returns a function that signs the parameter set once and returns the signature. */
async function loadSigner(name) {
  if (name === 'oauth-1.0a') return await oauth10aSigner();
  if (name === 'flickr-sdk') return await flickrSdkSigner();
  if (name === 'flickrapi-ts') return (await import('./sign-flickrapi-ts.mjs')).signer(spec, check);
  throw new Error(`sign-node: unknown --signer ${JSON.stringify(name)}`);
}

async function oauth10aSigner() {
  const { default: OAuth } = await import('oauth-1.0a');
  const oauth = OAuth({
    consumer: { key: BENCH_KEYS.apiKey, secret: BENCH_KEYS.apiSecret },
    signature_method: 'HMAC-SHA1',
    hash_function: (base, key) => createHmac('sha1', key).update(base).digest('base64'),
  });
  if (check) {
    oauth.getNonce = () => spec.checkNonce;
    oauth.getTimeStamp = () => Number(spec.checkTimestamp);
  }
  const token = { key: BENCH_KEYS.token, secret: BENCH_KEYS.tokenSecret };

  return () => oauth.authorize({ url: spec.url, method: spec.method, data: spec.params }, token)
    .oauth_signature;
}

async function flickrSdkSigner() {
  const { OAuthAuth, GET } = await import('flickr-sdk');
  const auth = new OAuthAuth(BENCH_KEYS.apiKey, BENCH_KEYS.apiSecret, BENCH_KEYS.token,
    BENCH_KEYS.tokenSecret);
  if (check) {
    auth.oauth.nonce = () => spec.checkNonce;
    auth.oauth.timestamp = () => spec.checkTimestamp;
  }
  const entries = Object.entries(spec.params);

  // flickr-sdk signs a Params object in place (its REST path for read methods uses GET).
  return () => {
    const params = new GET();
    for (const [key, value] of entries) params.set(key, value);
    auth.sign(spec.method, spec.url, params);

    return params.searchParams.get('oauth_signature');
  };
}
