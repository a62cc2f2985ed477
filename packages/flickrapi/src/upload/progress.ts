/**
 * Upload progress and cancellation, applied where the transport pulls the file's bytes: a
 * byte counts as sent once the transport has taken it, and a cancelled upload stops reading
 * its source at once.
 */
import { abortReason } from '../resilience/clock.js';

/** One progress report. */
export interface UploadProgress {
  /** Bytes of the file taken by the transport so far. */
  readonly sent: number;
  /** Bytes in the file, or `undefined` for a stream of unknown size. */
  readonly total: number | undefined;
}

/** Receives progress reports; called once at 0 and after every chunk, last with sent = total. */
export type ProgressListener = (progress: UploadProgress) => void;

/**
 * Passes `chunks` through, reporting progress and throwing the abort error as soon as
 * `signal` aborts. Leaving the loop closes the source (its `return()` runs).
 */
export async function* trackProgress(
  chunks: AsyncIterable<Uint8Array>,
  total: number | undefined,
  onProgress: ProgressListener | undefined,
  signal: AbortSignal | undefined,
  what: string,
): AsyncGenerator<Uint8Array> {
  if (signal?.aborted === true) throw abortReason(what, signal);
  let sent = 0;
  onProgress?.({ sent, total });
  for await (const chunk of chunks) {
    // The signal may have aborted while the previous chunk was being sent.
    if (isAborted(signal)) throw abortReason(what, signal);
    sent += chunk.byteLength;
    yield chunk;
    onProgress?.({ sent, total });
  }
}

function isAborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true;
}
