/**
 * A scripted web browser for the demo: it does what a person does on Flickr's authorize page
 * (load it, keep the form's hidden fields, leave the account as selected, press "OK, I'll
 * authorize it") and then follows the redirect to the application's callback, exactly the
 * requests a real browser would send. Only plain HTTP on the loopback emulator is expected.
 */

/** What the scripted browser saw, for the demo to print. */
export interface BrowserVisit {
  /** The account the form was submitted for. */
  readonly account: string;
  /** Where Flickr redirected after approval (the callback, verifier hidden). */
  readonly redirectedTo: string;
  /** The HTTP status of the callback page. */
  readonly callbackStatus: number;
  /** The text of the callback page's body, tags removed, shortened. */
  readonly callbackText: string;
}

interface AuthorizeForm {
  readonly action: URL;
  readonly fields: URLSearchParams;
  readonly account: string;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);

  return match === null ? undefined : decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function readForm(html: string, pageUrl: string): AuthorizeForm {
  const form = /<form\b[^>]*>[\s\S]*?<\/form>/i.exec(html)?.[0];
  if (form === undefined) throw new Error(`authorize page ${pageUrl} has no form`);

  const formTag = /<form\b[^>]*>/i.exec(form)?.[0] ?? '';
  const action = new URL(attribute(formTag, 'action') ?? pageUrl, pageUrl);
  const fields = new URLSearchParams();
  for (const input of form.match(/<input\b[^>]*>/gi) ?? []) {
    const name = attribute(input, 'name');
    if (name !== undefined && attribute(input, 'type')?.toLowerCase() === 'hidden') {
      fields.append(name, attribute(input, 'value') ?? '');
    }
  }

  const selectPattern = /<select\b[^>]*name\s*=\s*["']?username["']?[^>]*>([\s\S]*?)<\/select>/i;
  const select = selectPattern.exec(form);
  const options = select?.[1]?.match(/<option\b[^>]*>/gi) ?? [];
  const chosen = options.find((option) => /\sselected\b/i.test(option)) ?? options[0];
  const account = chosen === undefined ? '' : (attribute(chosen, 'value') ?? '');
  if (select !== null) fields.append('username', account);
  fields.append('decision', 'approve');

  return { action, fields, account };
}

function pageText(html: string): string {
  const body = /<body\b[^>]*>([\s\S]*?)<\/body>/i.exec(html)?.[1] ?? html;
  const text = body.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

  return decodeEntities(text).slice(0, 120);
}

/**
 * Opens `authorizeUrl` the way a person with a browser would and approves the request.
 *
 * @throws Error when the page, the form or the redirect is not what Flickr serves.
 */
export async function approveInBrowser(authorizeUrl: string): Promise<BrowserVisit> {
  const page = await fetch(authorizeUrl);
  const html = await page.text();
  if (page.status !== 200) throw new Error(`authorize page answered HTTP ${page.status}`);

  const form = readForm(html, authorizeUrl);
  const submitted = await fetch(form.action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.fields.toString(),
    redirect: 'manual',
  });
  await submitted.arrayBuffer();
  const location = submitted.headers.get('location');
  if (submitted.status !== 302 || location === null) {
    throw new Error(`approving answered HTTP ${submitted.status} instead of a redirect`);
  }

  const callback = await fetch(new URL(location, form.action));
  const callbackHtml = await callback.text();
  const shown = location.replace(/(oauth_verifier=)[^&]*/, '$1(hidden)');

  return {
    account: form.account,
    redirectedTo: shown,
    callbackStatus: callback.status,
    callbackText: pageText(callbackHtml),
  };
}
