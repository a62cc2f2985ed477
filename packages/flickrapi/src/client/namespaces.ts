/**
 * A client's method namespaces (`flickr.photos.getInfo`), built from the method table.
 */
import type { CallOptions } from './options.js';
import {
  methodNames,
  NAMESPACES,
  type FlickrMethodName,
} from '../methods/generated/method-table.js';

/** Calls one method by name; what each namespace function forwards to. */
export type MethodCaller = (
  method: FlickrMethodName,
  params: Readonly<Record<string, unknown>> | undefined,
  options: CallOptions | undefined,
) => Promise<unknown>;

/** A level of the namespace tree: sub-namespaces and method functions. */
export type NamespaceNode = { [key: string]: NamespaceNode | ((...args: never[]) => unknown) };

/**
 * Gives `client` a property for each namespace in {@link NAMESPACES} (`photos`, `test`...).
 * Each is built the first time it is read, as a frozen tree holding a function for every
 * method under it, which forwards to `call`, and is then kept. A program pays only for the
 * namespaces it uses. Only known methods exist, so a misspelt name is `undefined` at run
 * time, never a request.
 */
export function defineNamespaces(client: object, call: MethodCaller): void {
  for (const name of NAMESPACES) {
    Object.defineProperty(client, name, {
      configurable: true,
      enumerable: true,
      get: () => {
        const namespace = buildNamespace(name, call);
        Object.defineProperty(client, name, { value: namespace, enumerable: true });

        return namespace;
      },
    });
  }
}

/** The frozen tree of functions for the methods named `flickr.<name>.*`. */
function buildNamespace(name: string, call: MethodCaller): Readonly<NamespaceNode> {
  const prefix = `flickr.${name}.`;
  const root: NamespaceNode = {};
  for (const method of methodNames()) {
    if (!method.startsWith(prefix)) continue;
    const parts = method.slice(prefix.length).split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      node = (node[part] ??= {}) as NamespaceNode;
    }
    node[parts.at(-1)!] = (params?: Readonly<Record<string, unknown>>, options?: CallOptions) =>
      call(method, params, options);
  }

  return deepFreeze(root);
}

function deepFreeze(node: NamespaceNode): NamespaceNode {
  for (const child of Object.values(node)) {
    if (typeof child === 'object') deepFreeze(child);
  }

  return Object.freeze(node);
}
