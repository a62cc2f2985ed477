import type { User } from '../state/users.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} | Flickr</title>
<style>
body { font-family: Helvetica, Arial, sans-serif; background: #f3f5f6; color: #212124; }
main { max-width: 34rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: 4px; }
h1 { font-size: 1.4rem; } .perm { font-weight: bold; }
button { font-size: 1rem; padding: .5rem 1rem; margin-right: .5rem; }
button[value=approve] { background: #128fdc; color: #fff; border: 0; }
#verifier { font: bold 2rem monospace; letter-spacing: .1em; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

const PERM_TEXT: Readonly<Record<string, string>> = {
  read: 'read your photos and information, including private content',
  write: 'read and edit your photos and information, and upload new photos',
  delete: 'read, edit, upload and delete your photos and information',
};

/** Inputs of the consent page. */
export interface ConsentPageInput {
  readonly appName: string;
  readonly token: string;
  readonly perms: string;
  readonly users: readonly User[];
}

/**
 * The consent page: "<app> wants to link to your Flickr account", the permission asked
 * for, a signed-in user chooser and the two buttons, posting back to the same URL.
 */
export function consentPage(input: ConsentPageInput): string {
  const options = input.users
    .map((user, index) => {
      const selected = index === 0 ? ' selected' : '';
      const label = `${user.username} (${user.fullname})`;
      const value = escapeHtml(user.username);
      return `<option value="${value}"${selected}>${escapeHtml(label)}</option>`;
    })
    .join('\n');
  const body = `<h1>${escapeHtml(input.appName)} wants to link to your Flickr account</h1>
<p>This app will be able to <span class="perm" id="perms">${escapeHtml(input.perms)}</span>:
${escapeHtml(PERM_TEXT[input.perms] ?? input.perms)}.</p>
<form method="post" action="/services/oauth/authorize">
<input type="hidden" name="oauth_token" value="${escapeHtml(input.token)}">
<input type="hidden" name="perms" value="${escapeHtml(input.perms)}">
<p><label for="username">Signed in as</label>
<select name="username" id="username">
${options}
</select></p>
<p>
<button type="submit" name="decision" value="approve">OK, I'll authorize it</button>
<button type="submit" name="decision" value="decline">No thanks</button>
</p>
</form>`;

  return page('Authorize app', body);
}

/** The out-of-band page showing the code the user types into the app. */
export function verifierPage(appName: string, verifier: string): string {
  const body = `<h1>You have successfully authorized ${escapeHtml(appName)}</h1>
<p>Enter this code into the application to finish linking your account:</p>
<p id="verifier">${escapeHtml(verifier)}</p>`;

  return page('Authorization code', body);
}

/** The out-of-band page after the user declined. */
export function declinedPage(appName: string): string {
  const body = `<h1>Access declined</h1>
<p id="declined">You declined to link ${escapeHtml(appName)} to your Flickr account.
The application has not been given access.</p>`;

  return page('Access declined', body);
}

/** Flickr's page for a token it does not know, has expired or has already used. */
export function unknownTokenPage(): string {
  const body = `<h1 id="oops">Oops! Flickr doesn't recognise the "oauth_token" this application is \
trying to use.</h1>
<p>The link may have expired or already been used. Go back to the application and start again.</p>`;

  return page('Oops!', body);
}

/** A page for malformed form input on the authorize endpoint. */
export function badRequestPage(message: string): string {
  return page('Bad request', `<h1>Bad request</h1>\n<p>${escapeHtml(message)}</p>`);
}
