// The flickrapi-ts signer for sign-node.mjs: `signOAuthParams` from the built library. Like
// the oauth-1.0a signer, which is handed the same parameter object on every call, it is handed
// the same parameters in its own input form, [name, value] pairs, built once.
import { BENCH_KEYS } from '../lib/keys.mjs';

/** Returns a function that signs `spec.params` once and returns the signature. */
export async function signer(spec, check) {
  const { signOAuthParams } = await import('flickrapi-ts');
  const fixed = check ? { nonce: spec.checkNonce, timestamp: spec.checkTimestamp } : {};
  const params = Object.entries(spec.params);

  return () => signOAuthParams({
    method: spec.method,
    url: spec.url,
    params,
    consumerKey: BENCH_KEYS.apiKey,
    consumerSecret: BENCH_KEYS.apiSecret,
    token: BENCH_KEYS.token,
    tokenSecret: BENCH_KEYS.tokenSecret,
    ...fixed,
  }).at(-1)[1];
}
