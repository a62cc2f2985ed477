#!/usr/bin/env node
// Generates the typed method table, parameter interfaces and namespace types of flickrapi-ts
// from spec/flickr-methods.json (Flickr's reflection data). Run from the repository root:
//   npm run generate
// Plain Node ESM with no dependencies, so it runs before anything is installed or built.
// With --check it writes nothing and exits 1 when the committed files are out of date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const specPath = join(here, '../../../spec/flickr-methods.json');
const outDir = join(here, '../src/methods/generated');
const methods = JSON.parse(readFileSync(specPath, 'utf8'));

const HEADER = `// GENERATED FILE, DO NOT EDIT. Generated from spec/flickr-methods.json by
// packages/flickrapi/scripts/generate-methods.mjs; regenerate with \`npm run generate\`.
`;

// Argument types, by name. Keep them simple and sound: every type also accepts the text
// Flickr documents, so callers are never forced to convert what they already have.
const UNIX_DATES = new Set([
  'date_lastupload', 'min_fave_date', 'max_fave_date', 'added_since', 'min_upload_date',
  'max_upload_date', 'min_comment_date', 'max_comment_date', 'date_lastcomment', 'min_date',
  'date_posted', 'min_taken_date', 'max_taken_date', 'date_taken', 'date', 'date_until',
]);
const DATE_LISTS = new Set(['dates', 'taken_dates']);
const FLAGS = new Set([
  'is_public', 'is_contact', 'is_friend', 'is_family', 'has_geo', 'is_commons', 'in_gallery',
  'is_getty', 'just_friends', 'single_photo', 'include_self', 'full_response', 'full_result',
  'get_user_info', 'get_gallery_info', 'cover_photos', 'hidden', 'accept_rules', 'delete_photos',
]);
const LIST_DESCRIPTION = /comma[- ]?(separated|delimited)/i;

// Arguments the library fills in itself: api_key (oauth_consumer_key replaces it on signed
// calls) and, for checkToken, oauth_token (the token the call is signed with).
const SUPPLIED = new Set(['api_key']);
const SUPPLIED_WHEN_SIGNED = new Set(['oauth_token']);

function argType(arg) {
  if (DATE_LISTS.has(arg.name)) return 'string | readonly (string | number | Date)[]';
  if (UNIX_DATES.has(arg.name)) return 'string | number | Date';
  if (FLAGS.has(arg.name)) return 'boolean | 0 | 1';
  if (LIST_DESCRIPTION.test(arg.description)) return 'string | readonly (string | number)[]';

  return 'string | number';
}

function dateNote(arg) {
  if (arg.name === 'min_taken_date' || arg.name === 'max_taken_date' || arg.name === 'date_taken'
    || arg.name === 'taken_dates') {
    return 'A `Date` is sent as a MySQL datetime in UTC (`YYYY-MM-DD HH:MM:SS`).';
  }
  if (arg.name === 'date' || arg.name === 'date_until') {
    return 'A `Date` is sent as its UTC day (`YYYY-MM-DD`).';
  }
  if (UNIX_DATES.has(arg.name) || DATE_LISTS.has(arg.name)) {
    return 'A `Date` is sent as Unix seconds.';
  }
  if (FLAGS.has(arg.name)) return '`true`/`false` are sent as `1`/`0`.';
  if (LIST_DESCRIPTION.test(arg.description)) return 'An array is sent comma-joined.';

  return '';
}

/** Wraps text into ` * ` comment lines no longer than 100 characters. */
function docLines(text, indent) {
  const prefix = `${indent} * `;
  const words = text.replaceAll('*/', '*\\/').split(/\s+/).filter(Boolean);
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line !== '' && prefix.length + line.length + 1 + word.length > 100) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);

  return lines.map((l) => `${prefix}${l}`);
}

function docComment(paragraphs, indent) {
  const body = paragraphs.filter((p) => p !== '').flatMap((p, i) => [
    ...(i > 0 ? [`${indent} *`] : []),
    ...docLines(p, indent),
  ]);

  return [`${indent}/**`, ...body, `${indent} */`].join('\n');
}

function typeName(method) {
  return method.name.split('.').slice(1)
    .map((part) => part[0].toUpperCase() + part.slice(1)).join('') + 'Params';
}

function userArgs(method) {
  return method.arguments.filter((arg) => !SUPPLIED.has(arg.name)).map((arg) => ({
    ...arg,
    optional: arg.optional || (method.needssigning && SUPPLIED_WHEN_SIGNED.has(arg.name)),
  }));
}

const checkOnly = process.argv.includes('--check');
const stale = [];

function write(file, text) {
  const path = join(outDir, file);
  const content = `${HEADER}${text}`;
  if (!checkOnly) writeFileSync(path, content);
  else if (!existsSync(path) || readFileSync(path, 'utf8') !== content) stale.push(file);
}

if (!checkOnly) mkdirSync(outDir, { recursive: true });
const sorted = [...methods].sort((a, b) => (a.name < b.name ? -1 : 1));
const quote = (s) => `'${s}'`;

// 1. The runtime table: its type spelled out, its values as one short line of text each,
// which costs next to nothing to load where a 223-entry object literal costs start-up time.
const isPost = (method) => method.requiredperms === 'write' || method.requiredperms === 'delete';
const argNames = (method, optional) => userArgs(method)
  .filter((a) => a.optional === optional).map((a) => a.name);
const entryTypes = sorted.map((method) => {
  const names = (optional) => argNames(method, optional).map(quote).join(', ');

  return [
    `  readonly '${method.name}': {`,
    `    readonly required: readonly [${names(false)}];`,
    `    readonly optional: readonly [${names(true)}];`,
    `    readonly perms: '${method.requiredperms}';`,
    `    readonly login: ${method.needslogin};`,
    `    readonly signed: ${method.needssigning};`,
    `    readonly httpMethod: '${isPost(method) ? 'POST' : 'GET'}';`,
    '  };',
  ].join('\n');
});
const rows = sorted.map((method) => [
  method.name.slice('flickr.'.length),
  argNames(method, false).join(','),
  argNames(method, true).join(','),
  method.requiredperms,
  method.needslogin ? 1 : 0,
  method.needssigning ? 1 : 0,
].join('|'));
const namespaces = [...new Set(sorted.map((method) => method.name.split('.')[1]))];
write('method-table.ts', `/**
 * Every Flickr method: its arguments, the permission it needs, whether it must be signed, and
 * the HTTP method it is sent with (POST for write and delete methods, which Flickr refuses
 * over GET with error 116).
 */
import type { MethodInfo } from '../method-info.js';
import { MethodCatalogue } from '../method-rows.js';

/** Each method's entry in {@link METHOD_TABLE}, its values as literal types. */
export type MethodTable = {
${entryTypes.map(wrapLongLines).join('\n')}
};

const CATALOGUE = new MethodCatalogue([
${rows.map(rowLines).join('\n')}
]);

/**
 * The ${sorted.length} Flickr API methods, by name. A read-only view: the rows behind it are read
 * the first time it is used, not at import.
 */
export const METHOD_TABLE = CATALOGUE.view() as MethodTable satisfies
  Readonly<Record<string, MethodInfo>>;

/** The name of a Flickr API method, e.g. \`'flickr.photos.getInfo'\`. */
export type FlickrMethodName = keyof MethodTable;

/** The table entry of \`method\`, or \`undefined\` when Flickr has no method of that name. */
export function methodInfo(method: string): MethodInfo | undefined {
  return CATALOGUE.info(method);
}

/** Every method name, in table order. */
export function methodNames(): FlickrMethodName[] {
  return CATALOGUE.names() as FlickrMethodName[];
}

/** The first part of every method name after \`flickr.\`: the client's namespaces. */
export const NAMESPACES = [
${wrapWords(namespaces.map(quote), '  ', ',')}
] as const;
`);

/** One row as a string literal, cut into concatenated pieces to keep lines short. */
function rowLines(row) {
  const pieces = [];
  let rest = row;
  while (rest.length > 90) {
    const cut = rest.lastIndexOf(',', 90) + 1;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);

  return pieces.map((piece, i) => `${i === 0 ? '  ' : '    + '}'${piece}'`).join('\n') + ',';
}

/** Words joined by `separator` and a space, in lines no longer than 100 characters. */
function wrapWords(words, indent, separator) {
  const lines = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? `${indent}${word}${separator}` : `${line} ${word}${separator}`;
    if (next.length > 100) {
      lines.push(line);
      line = `${indent}${word}${separator}`;
    } else {
      line = next;
    }
  }
  if (line !== '') lines.push(line);

  return lines.join('\n');
}

function wrapLongLines(entry) {
  return entry.split('\n').map((line) => (line.length > 100 ? wrapArray(line) : line)).join('\n');
}

function wrapArray(line) {
  const match = /^(\s*)(readonly \w+): readonly \[(.*)\];$/.exec(line);
  if (match === null) return line;
  const [, indent, key, items] = match;

  return [
    `${indent}${key}: readonly [`,
    ...items.split(', ').map((i) => `${indent}  ${i},`),
    `${indent}];`,
  ].join('\n');
}

// 2. One params interface per method, and the name → params map.
const interfaces = sorted.map((method) => {
  const members = userArgs(method).map((arg) => [
    docComment([arg.description, dateNote(arg)], '  '),
    `  readonly ${arg.name}${arg.optional ? '?' : ''}: ${argType(arg)} | undefined;`,
  ].join('\n'));
  const perms = method.requiredperms === 'none' ? 'none' : `\`${method.requiredperms}\``;
  const doc = docComment([
    `Arguments of \`${method.name}\`: ${method.description}`,
    `Permission needed: ${perms}.`,
  ], '');
  // flickr.test.echo returns whatever it is sent; other methods without arguments take none,
  // so that a stray argument is a compile error rather than a silent no-op.
  if (method.name === 'flickr.test.echo') {
    return `${doc}\nexport type ${typeName(method)} =\n`
      + '  Readonly<Record<string, string | number | boolean>>;\n';
  }
  if (members.length === 0) {
    return `${doc}\nexport type ${typeName(method)} = Readonly<Record<string, never>>;\n`;
  }

  return `${doc}\nexport interface ${typeName(method)} {\n${members.join('\n')}\n}\n`;
});
const paramsMap = sorted.map((m) => {
  const line = `  '${m.name}': ${typeName(m)};`;

  return line.length <= 100 ? line : `  '${m.name}':\n    ${typeName(m)};`;
}).join('\n');
write('method-params.ts', `/**
 * The arguments of every Flickr method. \`api_key\` is never among them: the client sends it
 * (or \`oauth_consumer_key\` on signed calls). Optional members accept \`undefined\`, which is
 * left out of the request.
 */

${interfaces.join('\n')}
/** The arguments of each method, by method name. */
export interface FlickrMethodParams {
${paramsMap}
}
`);

// 3. The nested namespace type: flickr.photos.getInfo(...) and so on.
const tree = {};
for (const method of sorted) {
  const parts = method.name.split('.').slice(1);
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    if (node[part].__method) throw new Error(`${method.name}: namespace and method clash`);
    node = node[part];
  }
  const leaf = parts.at(-1);
  if (node[leaf] !== undefined) throw new Error(`${method.name}: namespace and method clash`);
  node[leaf] = { __method: method };
}

function renderNode(node, indent) {
  const lines = [];
  for (const [key, child] of Object.entries(node)) {
    if (child.__method !== undefined) {
      const method = child.__method;
      const hasRequired = userArgs(method).some((a) => !a.optional);
      const kind = hasRequired ? 'FlickrMethod' : 'FlickrMethodOptionalParams';
      lines.push(docComment([
        `\`${method.name}\`: ${method.description}`,
        `Permission needed: ${method.requiredperms}. Sent with ${
          method.requiredperms === 'write' || method.requiredperms === 'delete' ? 'POST' : 'GET'}.`,
      ], indent));
      const line = `${indent}readonly ${key}: ${kind}<P.${typeName(method)}, F>;`;
      lines.push(line.length <= 100
        ? line
        : [
          `${indent}readonly ${key}: ${kind}<`,
          `${indent}  P.${typeName(method)},`,
          `${indent}  F`,
          `${indent}>;`,
        ].join('\n'));
    } else {
      lines.push(`${indent}readonly ${key}: {`);
      lines.push(...renderNode(child, `${indent}  `));
      lines.push(`${indent}};`);
    }
  }

  return lines;
}

write('namespaces.ts', `/**
 * The typed namespaces of a client: \`flickr.photos.getInfo(params)\` for every method.
 */
import type { ResponseFormat } from '../../formats/response-format.js';
import type { FlickrMethod, FlickrMethodOptionalParams } from '../method-types.js';
import type * as P from './method-params.js';

/** Every Flickr method, as nested namespaces. \`F\` is the client's default response format. */
export interface FlickrNamespaces<F extends ResponseFormat> {
${renderNode(tree, '  ').join('\n')}
}
`);

if (checkOnly && stale.length > 0) {
  console.error(`generate-methods: out of date: ${stale.join(', ')}; run npm run generate`);
  process.exit(1);
}
const done = checkOnly ? 'checked in' : 'written to';
console.log(`generate-methods: ${sorted.length} methods ${done} ${outDir}`);
