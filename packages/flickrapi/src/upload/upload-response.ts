/**
 * Reading what the upload and replace endpoints answer. They answer XML whatever `format`
 * says: `<photoid>`, `<photoid secret originalsecret>` after replace, or `<ticketid>` for
 * asynchronous uploads; failures are `<rsp stat="fail"><err code msg/>`.
 */
import type { XMLParser } from 'fast-xml-parser';

import {
  FlickrApiError,
  FlickrHttpError,
  FlickrOAuthError,
  FlickrResponseFormatError,
} from '../errors.js';
import type { TransportResponse } from '../http/transport.js';
import { fastXmlParser } from '../formats/fast-xml-parser.js';
import { parseFormEncoded } from '../oauth/percent-encode.js';
import { parseRetryAfter } from '../resilience/transient.js';

/** A finished upload or replace. */
export interface UploadedPhoto {
  /** The id of the new (or replaced) photo. */
  readonly photoId: string;
  /** The photo's secret, when Flickr sends it (after replace). */
  readonly secret?: string;
  /** The secret of the original file, when Flickr sends it (after replace). */
  readonly originalSecret?: string;
}

/** An asynchronous upload or replace: Flickr is still processing the file. */
export interface UploadTicket {
  /** The ticket to pass to `waitForTickets` or `flickr.photos.upload.checkTickets`. */
  readonly ticketId: string;
}

// Built on first use, so that importing flickrapi-ts does not load fast-xml-parser.
let parser: XMLParser | undefined;

function xmlParser(): XMLParser {
  parser ??= new (fastXmlParser().XMLParser)(XML_OPTIONS);

  return parser;
}

const XML_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: '_content',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  isArray: () => false,
};

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (isNode(value) && typeof value['_content'] === 'string') return value['_content'].trim();

  return undefined;
}

function attribute(node: unknown, name: string): string | undefined {
  return isNode(node) && typeof node[name] === 'string' ? node[name] : undefined;
}

/** Throws the right error for a reply that is not a 200, as REST calls do. */
function checkStatus(response: TransportResponse, url: string): void {
  if (response.status === 200) return;
  if (response.status === 401) {
    const fields = new Map(parseFormEncoded(response.body.trim()));
    const problem = fields.get('oauth_problem');
    if (problem !== undefined) {
      const debugSbs = fields.get('debug_sbs');
      throw new FlickrOAuthError(url, 401, problem, debugSbs === undefined ? {} : { debugSbs });
    }
  }
  const retryAfterSeconds = parseRetryAfter(response.headers['retry-after']);
  throw new FlickrHttpError('POST', url, response.status, response.body,
    retryAfterSeconds === undefined ? {} : { retryAfterSeconds });
}

/**
 * Flickr's usual success reply, `<rsp stat="ok">` around one `<photoid>` or `<ticketid>`, as
 * it is written: no comments, entities or CDATA, attributes in double quotes. Loading and
 * running an XML parser for it would cost a small upload more time than its bytes.
 */
const PLAIN_REPLY = new RegExp(String.raw`^\s*(?:<\?xml[^<>]*\?>\s*)?<rsp stat="ok">\s*` +
  String.raw`<(photoid|ticketid)((?:\s+[a-z_]+="[^"<>&]*")*)\s*>([^<>&]*)</\1>\s*</rsp>\s*$`);
const ATTRIBUTE = /([a-z_]+)="([^"]*)"/g;

/**
 * The photo or ticket of a reply {@link PLAIN_REPLY} matches, else `undefined` (the reply is
 * then read by the XML parser, which also explains what is wrong with it).
 */
function readPlainReply(body: string): UploadedPhoto | UploadTicket | undefined {
  const match = PLAIN_REPLY.exec(body);
  const id = match?.[3]?.trim();
  if (match === null || id === undefined || id === '') return undefined;
  if (match[1] === 'ticketid') return { ticketId: id };

  const attributes = new Map<string, string>();
  for (const [, name, value] of (match[2] ?? '').matchAll(ATTRIBUTE)) {
    // A repeated attribute is not well-formed XML: the parser decides what that means.
    if (attributes.has(name!)) return undefined;
    attributes.set(name!, value!);
  }
  const secret = attributes.get('secret');
  const originalSecret = attributes.get('originalsecret');

  return {
    photoId: id,
    ...(secret === undefined ? {} : { secret }),
    ...(originalSecret === undefined ? {} : { originalSecret }),
  };
}

/**
 * The photo or ticket in an upload or replace reply.
 *
 * @param endpoint - `upload` or `replace`: the `method` of a {@link FlickrApiError}.
 * @throws {@link FlickrApiError} for `stat="fail"` (with `duplicatePhotoId` for code 9),
 * {@link FlickrOAuthError} for a 401, {@link FlickrHttpError} for other statuses,
 * {@link FlickrResponseFormatError} for a reply that is not Flickr's XML.
 */
export function readUploadResponse(
  response: TransportResponse,
  endpoint: 'upload' | 'replace',
  url: string,
): UploadedPhoto | UploadTicket {
  checkStatus(response, url);
  const plain = readPlainReply(response.body);
  if (plain !== undefined) return plain;
  const where = `${endpoint} ${url}`;
  let document: unknown;
  try {
    document = xmlParser().parse(response.body);
  } catch (error) {
    throw new FlickrResponseFormatError(where, 'XML', response.body, { cause: error });
  }
  const rsp = isNode(document) ? document['rsp'] : undefined;
  if (!isNode(rsp)) throw new FlickrResponseFormatError(where, 'an <rsp> element', response.body);

  if (rsp['stat'] !== 'ok') {
    const err = rsp['err'];
    const code = Number(attribute(err, 'code'));
    if (!Number.isInteger(code)) {
      const expected = '<err code="..."> in a failed <rsp>';
      throw new FlickrResponseFormatError(where, expected, response.body);
    }
    // Seen both as an attribute of <err> and as an element of its own.
    const duplicate = attribute(err, 'duplicate_photo_id') ?? text(rsp['duplicate_photo_id']) ??
      attribute(rsp, 'duplicate_photo_id');
    throw new FlickrApiError(endpoint, code, attribute(err, 'msg') ?? '',
      duplicate === undefined || duplicate === '' ? {} : { duplicatePhotoId: duplicate });
  }

  const ticketId = text(rsp['ticketid']);
  if (ticketId !== undefined && ticketId !== '') return { ticketId };
  const photo = rsp['photoid'];
  const photoId = text(photo);
  if (photoId === undefined || photoId === '') {
    throw new FlickrResponseFormatError(where, '<photoid> or <ticketid>', response.body);
  }
  const secret = attribute(photo, 'secret');
  const originalSecret = attribute(photo, 'originalsecret');

  return {
    photoId,
    ...(secret === undefined ? {} : { secret }),
    ...(originalSecret === undefined ? {} : { originalSecret }),
  };
}
