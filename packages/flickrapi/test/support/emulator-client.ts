/**
 * A FlickrAPI pointed at a running emulator, signed in as one of its users, with a memory
 * token store (no file), and a count of the requests it sends.
 */
import type { RunningEmulator } from 'flickr-emulator';

import { FlickrAPI } from '../../src/client/flickr-api.js';
import type { FlickrAPIOptions } from '../../src/client/options.js';
import { NodeTransport } from '../../src/http/node-transport.js';
import type { Transport, TransportRequest } from '../../src/http/transport.js';
import { MemoryTokenStore } from '../../src/tokens/memory-token-store.js';
import type { OAuthToken, Perms } from '../../src/tokens/token.js';

/** A transport that records the path and Flickr method of every request. */
export class CountingTransport implements Transport {
  readonly paths: string[] = [];
  readonly #inner = new NodeTransport();

  request(request: TransportRequest): ReturnType<Transport['request']> {
    const url = new URL(request.url);
    const form = typeof request.body === 'string' ? new URLSearchParams(request.body) : undefined;
    const method = url.searchParams.get('method') ?? form?.get('method') ?? '';
    this.paths.push(`${url.pathname}${method}`);
    return this.#inner.request(request);
  }

  close(): void {
    this.#inner.close();
  }
}

/** A client of `emulator` as `username` (the first user by default) with `perms`. */
export function emulatorClient(
  emulator: RunningEmulator,
  options: FlickrAPIOptions & { readonly perms?: Perms; readonly as?: string | undefined } = {},
): { flickr: FlickrAPI; token: OAuthToken; transport: CountingTransport } {
  const issued = emulator.issueAccessToken({
    perms: options.perms ?? 'write',
    ...(options.as === undefined ? {} : { username: options.as }),
  });
  const token: OAuthToken = { ...issued };
  const transport = new CountingTransport();
  const flickr = new FlickrAPI(emulator.apiKey, emulator.apiSecret, {
    tokenStore: new MemoryTokenStore(),
    transport,
    ...options,
    endpoint: emulator.url,
    token,
  });

  return { flickr, token, transport };
}
