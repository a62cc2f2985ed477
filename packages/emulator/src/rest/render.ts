import type { XmlNode } from './xml-node.js';

const XML_PROLOG = '<?xml version="1.0" encoding="utf-8" ?>\n';

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

function renderNode(node: XmlNode, depth: number): string {
  const indent = '\t'.repeat(depth);
  const attrs = Object.entries(node.attrs ?? {})
    .map(([key, value]) => ` ${key}="${escapeAttr(String(value))}"`)
    .join('');
  const children = node.children ?? [];
  if (children.length === 0 && node.text === undefined) return `${indent}<${node.name}${attrs} />`;
  if (children.length === 0) {
    return `${indent}<${node.name}${attrs}>${escapeText(node.text ?? '')}</${node.name}>`;
  }
  const inner = children.map((child) => renderNode(child, depth + 1)).join('\n');
  const text = node.text === undefined ? '' : escapeText(node.text);

  return `${indent}<${node.name}${attrs}>${text}\n${inner}\n${indent}</${node.name}>`;
}

/**
 * Renders a successful reply the way Flickr lays it out: children of `<rsp>` start at
 * column 0, deeper levels are indented with tabs.
 *
 * @example renderXmlOk([]) === '<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="ok">\n</rsp>\n'
 */
export function renderXmlOk(children: readonly XmlNode[]): string {
  const body = children.map((child) => `${renderNode(child, 0)}\n`).join('');

  return `${XML_PROLOG}<rsp stat="ok">\n${body}</rsp>\n`;
}

/**
 * Renders a failure with a newline and a tab before `<err>`: flickcurl takes the error
 * from the second child node of `<rsp>` and crashes on the compact form.
 */
export function renderXmlFail(
  code: number,
  message: string,
  extra: readonly XmlNode[] = [],
): string {
  const attrs = `code="${code}" msg="${escapeAttr(message)}"`;
  const more = extra.map((node) => `${renderNode(node, 1)}\n`).join('');

  return `${XML_PROLOG}<rsp stat="fail">\n\t<err ${attrs} />\n${more}</rsp>\n`;
}

/** A JSON value as Flickr builds it from an element. */
export type JsonValue = string | number | JsonValue[] | { [key: string]: JsonValue };

/**
 * Converts an element to Flickr's JSON shape: attributes become members, text becomes
 * `_content`, repeated children (or those named in `lists`) become arrays.
 */
export function nodeToJson(node: XmlNode): { [key: string]: JsonValue } {
  const out: { [key: string]: JsonValue } = {};
  for (const [key, value] of Object.entries(node.attrs ?? {})) out[key] = value;
  Object.assign(out, childrenToJson(node.children ?? [], node.lists ?? []));
  if (node.text !== undefined) out._content = node.text;

  return out;
}

/** Groups sibling elements by name, arrays where Flickr has arrays. */
export function childrenToJson(
  children: readonly XmlNode[],
  lists: readonly string[],
): { [key: string]: JsonValue } {
  const groups = new Map<string, XmlNode[]>();
  for (const name of lists) groups.set(name, []);
  for (const child of children) {
    const group = groups.get(child.name);
    if (group === undefined) groups.set(child.name, [child]);
    else group.push(child);
  }
  const out: { [key: string]: JsonValue } = {};
  for (const [name, group] of groups) {
    const asList = lists.includes(name) || group.length > 1;
    out[name] = asList ? group.map(nodeToJson) : nodeToJson(group[0] as XmlNode);
  }

  return out;
}

/**
 * Serialises like PHP's `json_encode` does for Flickr: slashes escaped as `\/`.
 */
export function stringifyFlickrJson(value: JsonValue): string {
  return JSON.stringify(value).replace(/\//g, '\\/');
}

/** PHP `serialize()` of a JSON value, for `format=php_serial`. Lengths count UTF-8 bytes. */
export function phpSerialize(value: JsonValue): string {
  if (typeof value === 'number') {
    return Number.isInteger(value) ? `i:${value};` : `d:${value};`;
  }
  if (typeof value === 'string') return `s:${Buffer.byteLength(value)}:"${value}";`;
  const entries: [string | number, JsonValue][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  const body = entries.map(([key, item]) => `${phpSerialize(key)}${phpSerialize(item)}`).join('');

  return `a:${entries.length}:{${body}}`;
}
