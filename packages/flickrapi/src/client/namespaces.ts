/**
 * Building a client's method namespaces (`flickr.photos.getInfo`) from the method table.
 */
import type { CallOptions } from './options.js';
import { METHOD_TABLE } from '../methods/generated/method-table.js';

/** Calls one method by name; what each namespace function forwards to. */
export type MethodCaller = (
  method: keyof typeof METHOD_TABLE,
  params: Readonly<Record<string, unknown>> | undefined,
  options: CallOptions | undefined,
) => Promise<unknown>;

/** A level of the namespace tree: sub-namespaces and method functions. */
export type NamespaceNode = { [key: string]: NamespaceNode | ((...args: never[]) => unknown) };

/**
 * One frozen object tree holding a function for every method in {@link METHOD_TABLE}, keyed by
 * the name's parts after `flickr.`; each function forwards to `call`. Only known methods
 * exist, so a misspelt name is `undefined` at run time, never a request.
 */
export function buildNamespaces(call: MethodCaller): Readonly<NamespaceNode> {
  const root: NamespaceNode = {};
  for (const method of Object.keys(METHOD_TABLE) as Array<keyof typeof METHOD_TABLE>) {
    const parts = method.split('.').slice(1);
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
