#!/usr/bin/env node
// Peak memory and time of one large upload through flickrapi-ts, against curl sending the
// same file to the same server. The server is a separate process that reads and discards the
// body and answers like Flickr's upload endpoint, so neither sender pays for storage.
//
// Usage: node bench/upload.mjs [--size 2G] [--file PATH]
//   --size  bytes of the generated file: a number with an optional K, M or G suffix (default 2G)
//   --file  upload this file instead of generating one
// Needs `npm run build` (imports packages/flickrapi/dist) and /usr/bin/time.
// Prints a table and writes bench/results/upload-<timestamp>.json.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = parseArgs(process.argv.slice(2));

if (args.role === 'receiver') await receiver();
else if (args.role === 'client') await client();
else if (args.role === 'baseline') await import(join(here, '../packages/flickrapi/dist/index.js'));
else await main();

function parseArgs(list) {
  const out = {};
  for (let i = 0; i < list.length; i++) {
    const name = list[i];
    if (!name.startsWith('--')) throw new Error(`unexpected argument ${name}`);
    out[name.slice(2)] = list[i + 1];
    i++;
  }

  return out;
}

function parseSize(text) {
  const match = /^(\d+(?:\.\d+)?)([KMG]?)B?$/i.exec(text);
  if (!match) throw new Error(`--size: expected e.g. 2G, 512M or 1000000, got "${text}"`);
  const unit = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[match[2].toUpperCase()];

  return Math.round(Number(match[1]) * unit);
}

/** The discarding server: prints its port, then answers each upload with a photo id. */
async function receiver() {
  const server = createServer((req, res) => {
    let bytes = 0;
    req.on('data', (chunk) => {
      bytes += chunk.length;
    });
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8', 'x-received': bytes });
      res.end('<?xml version="1.0" encoding="utf-8" ?>\n<rsp stat="ok">\n' +
        `<photoid>${bytes}</photoid>\n</rsp>\n`);
    });
  });
  server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

/** One upload through flickrapi-ts; prints the bytes the server saw. */
async function client() {
  const { FlickrAPI } = await import(join(here, '../packages/flickrapi/dist/index.js'));
  const token = {
    token: 'bench-token', tokenSecret: 'bench-secret', perms: 'write',
    fullname: '', username: 'bench', userNsid: '1@N01',
  };
  const flickr = new FlickrAPI('bench-key', 'bench-secret', {
    endpoint: args.url, token, storeToken: false,
  });
  const result = await flickr.upload(args.file, { title: 'bench' });
  flickr.close?.();
  process.stdout.write(`${result.photoId}\n`);
}

/** Runs a command under /usr/bin/time; resolves with its peak RSS, wall time and stdout. */
function timed(command, commandArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'TIME %M %e', command, ...commandArgs]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const match = /TIME (\d+) ([\d.]+)/.exec(stderr);
      if (code !== 0 || !match) {
        reject(new Error(`${command} failed (${code}): ${stderr.slice(-500)}`));
        return;
      }
      resolve({ peakRssMb: Number(match[1]) / 1024, seconds: Number(match[2]), stdout });
    });
  });
}

async function makeFile(path, size) {
  const out = createWriteStream(path);
  const block = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < block.length; i++) block[i] = (i * 31 + 7) & 0xff;
  block.set([0xff, 0xd8, 0xff, 0xe0]);
  for (let written = 0; written < size; written += block.length) {
    const piece = written + block.length > size ? block.subarray(0, size - written) : block;
    if (!out.write(piece)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
}

async function startReceiver() {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--role', 'receiver'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise((resolve) => child.stdout.once('data', (d) => resolve(Number(d))));

  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

async function main() {
  const size = args.file ? (await stat(args.file)).size : parseSize(args.size ?? '2G');
  const dir = await mkdtemp(join(tmpdir(), 'flickrapi-bench-upload-'));
  const file = args.file ?? join(dir, 'bench-video.mp4');
  const server = await startReceiver();
  try {
    if (!args.file) await makeFile(file, size);
    const ours = await timed(process.execPath, [
      fileURLToPath(import.meta.url), '--role', 'client', '--url', server.url, '--file', file,
    ]);
    const curl = await timed('curl', [
      '-sS', '-o', '/dev/null', '-H', 'Expect:', '-F', 'title=bench',
      '-F', `photo=@${file};filename=bench-video.mp4`, `${server.url}/services/upload/`,
    ]);
    const baseline = await timed(process.execPath, [
      fileURLToPath(import.meta.url), '--role', 'baseline',
    ]);
    const receivedByOurs = Number(ours.stdout.trim());
    if (!(receivedByOurs > size)) {
      throw new Error(`server got ${receivedByOurs} bytes, file has ${size}`);
    }

    const rows = [
      { sender: 'flickrapi-ts upload()', ...summary(ours, size) },
      { sender: 'curl -F', ...summary(curl, size) },
    ];
    console.log(`Upload of ${(size / 1024 ** 3).toFixed(2)} GiB to a local discarding server`);
    const importOnly = baseline.peakRssMb.toFixed(1);
    console.log(`(node importing flickrapi-ts and exiting peaks at ${importOnly} MB)`);
    console.log('sender                 | peak RSS (MB) | seconds | MB/s');
    console.log('-----------------------|---------------|---------|-------');
    for (const row of rows) {
      console.log(`${row.sender.padEnd(22)} | ${row.peakRssMb.toFixed(1).padStart(13)} | ` +
        `${row.seconds.toFixed(2).padStart(7)} | ${row.mbPerSecond.toFixed(0).padStart(5)}`);
    }
    await mkdir(join(here, 'results'), { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const out = join(here, 'results', `upload-${stamp}.json`);
    await writeFile(out, `${JSON.stringify({
      bench: 'upload', bytes: size, node: process.version, date: new Date().toISOString(),
      importOnlyPeakRssMb: Math.round(baseline.peakRssMb * 10) / 10, rows,
    }, null, 2)}\n`);
    console.log(`written ${out}`);
  } finally {
    server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

function summary(run, size) {
  return {
    peakRssMb: Math.round(run.peakRssMb * 10) / 10,
    seconds: run.seconds,
    mbPerSecond: Math.round(size / 1024 ** 2 / run.seconds),
  };
}
