import type { Perms } from '../state/tokens.js';
import type { XmlNode } from '../rest/xml-node.js';

/** One argument of a Flickr method, as reflection describes it. */
export interface ArgumentSpec {
  readonly name: string;
  readonly optional: boolean;
  readonly description: string;
}

/** One documented error of a Flickr method. */
export interface ErrorSpec {
  readonly code: number;
  readonly message: string;
}

/**
 * A Flickr method as `flickr.reflection.getMethodInfo` reports it, plus its documented
 * example response (raw XML and parsed) when Flickr documents one.
 */
export interface MethodSpec {
  readonly name: string;
  readonly description: string;
  readonly needslogin: boolean;
  readonly needssigning: boolean;
  readonly requiredperms: Perms;
  readonly arguments: readonly ArgumentSpec[];
  readonly errors: readonly ErrorSpec[];
  readonly exampleXml?: string;
  readonly example?: readonly XmlNode[];
}
