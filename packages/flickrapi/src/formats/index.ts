/** Response formats: decoding Flickr's JSON and XML replies and detecting failures. */
export {
  checkHttpStatus,
  decodeResponse,
  parseRetryAfter,
  type ReplyContext,
} from './decode-response.js';
export { readJsonReply } from './json-reply.js';
export {
  isResponseFormat,
  RESPONSE_FORMATS,
  wireFormatParams,
  type FlickrResponse,
  type FormatResult,
  type JsonValue,
  type ResponseFormat,
} from './response-format.js';
export { XmlElement } from './xml-element.js';
export { checkXmlReply, parseXml, readXmlReply } from './xml-reply.js';
