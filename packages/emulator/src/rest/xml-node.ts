/**
 * The response tree every REST method builds. One tree renders as Flickr's XML, JSON or
 * PHP-serialized reply, so the formats never drift apart.
 */
export interface XmlNode {
  readonly name: string;
  /** Attribute values; numbers stay numbers in JSON (Flickr's `page`, `ispublic`...). */
  readonly attrs?: Readonly<Record<string, string | number>>;
  readonly children?: readonly XmlNode[];
  /** Text content, `_content` in JSON; `undefined` means none. */
  readonly text?: string;
  /** Child names that are JSON arrays even with zero or one element (`photo`, `tag`...). */
  readonly lists?: readonly string[];
}

/** Attribute map accepted by the builders; `undefined` values are left out. */
export type Attrs = Readonly<Record<string, string | number | undefined>>;

function cleanAttrs(attrs: Attrs | undefined): Record<string, string | number> | undefined {
  if (attrs === undefined) return undefined;
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(attrs)) if (value !== undefined) out[key] = value;

  return out;
}

/** An element with attributes and children. */
export function el(name: string, attrs?: Attrs, children?: readonly XmlNode[]): XmlNode {
  const node: { -readonly [K in keyof XmlNode]: XmlNode[K] } = { name };
  const clean = cleanAttrs(attrs);
  if (clean !== undefined) node.attrs = clean;
  if (children !== undefined) node.children = children;

  return node;
}

/** An element holding text (`<title>Sunset</title>`, JSON `{"_content":"Sunset"}`). */
export function textEl(name: string, text: string, attrs?: Attrs): XmlNode {
  const node: { -readonly [K in keyof XmlNode]: XmlNode[K] } = { name, text };
  const clean = cleanAttrs(attrs);
  if (clean !== undefined) node.attrs = clean;

  return node;
}

/** A list element whose `itemName` children are always a JSON array. */
export function listEl(
  name: string,
  attrs: Attrs | undefined,
  itemName: string,
  items: readonly XmlNode[],
): XmlNode {
  return { ...el(name, attrs, items), lists: [itemName] };
}
