/**
 * A parsed XML element tree, the counterpart of the `etree` elements Python flickrapi returns.
 */

/**
 * One XML element: its name, attributes, direct text and child elements, with path look-ups.
 * A path is tag names separated by `/` (`photo/owner`), `*` matches any tag, and a leading
 * `.//` searches at any depth.
 *
 * @example
 * ```ts
 * const rsp = await flickr.photos.getInfo({ photo_id: '1' }, { format: 'xml' });
 * rsp.find('photo')?.attr('id');           // '1'
 * rsp.text('photo/title');                 // 'Sunset'
 * rsp.findAll('photo/tags/tag').map((t) => t.text());
 * ```
 */
export class XmlElement {
  /** The tag name, e.g. `rsp` or `photo`. */
  readonly name: string;
  /** The attributes, entity references decoded. */
  readonly attributes: Readonly<Record<string, string>>;
  /** The child elements, in document order. */
  readonly children: readonly XmlElement[];
  readonly #text: string;

  constructor(
    name: string,
    attributes: Readonly<Record<string, string>> = {},
    children: readonly XmlElement[] = [],
    text = '',
  ) {
    this.name = name;
    this.attributes = attributes;
    this.children = children;
    this.#text = text;
  }

  /** An attribute's value, or `undefined` when the element has no such attribute. */
  attr(name: string): string | undefined {
    return Object.hasOwn(this.attributes, name) ? this.attributes[name] : undefined;
  }

  /**
   * Without a path: the element's own text (text directly inside it, not in children;
   * indentation between child elements is not text and reads as `''`). With a path: the text
   * of the first element it matches, or `undefined` when nothing matches.
   */
  text(): string;
  text(path: string): string | undefined;
  text(path?: string): string | undefined {
    if (path === undefined) return this.#text;

    return this.find(path)?.text();
  }

  /** The first element matching `path`, or `undefined`. */
  find(path: string): XmlElement | undefined {
    return this.findAll(path)[0];
  }

  /** Every element matching `path`, in document order. */
  findAll(path: string): XmlElement[] {
    const deep = path.startsWith('.//') || path.startsWith('//');
    const steps = path.replace(/^\.?\/\/?/, '').split('/')
      .filter((step) => step !== '' && step !== '.');
    if (steps.length === 0) return [this];

    let current: XmlElement[] = deep ? this.#descendants() : [this];
    for (const [index, step] of steps.entries()) {
      const candidates = deep && index === 0 ? current : current.flatMap((el) => el.children);
      current = candidates.filter((el) => step === '*' || el.name === step);
    }

    return current;
  }

  /** Every element below this one, depth first, in document order. */
  #descendants(): XmlElement[] {
    const out: XmlElement[] = [];
    const visit = (el: XmlElement): void => {
      for (const child of el.children) {
        out.push(child);
        visit(child);
      }
    };
    visit(this);

    return out;
  }

  /** A plain-object view for logging and tests: `{ name, attributes, text, children }`. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      attributes: this.attributes,
      text: this.#text,
      children: this.children.map((child) => child.toJSON()),
    };
  }
}
