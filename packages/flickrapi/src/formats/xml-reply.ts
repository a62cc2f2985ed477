/**
 * Reading Flickr's XML (`format=rest`) replies.
 */
import type { XMLParser } from 'fast-xml-parser';
import { FlickrApiError, FlickrResponseFormatError } from '../errors.js';
import { redactText } from '../http/redact.js';
import { fastXmlParser } from './fast-xml-parser.js';
import { errorCode } from './json-reply.js';
import { XmlElement } from './xml-element.js';

/** One node of fast-xml-parser's `preserveOrder` output. */
type OrderedNode = { [key: string]: OrderedNode[] | string | Record<string, string> };

// Built on first use, so that importing flickrapi-ts does not load fast-xml-parser.
let parser: XMLParser | undefined;

function xmlParser(): XMLParser {
  parser ??= new (fastXmlParser().XMLParser)(XML_OPTIONS);

  return parser;
}

const XML_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Also decodes numeric character references (&#233;), which Flickr uses for non-ASCII text.
  htmlEntities: true,
};

/**
 * Parses an XML document into an {@link XmlElement} tree and returns its root element.
 *
 * @param where - names the call in the error, e.g. `flickr.photos.getInfo`
 * @param secrets - values to hide from the body excerpt of a format error
 * @throws FlickrResponseFormatError when the text is not well-formed XML
 */
export function parseXml(text: string, where: string, secrets: readonly string[] = []): XmlElement {
  const valid = fastXmlParser().XMLValidator.validate(text);
  if (valid !== true) {
    throw new FlickrResponseFormatError(where, 'well-formed XML', redactText(text, secrets), {
      cause: new Error(`${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`),
    });
  }
  let nodes: OrderedNode[];
  try {
    nodes = xmlParser().parse(text) as OrderedNode[];
  } catch (error) {
    // The validator passes some documents the parser refuses, e.g. very deep nesting.
    throw new FlickrResponseFormatError(where, 'well-formed XML', redactText(text, secrets), {
      cause: error,
    });
  }
  const root = nodes.map(toElement).find((el): el is XmlElement => el !== undefined);
  if (root === undefined) {
    throw new FlickrResponseFormatError(where, 'an XML element', redactText(text, secrets));
  }

  return root;
}

function toElement(node: OrderedNode): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
  if (name === undefined) return undefined;
  const content = node[name] as OrderedNode[];
  const attributes = (node[':@'] ?? {}) as Record<string, string>;
  const children: XmlElement[] = [];
  let text = '';
  for (const child of content) {
    const element = toElement(child);
    if (element !== undefined) children.push(element);
    else if (typeof child['#text'] === 'string') text += child['#text'];
  }
  // Whitespace between child elements is layout, not content.
  if (children.length > 0 && text.trim() === '') text = '';

  return new XmlElement(name, attributes, children, text);
}

/**
 * Checks a parsed Flickr XML reply: returns `<rsp>` when `stat="ok"`, throws
 * `FlickrApiError` with Flickr's code and message when `stat="fail"`.
 *
 * @param method - the Flickr method (or `upload`/`replace`), named in errors
 * @param text - the reply text, for the excerpt of a format error
 * @param secrets - values to hide from that excerpt
 */
export function checkXmlReply(
  rsp: XmlElement,
  method: string,
  text: string,
  secrets: readonly string[] = [],
): XmlElement {
  const stat = rsp.name === 'rsp' ? rsp.attr('stat') : undefined;
  if (stat === 'ok') return rsp;
  if (stat !== 'fail') {
    throw new FlickrResponseFormatError(method, '<rsp stat="ok|fail">', redactText(text, secrets));
  }

  const err = rsp.find('err');
  const code = errorCode(err?.attr('code'));
  if (err === undefined || code === undefined) {
    throw new FlickrResponseFormatError(
      method,
      '<err code="..." msg="..."/> in a failed reply',
      redactText(text, secrets),
    );
  }
  const duplicate = rsp.text('duplicate_photo_id') ?? err.attr('duplicate_photo_id');

  throw new FlickrApiError(method, code, redactText(err.attr('msg') ?? '', secrets), {
    ...(duplicate === undefined ? {} : { duplicatePhotoId: duplicate }),
  });
}

/** Parses and checks an XML reply in one step; see {@link parseXml} and {@link checkXmlReply}. */
export function readXmlReply(
  text: string,
  method: string,
  secrets: readonly string[] = [],
): XmlElement {
  return checkXmlReply(parseXml(text, method, secrets), method, text, secrets);
}
