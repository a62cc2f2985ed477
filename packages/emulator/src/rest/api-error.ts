/**
 * A Flickr API error, answered with HTTP 200 and `stat="fail"`. Codes below 95 are
 * method-specific; the shared ones are listed in `STANDARD_ERRORS`.
 */
export class ApiError extends Error {
  readonly code: number;

  constructor(code: number, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** Flickr's wording for the errors every method shares. */
export const STANDARD_ERRORS = {
  missingSignature: () => new ApiError(97, 'Missing signature'),
  invalidAuthToken: () => new ApiError(98, 'Invalid auth token'),
  insufficientPerms: (required: string, granted: string) =>
    new ApiError(
      99,
      `Insufficient permissions. Method requires ${required} privileges; ${granted} granted.`,
    ),
  keyInvalidFormat: () => new ApiError(100, 'Invalid API Key (Key has invalid format)'),
  keyNotFound: () => new ApiError(100, 'Invalid API Key (Key not found)'),
  unavailable: () => new ApiError(105, 'Service currently unavailable'),
  formatNotFound: (format: string) => new ApiError(111, `Format "${format}" not found`),
  methodNotFound: (method: string) => new ApiError(112, `Method "${method}" not found`),
  postRequired: () => new ApiError(116, 'The POST method is now required for all setters.'),
} as const;
