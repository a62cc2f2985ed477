import type { CallContext } from '../rest/call-context.js';
import type { XmlNode } from '../rest/xml-node.js';

/** Implements one Flickr method: returns the children of `<rsp>` or throws `ApiError`. */
export type MethodHandler = (call: CallContext) => readonly XmlNode[];

/** A family of method implementations keyed by full method name. */
export type MethodFamily = Readonly<Record<string, MethodHandler>>;
