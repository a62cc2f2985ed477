// The flickrapi-ts signer for sign-node.mjs: `signOAuthParams` from the built library,
// given the parameters as an object's entries (as the client hands them over per call).
import { BENCH_KEYS } from '../lib/keys.mjs';

/** Returns a function that signs `spec.params` once and returns the signature. */
export async function signer(spec, check) {
  const { signOAuthParams } = await import('flickrapi-ts');
  const fixed = check ? { nonce: spec.checkNonce, timestamp: spec.checkTimestamp } : {};

  return () => signOAuthParams({
    method: spec.method,
    url: spec.url,
    params: Object.entries(spec.params),
    consumerKey: BENCH_KEYS.apiKey,
    consumerSecret: BENCH_KEYS.apiSecret,
    token: BENCH_KEYS.token,
    tokenSecret: BENCH_KEYS.tokenSecret,
    ...fixed,
  }).at(-1)[1];
}
