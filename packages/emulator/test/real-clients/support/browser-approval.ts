/**
 * Plays the user's part of OAuth: open the authorize page a client printed, pick an account,
 * press approve or decline, and read what the browser ends up with (a redirect to the
 * callback, or for `oob` a page showing the verifier). Done with plain HTTP, reading the form
 * the way a browser would, so the page's real markup is what gets tested.
 */

/** How the user answers the authorize page. */
export interface ApprovalChoice {
  decision: 'approve' | 'decline';
  /** Account to sign in as; the first one the page offers when omitted. */
  username?: string;
}

/** What the browser ends up with after submitting the authorize form. */
export interface ApprovalOutcome {
  /** HTTP status of the form submission. */
  status: number;
  /** Redirect target, when the page redirected (callback flows). */
  location?: string;
  /** The `123-456-789` code shown for `oob`, when the page showed one. */
  verifier?: string;
  /** Accounts the page offered in its `username` select. */
  usernames: string[];
  /** HTML of the final page (empty for a redirect). */
  html: string;
}

/** A browser would give up on a page that never arrives; so does the test. */
const PAGE_TIMEOUT_MS = 15_000;

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&amp;/g, '&');
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (!match) return undefined;

  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '');
}

interface AuthorizeForm {
  action: string;
  method: string;
  hidden: [string, string][];
  usernames: string[];
}

function readAuthorizeForm(html: string, pageUrl: string): AuthorizeForm {
  const forms = [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/gi)].map((match) => match[0]);
  const form = forms.find((candidate) => /name\s*=\s*["']?decision/i.test(candidate));
  if (!form) {
    throw new Error(`authorize page ${pageUrl} has no form with a "decision" button: ${html}`);
  }

  const openTag = /<form\b[^>]*>/i.exec(form)?.[0] ?? '';
  const hidden: [string, string][] = [];
  for (const input of form.match(/<input\b[^>]*>/gi) ?? []) {
    const name = attribute(input, 'name');
    if (name && attribute(input, 'type')?.toLowerCase() === 'hidden') {
      hidden.push([name, attribute(input, 'value') ?? '']);
    }
  }

  const selectPattern = /<select\b[^>]*name\s*=\s*["']?username["']?[^>]*>([\s\S]*?)<\/select>/i;
  const select = selectPattern.exec(form);
  const options = (select?.[1] ?? '').matchAll(/<option\b[^>]*>([\s\S]*?)<\/option>/gi);
  const usernames = [...options].map(
    (option) => attribute(option[0], 'value') ?? decodeEntities(option[1] ?? '').trim(),
  );

  return {
    action: new URL(attribute(openTag, 'action') ?? pageUrl, pageUrl).href,
    method: (attribute(openTag, 'method') ?? 'GET').toUpperCase(),
    hidden,
    usernames,
  };
}

/**
 * Opens `authorizeUrl` and submits its form with the given choice. Throws when the page is
 * not an HTML form or offers no account to sign in with.
 */
export async function answerAuthorizePage(
  authorizeUrl: string,
  choice: ApprovalChoice,
): Promise<ApprovalOutcome> {
  const page = await fetch(authorizeUrl, {
    redirect: 'manual',
    signal: AbortSignal.timeout(PAGE_TIMEOUT_MS),
  });
  const pageHtml = await page.text();
  if (page.status !== 200 || !/text\/html/i.test(page.headers.get('content-type') ?? '')) {
    throw new Error(
      `GET ${authorizeUrl}: expected an HTML page, got ${page.status}` +
        ` ${page.headers.get('content-type')}: ${pageHtml.slice(0, 500)}`,
    );
  }

  const form = readAuthorizeForm(pageHtml, authorizeUrl);
  const username = choice.username ?? form.usernames[0];
  if (username === undefined) throw new Error(`authorize page offers no account: ${pageHtml}`);
  const signal = AbortSignal.timeout(PAGE_TIMEOUT_MS);
  const fields = new URLSearchParams([
    ...form.hidden,
    ['username', username],
    ['decision', choice.decision],
  ]);

  const submitted =
    form.method === 'POST'
      ? await fetch(form.action, { method: 'POST', body: fields, redirect: 'manual', signal })
      : await fetch(`${form.action}?${fields}`, { redirect: 'manual', signal });
  const html = await submitted.text();
  const location = submitted.headers.get('location') ?? undefined;
  const verifier = /\bid\s*=\s*["']?verifier["']?[^>]*>\s*([^<\s]+)\s*</i.exec(html)?.[1];

  return {
    status: submitted.status,
    ...(location === undefined ? {} : { location }),
    ...(verifier === undefined ? {} : { verifier: decodeEntities(verifier) }),
    usernames: form.usernames,
    html,
  };
}

/** Approves an `oob` authorization and returns the verifier the page shows. */
export async function approveOutOfBand(authorizeUrl: string, username?: string): Promise<string> {
  const outcome = await answerAuthorizePage(authorizeUrl, {
    decision: 'approve',
    ...(username === undefined ? {} : { username }),
  });
  if (outcome.status !== 200 || outcome.verifier === undefined) {
    throw new Error(
      `approving ${authorizeUrl}: expected a page with id="verifier", got ${outcome.status}` +
        ` ${outcome.location ?? ''} ${outcome.html.slice(0, 500)}`,
    );
  }

  return outcome.verifier;
}
