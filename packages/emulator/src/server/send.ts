import type { ServerResponse } from 'node:http';

/** How a reply body travels: whole, cut short, or dribbled out slowly. */
export type Delivery =
  | { readonly kind: 'normal' }
  | { readonly kind: 'truncate' }
  | { readonly kind: 'slow'; readonly durationMs: number };

/** A reply ready to be written. */
export interface OutgoingReply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Buffer;
}

const SLOW_CHUNKS = 10;

/** Header values must be visible ASCII; anything else becomes `?`. */
function headerSafe(value: string): string {
  return value.replace(/[^\x20-\x7e]/g, '?');
}

/**
 * Writes a reply. `truncate` announces the full length, sends half the body and closes
 * the connection, as a dropped connection looks to a client; `slow` sends the body in
 * pieces spread over the given time.
 */
export function sendReply(res: ServerResponse, reply: OutgoingReply, delivery: Delivery): void {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
  res.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers)) res.setHeader(name, headerSafe(value));
  res.setHeader('Content-Length', String(body.length));

  if (delivery.kind === 'truncate') {
    res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
    return;
  }
  if (delivery.kind === 'slow' && body.length > 1) {
    const size = Math.ceil(body.length / SLOW_CHUNKS);
    const interval = delivery.durationMs / SLOW_CHUNKS;
    let offset = 0;
    const step = (): void => {
      if (res.destroyed) return;
      const piece = body.subarray(offset, offset + size);
      offset += size;
      if (offset >= body.length) {
        res.end(piece);
        return;
      }
      res.write(piece);
      setTimeout(step, interval).unref();
    };
    step();
    return;
  }
  res.end(body);
}
