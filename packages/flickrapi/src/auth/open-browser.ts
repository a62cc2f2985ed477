/**
 * Opening the authorize page in the user's browser.
 */

/**
 * Opens `url` in the default browser with the `open` package, loaded only when needed.
 * Rejects when no browser can be started, e.g. on Linux without a graphical display
 * (an SSH session), so that the caller prints the URL instead.
 */
export async function openInBrowser(url: string): Promise<void> {
  const graphical = process.platform === 'darwin' || process.platform === 'win32' ||
    Boolean(process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']);
  if (!graphical) {
    throw new Error('no graphical display (DISPLAY and WAYLAND_DISPLAY are unset)');
  }

  const { default: open } = await import('open');
  const child = await open(url);
  // A launcher that cannot start emits 'error' later; without a listener that would crash.
  child.on('error', () => undefined);
  if (child.pid === undefined) throw new Error('could not start the browser launcher');
}
