import { FlickrAPI, type SerializedCall } from '../client/flickr-api.js';
import type { TransportResponse } from '../http/transport.js';

/** A reply as Flickr sent it, and the method it answers. */
export interface RawReply {
  readonly method: string;
  readonly body: string;
}

/**
 * The client of the command line. It keeps the body of the last reply it read, so that
 * `flickr call --format rest` can print Flickr's own `stat="fail"` reply: the library turns
 * that reply into a `FlickrApiError`, which carries the code and message but not the text.
 */
export class ReplyKeepingFlickrAPI extends FlickrAPI {
  /** The last reply read, `undefined` before the first. */
  lastReply: RawReply | undefined;

  protected override decodeCall(call: SerializedCall, response: TransportResponse): unknown {
    this.lastReply = { method: call.method, body: response.body };

    return super.decodeCall(call, response);
  }
}
