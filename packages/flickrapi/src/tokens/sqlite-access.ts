/**
 * The parts of the SQLite token cache that run only once a cache is used: the reader of the
 * file's bytes and the schema checks. {@link SqliteTokenCache} loads this module on first use,
 * so that importing the library, which every program pays for, does not compile them.
 *
 * @module
 */
export { lookupTokenRow } from './sqlite-file-reader.js';
export { completeSchema, inspectSchema } from './sqlite-schema.js';
