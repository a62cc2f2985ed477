/**
 * The small pages the callback server shows in the user's browser. Each says plainly
 * whether authorization worked and what to do next.
 */

/** Which page to show. */
export type LandingPageKind = 'authorized' | 'failed' | 'declined' | 'mismatch' | 'stray';

const PAGES: Readonly<Record<LandingPageKind, { title: string; text: string }>> = {
  authorized: {
    title: 'Flickr access granted',
    text: 'The application now has access to your Flickr account. You can close this tab.',
  },
  failed: {
    title: 'Flickr authorization failed',
    text: 'Flickr approved the request, but the application could not obtain its access ' +
      'token. Look at the application for details and try again.',
  },
  declined: {
    title: 'Flickr access declined',
    text: 'You declined access. The application was not given access to your Flickr ' +
      'account. You can close this tab.',
  },
  mismatch: {
    title: 'Not the sign-in in progress',
    text: 'This link belongs to another Flickr sign-in than the one the application is ' +
      'waiting for, so it was ignored. Use the page the application opened.',
  },
  stray: {
    title: 'Waiting for Flickr',
    text: 'This address receives Flickr\'s answer once you approve or decline access on ' +
      'Flickr. There is nothing to do here.',
  },
};

/** The complete HTML page of a kind. */
export function landingPage(kind: LandingPageKind): string {
  const { title, text } = PAGES[kind];

  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title></head>
<body>
<h1 id="${kind}">${title}</h1>
<p>${text}</p>
</body>
</html>
`;
}
