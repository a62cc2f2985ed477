/**
 * The page a visitor sees when a sign-in with Flickr fails: a short HTML page with a 4xx
 * status (502 when Flickr itself failed), saying what happened and offering to start again.
 * It shows only fixed text and error messages, which never carry a secret.
 */
import { AuthFlowError, type AuthFlowFailure, FlickrError } from '../errors.js';

/** The status, title and explanation for a failed sign-in. */
export interface SignInFailure {
  readonly status: number;
  readonly title: string;
  readonly explanation: string;
}

const FAILURES: Record<AuthFlowFailure, SignInFailure> = {
  'declined': {
    status: 403,
    title: 'Sign-in declined',
    explanation: 'You chose not to let this site use your Flickr account.',
  },
  'expired': {
    status: 400,
    title: 'Sign-in expired',
    explanation: 'The sign-in took too long to complete. Please start again.',
  },
  'replayed': {
    status: 400,
    title: 'Sign-in already used',
    explanation: 'This sign-in link was already used. Please start again.',
  },
  'state-invalid': {
    status: 400,
    title: 'Sign-in could not be verified',
    explanation: 'This sign-in was not started here, was altered, or has already finished.',
  },
  'token-mismatch': {
    status: 400,
    title: 'Sign-in could not be verified',
    explanation: 'Flickr sent back a different sign-in than the one started here.',
  },
  'no-verifier': {
    status: 400,
    title: 'Sign-in incomplete',
    explanation: 'Flickr did not confirm the sign-in.',
  },
  'timeout': {
    status: 400,
    title: 'Sign-in expired',
    explanation: 'The sign-in took too long to complete. Please start again.',
  },
  'cancelled': {
    status: 400,
    title: 'Sign-in cancelled',
    explanation: 'The sign-in was cancelled.',
  },
};

/** How a sign-in error is shown: AuthFlowErrors by reason, other failures as Flickr's (502). */
export function describeSignInError(error: unknown): SignInFailure {
  if (error instanceof AuthFlowError) return FAILURES[error.reason];

  return {
    status: 502,
    title: 'Flickr did not complete the sign-in',
    explanation: 'Flickr could not be reached or refused the request. Please try again later.',
  };
}

/** The HTML page for a failed sign-in, with a link to `retryHref` (a same-site path). */
export function renderSignInErrorPage(error: unknown, retryHref: string): string {
  const failure = describeSignInError(error);

  return renderMessagePage({
    title: failure.title,
    explanation: failure.explanation,
    detail: error instanceof FlickrError ? error.message : '',
    linkHref: retryHref,
    linkText: 'Start again',
  });
}

/** A minimal HTML page: a title, an explanation, an optional detail line and one link. */
export function renderMessagePage(page: {
  title: string;
  explanation: string;
  detail?: string;
  linkHref: string;
  linkText: string;
}): string {
  const detail = page.detail === undefined || page.detail === ''
    ? ''
    : `<p><small>${escapeHtml(page.detail)}</small></p>\n`;

  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(page.title)}</title></head>
<body>
<h1>${escapeHtml(page.title)}</h1>
<p>${escapeHtml(page.explanation)}</p>
${detail}<p><a href="${escapeHtml(page.linkHref)}">${escapeHtml(page.linkText)}</a></p>
</body>
</html>
`;
}

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
