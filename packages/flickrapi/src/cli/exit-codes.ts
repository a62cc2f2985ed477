import { FlickrError, type FlickrErrorKind } from '../errors.js';

/**
 * Exit codes of the `flickr` command. Each error kind has its own code so that shell scripts
 * can tell "Flickr said no" from "the network is down" without parsing messages. The values
 * are stable: they are part of the command's interface.
 */
export const EXIT = {
  /** Everything worked. */
  ok: 0,
  /** A failure the command line does not classify (a bug, an unexpected exception). */
  unexpected: 1,
  /** The command line was wrong: unknown option, missing argument, missing API key. */
  usage: 2,
  /** Flickr answered `stat="fail"` (for example error 1 "Photo not found"). */
  api: 3,
  /** OAuth refused the request (`oauth_problem`), or no usable token is cached. */
  oauth: 4,
  /** The login flow ended without a token: declined, timed out, or tampered with. */
  authFlow: 5,
  /** Flickr answered with an HTTP error that is not a Flickr reply (429, 5xx). */
  http: 6,
  /** No complete reply arrived within `--timeout`. */
  timeout: 7,
  /** The request could not be sent or its reply not read (DNS, refused, reset). */
  network: 8,
  /** A reply arrived that could not be read (malformed XML or JSON). */
  responseFormat: 9,
  /** The token cache could not be opened, read or written. */
  tokenCache: 10,
  /** An asynchronous upload was accepted but Flickr failed to process it. */
  uploadTicket: 11,
  /** Cancelled (Ctrl-C). */
  aborted: 130,
} as const;

/** One of the values of {@link EXIT}. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const BY_KIND: Record<FlickrErrorKind, ExitCode> = {
  'api': EXIT.api,
  'oauth': EXIT.oauth,
  'auth-flow': EXIT.authFlow,
  'http': EXIT.http,
  'timeout': EXIT.timeout,
  'network': EXIT.network,
  'response-format': EXIT.responseFormat,
  'usage': EXIT.usage,
  'token-cache': EXIT.tokenCache,
  'aborted': EXIT.aborted,
  'upload-ticket': EXIT.uploadTicket,
};

/** The exit code for an error thrown by a command. */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof FlickrError) return BY_KIND[error.kind];

  return EXIT.unexpected;
}

/** The exit-code table as shown at the end of `flickr --help`. */
export function exitCodeHelp(): string {
  const rows: [ExitCode, string][] = [
    [EXIT.ok, 'success'],
    [EXIT.unexpected, 'unexpected failure'],
    [EXIT.usage, 'bad command line, missing API key or argument'],
    [EXIT.api, 'Flickr refused the call (stat="fail"; its code is printed)'],
    [EXIT.oauth, 'OAuth refused the request, or not logged in'],
    [EXIT.authFlow, 'login did not finish (declined, timed out)'],
    [EXIT.http, 'HTTP error from Flickr (429, 5xx)'],
    [EXIT.timeout, 'no reply within --timeout'],
    [EXIT.network, 'network failure'],
    [EXIT.responseFormat, 'unreadable reply'],
    [EXIT.tokenCache, 'token cache unreadable or unwritable'],
    [EXIT.uploadTicket, 'an --async upload failed while Flickr processed it'],
    [EXIT.aborted, 'cancelled (Ctrl-C)'],
  ];

  return rows.map(([code, text]) => `  ${String(code).padStart(3)}  ${text}`).join('\n');
}
