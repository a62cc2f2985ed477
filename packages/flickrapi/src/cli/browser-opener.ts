import { spawn } from 'node:child_process';

import { openInBrowser } from '../auth/open-browser.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * True when `flickr login` can show the authorize page in a browser on this machine:
 * `$BROWSER` names one, or there is a desktop (macOS, Windows, or an X11 / Wayland display
 * that an SSH session normally lacks). Otherwise login uses the out-of-band flow, whose
 * address can be opened on any other device.
 */
export function canOpenBrowser(env: Env, platform: NodeJS.Platform = process.platform): boolean {
  if ((env['BROWSER'] ?? '') !== '') return true;
  if (platform === 'darwin' || platform === 'win32') return true;

  return (env['DISPLAY'] ?? '') !== '' || (env['WAYLAND_DISPLAY'] ?? '') !== '';
}

/**
 * Runs the first command of `$BROWSER` (a `:`-separated list, as `xdg-open`, `git` and
 * `python -m webbrowser` read it) with the URL: `%s` in it is replaced by the URL, otherwise
 * the URL is appended. Resolves once the command has started.
 */
function runBrowserCommand(browser: string, url: string): Promise<void> {
  const command = browser.split(':').map((entry) => entry.trim()).find((entry) => entry !== '');
  const words = (command ?? '').split(/\s+/);
  const args = words.slice(1);
  const program = words[0] ?? '';
  if (command?.includes('%s') === true) {
    for (const [index, word] of args.entries()) args[index] = word.replaceAll('%s', url);
  } else {
    args.push(url);
  }

  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: 'ignore', detached: true });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}

/**
 * The opener `flickr login` hands to the browser flow: `$BROWSER` when set, else the system's
 * default browser. It rejects when nothing could be started; the flow then prints the URL.
 */
export function browserOpener(env: Env): (url: string) => Promise<void> {
  const browser = env['BROWSER'] ?? '';

  return (url) => (browser === '' ? openInBrowser(url) : runBrowserCommand(browser, url));
}
