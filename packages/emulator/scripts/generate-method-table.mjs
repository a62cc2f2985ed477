#!/usr/bin/env node
// Generates src/generated/method-table.ts from spec/flickr-methods.json: every Flickr
// method with its perms, arguments, errors and documented example response, the example
// parsed into the emulator's response tree so it renders as XML, JSON or PHP alike.
// Run: node packages/emulator/scripts/generate-method-table.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

const root = new URL('../../../', import.meta.url);
const specUrl = new URL('spec/flickr-methods.json', root);
const outUrl = new URL('packages/emulator/src/generated/method-table.ts', root);

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: true,
  commentPropName: '#comment',
  processEntities: true,
});

/** Converts fast-xml-parser's ordered output to `{ name, attrs?, children?, text? }`. */
function toNodes(items) {
  const nodes = [];
  for (const item of items) {
    const name = Object.keys(item).find((key) => key !== ':@');
    if (name === undefined || name === '#text' || name === '#comment' || name.startsWith('?')) {
      continue;
    }
    const content = item[name];
    const node = { name };
    if (item[':@'] !== undefined) node.attrs = { ...item[':@'] };
    const texts = content.filter((part) => '#text' in part).map((part) => String(part['#text']));
    const children = toNodes(content);
    if (children.length > 0) node.children = children;
    const text = texts.join(' ').trim();
    if (text !== '' || (children.length === 0 && texts.length > 0)) node.text = text;
    nodes.push(node);
  }

  return nodes;
}

const spec = JSON.parse(readFileSync(specUrl, 'utf8'));
const table = spec.map((method) => {
  const entry = {
    name: method.name,
    description: method.description,
    needslogin: method.needslogin,
    needssigning: method.needssigning,
    requiredperms: method.requiredperms,
    arguments: method.arguments,
    errors: method.errors,
  };
  if (method.example_response) {
    entry.exampleXml = method.example_response;
    const nodes = toNodes(parser.parse(method.example_response));
    // A few documented examples include the <rsp> envelope itself; keep only its content.
    const [only] = nodes;
    entry.example = nodes.length === 1 && only.name === 'rsp' ? (only.children ?? []) : nodes;
  }

  return entry;
});

const header = `// GENERATED FILE, do not edit by hand.
// Source: spec/flickr-methods.json (${table.length} methods).
// Regenerate: node packages/emulator/scripts/generate-method-table.mjs
import type { MethodSpec } from '../methods/method-spec.js';

/** Every Flickr method, in reflection order. */
export const METHOD_TABLE: readonly MethodSpec[] = `;
writeFileSync(outUrl, `${header}${JSON.stringify(table, null, 2)};\n`);
console.error(`wrote ${outUrl.pathname}: ${table.length} methods`);
