// Runs the example site: `npm run example:web`. With FLICKR_API_KEY and FLICKR_API_SECRET it
// talks to Flickr (register http://HOST:PORT/auth/flickr/callback as the app's callback);
// without them it starts a local Flickr emulator in the same process and uses that.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';

import { startEmulator } from 'flickr-emulator';

import { createApp } from './app.js';

const host = process.env['HOST'] ?? '127.0.0.1';
const port = Number(process.env['PORT'] ?? 3000);
// A key from the environment keeps visitors signed in across restarts; a random one does not.
const cookieKey = process.env['COOKIE_KEY'] ?? randomBytes(32).toString('hex');

let flickr: { apiKey: string; apiSecret: string; endpoint?: string };
let closeEmulator = async (): Promise<void> => {};
const apiKey = process.env['FLICKR_API_KEY'] ?? '';
const apiSecret = process.env['FLICKR_API_SECRET'] ?? '';
if (apiKey !== '' && apiSecret !== '') {
  flickr = { apiKey, apiSecret };
  const endpoint = process.env['FLICKR_ENDPOINT'] ?? '';
  if (endpoint !== '') flickr.endpoint = endpoint;
} else {
  const emulator = await startEmulator({ host: '127.0.0.1', port: 0 });
  flickr = { apiKey: emulator.apiKey, apiSecret: emulator.apiSecret, endpoint: emulator.url };
  closeEmulator = () => emulator.close();
  console.log(`Flickr emulator: ${emulator.url} (users: ${
    emulator.users.map((user) => user.username).join(', ')})`);
}

const site = createApp({ ...flickr, cookieKeys: [cookieKey], log: (line) => console.log(line) });
const server = site.app.listen(port, host, () => {
  const { port: bound } = server.address() as AddressInfo;
  console.log(`Example site: http://${host}:${bound}/`);
});

async function shutdown(): Promise<void> {
  server.close();
  server.closeAllConnections();
  site.close();
  await closeEmulator();
}
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());
