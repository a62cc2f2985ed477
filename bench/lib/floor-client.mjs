// The floor for signed calls: keep-alive node:http requests with no signing at all, reading
// and parsing the same small JSON reply the clients get.
import { Agent, request } from 'node:http';

/** `{ call, close }`: `call()` asks `baseUrl` for flickr.test.login over `concurrency` sockets. */
export function floorClient(baseUrl, concurrency) {
  const base = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const path = '/services/rest/?method=flickr.test.login&format=json&nojsoncallback=1';
  const call = () => new Promise((resolve, reject) => {
    const req = request({ host: base.hostname, port: base.port, path, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => {
        if (res.statusCode !== 200) reject(new Error(`floor: HTTP ${res.statusCode}`));
        else resolve(JSON.parse(body));
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });

  return { call, close: () => agent.destroy() };
}
