import { ApiError } from '../rest/api-error.js';
import type { CallContext } from '../rest/call-context.js';
import type { XmlNode } from '../rest/xml-node.js';

/**
 * Answers a method the emulator does not model with Flickr's documented example response
 * (empty `<rsp stat="ok">` for the setters Flickr documents without one), after the
 * usual checks. A missing required argument is reported with the method's first
 * method-specific error, which in Flickr's reflection data is the one about its primary
 * argument (e.g. `1: Photo not found` for a missing `photo_id`).
 */
export function exampleResponse(call: CallContext): readonly XmlNode[] {
  const missing = call.method.arguments.find(
    (arg) => !arg.optional && arg.name !== 'api_key' && call.params.text(arg.name) === undefined,
  );
  const specific = call.method.errors.find((error) => error.code < 95);
  if (missing !== undefined && specific !== undefined) {
    throw new ApiError(specific.code, specific.message);
  }

  return call.method.example ?? [];
}
