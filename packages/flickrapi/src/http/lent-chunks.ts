/**
 * Lent chunks: a way for a streamed request body to hand its bytes to a transport that is done
 * with each chunk before it asks for the next, so that the body can read a file into the same
 * memory over and over instead of into a fresh buffer per chunk. Any other consumer iterates
 * the body as usual and gets chunks it may keep.
 */

/**
 * The method of a body that can lend its chunks. `Symbol.for` so that two copies of the
 * library (a bundle and its sources, say) still recognise each other's bodies.
 */
export const LEND_CHUNKS: unique symbol = Symbol.for('flickrapi-ts.lendChunks');

/**
 * A streamed body that can also be read in lent chunks. Iterating it normally gives chunks
 * the consumer may keep; `[LEND_CHUNKS]()` gives the same bytes in chunks that are only lent:
 * each one may be overwritten as soon as the next one is pulled.
 */
export interface LendingBody extends AsyncIterable<Uint8Array> {
  /** The body's bytes in lent chunks. Call it at most once per sending of the body. */
  [LEND_CHUNKS](): AsyncIterable<Uint8Array>;
}

/**
 * The chunks of `body` for a consumer that has finished with each chunk (written it out or
 * copied it) before it pulls the next: lent ones when the body can lend, else its own.
 */
export function lentChunks(body: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  const lend = (body as Partial<LendingBody>)[LEND_CHUNKS];

  return typeof lend === 'function' ? lend.call(body) : body;
}
