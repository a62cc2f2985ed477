import { PERMS } from '../state/tokens.js';
import { fail } from '../rest/call-params.js';
import { el, listEl, textEl } from '../rest/xml-node.js';
import type { MethodFamily } from './handler.js';

/** flickr.reflection.*: the method list and each method's documentation. */
export const reflectionMethods: MethodFamily = {
  'flickr.reflection.getMethods': ({ world }) => [
    listEl(
      'methods',
      undefined,
      'method',
      world.methods.map((m) => textEl('method', m.name)),
    ),
  ],

  /**
   * `<method>` with description and example, then `<arguments>` and `<errors>` as its
   * siblings under `<rsp>`, as Flickr lays them out.
   */
  'flickr.reflection.getMethodInfo': ({ params, world }) => {
    const name = params.text('method_name') ?? notFound();
    const method = world.methodByName.get(name);
    if (method === undefined) return notFound();

    const methodChildren = [textEl('description', method.description)];
    if (method.exampleXml !== undefined) methodChildren.push(textEl('response', method.exampleXml));
    const methodNode = el(
      'method',
      {
        name: method.name,
        needslogin: method.needslogin ? 1 : 0,
        needssigning: method.needssigning ? 1 : 0,
        requiredperms: PERMS.indexOf(method.requiredperms),
      },
      methodChildren,
    );
    const args = method.arguments.map((arg) =>
      textEl('argument', arg.description, { name: arg.name, optional: arg.optional ? 1 : 0 }),
    );
    const errors = method.errors.map((error) =>
      textEl('error', error.message, { code: error.code, message: error.message }),
    );

    return [
      methodNode,
      listEl('arguments', undefined, 'argument', args),
      listEl('errors', undefined, 'error', errors),
    ];
  },
};

function notFound(): never {
  return fail(1, 'Method not found');
}
