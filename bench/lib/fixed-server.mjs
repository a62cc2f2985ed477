#!/usr/bin/env node
// A fixed-reply Flickr stand-in for benchmarks. It runs in its own process so that the
// client's CPU is measured apart from the server's, answers every REST call with the same
// small body (JSON or XML, chosen by `format`) without checking any signature, and swallows
// upload bodies while counting their bytes. Every client under test talks to the same server.
//
// Usage: node bench/lib/fixed-server.mjs [--latency-ms N] [--photos N]
// Prints one JSON line `{"url": "http://127.0.0.1:PORT"}` once it listens.
// `--photos N` turns paged methods (any call carrying `page`/`per_page`) into a photo list of
// N photos; `--latency-ms` delays every REST reply, as a distant Flickr would.
// GET /__stats answers the server's own CPU time and counters, so a run can check that the
// server was not the bottleneck.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    'latency-ms': { type: 'string', default: '0' },
    photos: { type: 'string', default: '0' },
    port: { type: 'string', default: '0' },
  },
});
const latencyMs = Number(args['latency-ms']);
const photoCount = Number(args.photos);

const USER_JSON = Buffer.from(
  '{"user":{"id":"12037949754@N01","username":{"_content":"bench"}},"stat":"ok"}',
);
const USER_JSONP = Buffer.from(`jsonFlickrApi(${USER_JSON})`);
const USER_XML = Buffer.from(
  '<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="ok">\n<user id="12037949754@N01">\n' +
    '\t<username>bench</username>\n</user>\n</rsp>\n',
);
const UPLOAD_XML = Buffer.from(
  '<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="ok">\n' +
    '<photoid secret="abcdef0123" originalsecret="0123abcdef">52617329850</photoid>\n</rsp>\n',
);
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };
const XML_HEADERS = { 'content-type': 'text/xml; charset=utf-8' };

let restCalls = 0;
let uploads = 0;
let uploadBytes = 0;

/** One page of a synthetic photo list, in the format the caller asked for. */
function photoPage(params, json) {
  const perPage = Math.min(Math.max(Number(params.get('per_page') ?? 100) || 100, 1), 500);
  const pages = Math.max(Math.ceil(photoCount / perPage), 1);
  const page = Math.max(Number(params.get('page') ?? 1) || 1, 1);
  const first = (page - 1) * perPage;
  const last = Math.min(first + perPage, photoCount);
  const photos = [];
  for (let i = first; i < last; i++) {
    const id = String(50000000000 + i);
    photos.push({ id, owner: '12037949754@N01', secret: 'a1b2c3d4e5', server: '65535',
      farm: 66, title: `Photo ${i}`, ispublic: 1, isfriend: 0, isfamily: 0 });
  }
  if (json) {
    return Buffer.from(JSON.stringify({
      photos: { page, pages, perpage: perPage, total: photoCount, photo: photos },
      stat: 'ok',
    }));
  }
  const items = photos.map((p) =>
    `\t<photo id="${p.id}" owner="${p.owner}" secret="${p.secret}" server="${p.server}" ` +
      `farm="${p.farm}" title="${p.title}" ispublic="1" isfriend="0" isfamily="0" />\n`);
  return Buffer.from('<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="ok">\n' +
    `<photos page="${page}" pages="${pages}" perpage="${perPage}" total="${photoCount}">\n` +
    `${items.join('')}</photos>\n</rsp>\n`);
}

function answerRest(req, res, body) {
  restCalls++;
  const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
  const text = body.length > 0 ? `${query}&${body}` : query;
  const json = text.includes('format=json');
  let reply = json ? (text.includes('nojsoncallback=1') ? USER_JSON : USER_JSONP) : USER_XML;
  if (photoCount > 0 && text.includes('page')) {
    reply = photoPage(new URLSearchParams(text), json);
  }
  const send = () => {
    res.writeHead(200, json ? JSON_HEADERS : XML_HEADERS);
    res.end(reply);
  };
  if (latencyMs > 0) setTimeout(send, latencyMs);
  else send();
}

const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
  const path = req.url.split('?', 1)[0];
  if (path.startsWith('/services/upload') || path.startsWith('/services/replace')) {
    req.on('data', (chunk) => { uploadBytes += chunk.length; });
    req.on('end', () => {
      uploads++;
      res.writeHead(200, XML_HEADERS);
      res.end(UPLOAD_XML);
    });
    return;
  }
  if (path === '/__stats') {
    res.writeHead(200, JSON_HEADERS);
    res.end(JSON.stringify({ cpu: process.cpuUsage(), restCalls, uploads, uploadBytes }));
    return;
  }
  // Multipart REST bodies are only scanned for `format`; they are small for REST calls.
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    const body = chunks.length === 0 ? '' : Buffer.concat(chunks).toString('latin1');
    answerRest(req, res, body);
  });
});
server.headersTimeout = 120_000;
server.requestTimeout = 0;
server.listen(Number(args.port), '127.0.0.1', () => {
  const { port } = server.address();
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
