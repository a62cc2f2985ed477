// Shared test setup: an emulator per suite plus shortcuts for signed REST calls.
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/index.js';
import { signedFetch, type Credentials, type Placement } from './oauth-signer.js';

export interface Harness {
  emu: RunningEmulator;
  creds(perms?: 'read' | 'write' | 'delete', username?: string): Credentials;
  rest(
    api: Record<string, string>,
    creds?: Credentials,
    method?: 'GET' | 'POST',
    placement?: Placement,
  ): Promise<Response>;
  json(
    api: Record<string, string>,
    creds?: Credentials,
    method?: 'GET' | 'POST',
  ): Promise<Record<string, any>>;
}

export async function harness(options: EmulatorOptions = {}): Promise<Harness> {
  const emu = await startEmulator(options);
  const consumer = { key: emu.apiKey, secret: emu.apiSecret };

  const h: Harness = {
    emu,
    creds(perms = 'delete', username) {
      const issued = emu.issueAccessToken({
        perms,
        ...(username === undefined ? {} : { username }),
      });
      return { ...consumer, token: issued.token, tokenSecret: issued.tokenSecret };
    },
    rest(api, creds = consumer, method = 'GET', placement = 'query') {
      return signedFetch(method, `${emu.url}/services/rest/`, api, creds, placement);
    },
    async json(api, creds, method) {
      const response = await h.rest({ format: 'json', nojsoncallback: '1', ...api }, creds, method);
      return (await response.json()) as Record<string, any>;
    },
  };

  return h;
}
