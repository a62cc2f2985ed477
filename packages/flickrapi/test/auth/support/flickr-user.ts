/**
 * Plays the user in a browser: opens the authorize page, reads its form, presses approve or
 * decline, and follows Flickr's redirect to the application's callback, all over plain HTTP
 * so the emulator's real page and the callback server's real answers are what get tested.
 */

/** What the browser shows at the end. */
export interface BrowserVisit {
  /** The status of the last page. */
  readonly status: number;
  /** The HTML of the last page: the callback's landing page, or Flickr's `oob` page. */
  readonly html: string;
  /** Where Flickr redirected to, when it did. */
  readonly callback?: string;
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function valueOf(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);

  return match?.[1] === undefined ? undefined : unescapeHtml(match[1]);
}

/**
 * Answers the authorize page at `authorizeUrl` with `decision`, as the user `username`
 * (the page's first account when omitted), and follows the redirect.
 */
export async function answerAuthorizePage(
  authorizeUrl: string,
  decision: 'approve' | 'decline',
  username?: string,
): Promise<BrowserVisit> {
  const page = await fetch(authorizeUrl);
  const html = await page.text();
  const form = /<form\b[^>]*>[\s\S]*?<\/form>/.exec(html)?.[0];
  if (page.status !== 200 || form === undefined) {
    throw new Error(`GET ${authorizeUrl}: expected the authorize form, got ${page.status}`);
  }

  const fields = new URLSearchParams();
  for (const input of form.match(/<input\b[^>]*>/g) ?? []) {
    const name = valueOf(input, 'name');
    if (name !== undefined && valueOf(input, 'type') === 'hidden') {
      fields.append(name, valueOf(input, 'value') ?? '');
    }
  }
  const firstAccount = /<option value="([^"]*)"/.exec(form)?.[1];
  fields.append('username', username ?? unescapeHtml(firstAccount ?? ''));
  fields.append('decision', decision);

  const action = new URL(valueOf(form, 'action') ?? authorizeUrl, authorizeUrl).href;
  const submitted = await fetch(action, { method: 'POST', body: fields, redirect: 'manual' });
  const callback = submitted.headers.get('location');
  if (submitted.status !== 302 || callback === null) {
    return { status: submitted.status, html: await submitted.text() };
  }
  await submitted.body?.cancel();

  const landing = await fetch(callback);

  return { status: landing.status, html: await landing.text(), callback };
}

/** The `123-456-789` code on Flickr's out-of-band page. */
export function verifierShown(html: string): string | undefined {
  return /id="verifier">\s*([^<\s]+)\s*</.exec(html)?.[1];
}
