import type { FlickrLogger } from '../http/logger.js';
import type { Output } from './output.js';

function field(fields: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = fields[name];

  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/**
 * The logger behind `--verbose`: one line per request on stderr, such as
 * `flickr: POST https://api.flickr.com/services/rest/ -> 200 in 182 ms`. The library has
 * already redacted the URL; the output redacts once more with the run's own secrets.
 */
export function verboseLogger(output: Output): FlickrLogger {
  return {
    debug(message, fields) {
      const method = field(fields, 'method');
      const url = field(fields, 'url');
      if (method === undefined || url === undefined) {
        output.note(`flickr: ${message}`);

        return;
      }

      const status = field(fields, 'status');
      const duration = field(fields, 'durationMs');
      const error = field(fields, 'error');
      const outcome = status === undefined ? `failed: ${error ?? 'no reply'}` : status;
      const timing = duration === undefined ? '' : ` in ${Math.round(Number(duration))} ms`;
      output.note(`flickr: ${method} ${url} -> ${outcome}${timing}`);
    },
  };
}
