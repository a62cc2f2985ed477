import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorCore } from './core.js';

/**
 * Photo file URLs, shaped like `live.staticflickr.com`'s:
 * `/{server}/{id}_{secret}[_{suffix}].{format}`.
 */
export const IMAGE_PATH = /^\/(\d+)\/(\d+)_([0-9a-f]+)(?:_([a-z0-9]+))?\.([a-z0-9]{2,5})$/;

/**
 * Serves a photo's stored file for any of its size URLs. The secret must match (the
 * original secret for `_o`), so unlisted URLs cannot be guessed. Every size serves the
 * original bytes: the emulator does not resize.
 */
export function serveImage(core: EmulatorCore, req: IncomingMessage, res: ServerResponse): void {
  const match = IMAGE_PATH.exec(new URL(req.url ?? '/', 'http://x').pathname);
  const photo = match === null ? undefined : core.state.photos.byId(match[2] ?? '');
  const suffix = match?.[4];
  const secret = suffix === 'o' ? photo?.originalsecret : photo?.secret;
  if (photo === undefined || match?.[3] !== secret || match?.[1] !== photo.server) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
    return;
  }

  res.writeHead(200, {
    'Content-Type': photo.mime,
    'Content-Length': String(photo.fileSize),
    'Cache-Control': 'max-age=315360000',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(core.state.filePath(photo.file));
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
