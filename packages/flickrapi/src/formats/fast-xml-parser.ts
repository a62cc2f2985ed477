/**
 * fast-xml-parser, loaded on first use. Most programs never read XML (the client asks for
 * JSON), and importing the library's ES modules costs about as much start-up time as the
 * rest of flickrapi-ts; its one-file CommonJS build, required when XML first arrives, costs a
 * tenth of that.
 */
/** The fast-xml-parser module (`XMLParser`, `XMLValidator`, ...). */
export type FastXmlParser = typeof import('fast-xml-parser');

let library: FastXmlParser | undefined;

/** Returns fast-xml-parser, requiring it the first time. */
export function fastXmlParser(): FastXmlParser {
  // `node:module` is fetched here too: as an ES module import it would cost start-up time.
  library ??= process.getBuiltinModule('node:module')
    .createRequire(import.meta.url)('fast-xml-parser') as FastXmlParser;

  return library;
}
