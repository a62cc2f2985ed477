import { percentEncode } from './percent-encode.js';

/**
 * An OAuth failure as Flickr reports it: HTTP 401, `text/plain`, a form-encoded body
 * starting with `oauth_problem=`. Extra members follow in order (`debug_sbs`,
 * `oauth_parameters_absent`, ...).
 *
 * Problem names come from the OAuth Problem Reporting extension, as Flickr uses them.
 */
export interface OAuthProblem {
  readonly problem: string;
  readonly extra?: readonly (readonly [name: string, value: string])[];
}

/** Builds a problem with no extra members. */
export function oauthProblem(problem: string): OAuthProblem {
  return { problem };
}

/**
 * `parameter_absent` naming the missing parameters, percent-encoded and joined with `&`
 * as the problem-reporting extension asks.
 */
export function parametersAbsent(names: readonly string[]): OAuthProblem {
  return {
    problem: 'parameter_absent',
    extra: [['oauth_parameters_absent', percentEncode(names.join('&'))]],
  };
}

/**
 * `signature_invalid` with the base string the emulator computed, raw, as Flickr's
 * `debug_sbs` member shows it. The base string contains no secret.
 */
export function signatureInvalid(baseString: string): OAuthProblem {
  return { problem: 'signature_invalid', extra: [['debug_sbs', baseString]] };
}

/** Renders the 401 body, e.g. `oauth_problem=token_rejected`. */
export function problemBody(problem: OAuthProblem): string {
  const members = [`oauth_problem=${problem.problem}`];
  for (const [name, value] of problem.extra ?? []) members.push(`${name}=${value}`);

  return members.join('&');
}
