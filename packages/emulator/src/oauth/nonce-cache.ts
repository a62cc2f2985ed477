/**
 * Remembers recently seen (consumer key, token, timestamp, nonce) tuples to refuse
 * replayed requests.
 *
 * A replay is the same tuple with the same signature. A tuple reused with a different
 * signature is let through: Perl Flickr::API 1.28 signs request_token, access_token and
 * every upload with the nonce and timestamp it drew in its constructor, so a stricter rule
 * would break an unmodified client. A captured request cannot be re-signed, so replay
 * protection is unaffected. Memory is bounded by evicting the oldest entries.
 */
export class NonceCache {
  readonly #seen = new Map<string, Set<string>>();
  readonly #capacity: number;

  /** @param capacity tuples kept before the oldest are forgotten (default 100,000). */
  constructor(capacity = 100_000) {
    this.#capacity = capacity;
  }

  /**
   * Records a request; returns false when the identical request was already seen.
   */
  remember(
    consumerKey: string,
    token: string,
    timestamp: string,
    nonce: string,
    signature: string,
  ) {
    const key = [consumerKey, token, timestamp, nonce].join('\u0000');
    const signatures = this.#seen.get(key);
    if (signatures?.has(signature)) return false;
    if (signatures !== undefined) {
      signatures.add(signature);
      return true;
    }
    this.#seen.set(key, new Set([signature]));
    if (this.#seen.size > this.#capacity) {
      const oldest = this.#seen.keys().next().value;
      if (oldest !== undefined) this.#seen.delete(oldest);
    }

    return true;
  }
}
