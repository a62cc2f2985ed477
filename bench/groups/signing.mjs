// OAuth 1.0a HMAC-SHA1 signing alone, on one 10-parameter set with accents, CJK and emoji.
// Before timing, every signer signs with a fixed nonce and timestamp and must produce the
// same signature, so that all of them sign the same thing.
import { runCase } from '../lib/processes.mjs';

export function signingGroup(ctx) {
  const nodeSigner = (signer) => ({
    check: async () => (await runCase(ctx.node, ['bench/cases/sign-node.mjs', '--signer', signer,
      '--check', '1'], { cwd: ctx.root })).signature,
    run: () => runCase(ctx.node, ['bench/cases/sign-node.mjs', '--signer', signer,
      '--duration-ms', String(ctx.plan.signMs)], { cwd: ctx.root }),
  });
  const oauthlib = {
    check: async () => (await runCase(ctx.python, ['bench/cases/sign-oauthlib.py', '--check', '1'],
      { cwd: ctx.root })).signature,
    run: () => runCase(ctx.python, ['bench/cases/sign-oauthlib.py',
      '--duration-ms', String(ctx.plan.signMs)], { cwd: ctx.root }),
  };

  return {
    id: 'signing',
    title: 'Signing alone (10 parameters, accents/CJK/emoji, HMAC-SHA1)',
    metrics: [
      { key: 'perCpuSec', label: 'signatures/CPU s', better: 'higher', digits: 0 },
      { key: 'perSec', label: 'signatures/s', better: 'higher', digits: 0 },
    ],
    reference: 'oauth-1.0a',
    rows: [
      { id: 'oauth-1.0a', label: 'oauth-1.0a 2.2.6 + node:crypto HMAC', role: 'floor',
        ...nodeSigner('oauth-1.0a') },
      { id: 'ours', label: 'flickrapi-ts', role: 'ours', ...nodeSigner('flickrapi-ts') },
      { id: 'flickr-sdk', label: 'flickr-sdk 7.1.0 (OAuthAuth.sign)', role: 'peer',
        ...nodeSigner('flickr-sdk') },
      { id: 'oauthlib', label: 'Python oauthlib 3.2.2 (Client.sign)', role: 'peer', ...oauthlib },
    ],
    targets: [{ metric: 'perCpuSec', op: '>=', value: 3, text: '>= 3x the oauth-1.0a signer' }],
  };
}
