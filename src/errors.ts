/** Typed errors with stable codes: one handler maps them to HTTP, one to CLI output. */
export type ErrorCode =
  | 'paper_not_found'
  | 'import_format_unknown'
  | 'import_file_unreadable'
  | 'import_strict_failed'
  | 'invalid_argument'
  | 'invalid_config'
  | 'embedding_provider_failed'
  | 'arxiv_unreachable'
  | 'arxiv_bad_response'
  | 'rate_limited'
  | 'harvest_busy'
  | 'not_found'
  | 'internal'
  | 'unauthorized'
  | 'forbidden'
  | 'csrf_failed'
  | 'conflict'
  | 'not_supported';

const HTTP_STATUS: Record<ErrorCode, number> = {
  paper_not_found: 404,
  not_found: 404,
  import_format_unknown: 400,
  import_file_unreadable: 400,
  import_strict_failed: 400,
  invalid_argument: 400,
  invalid_config: 500,
  /** The configured embeddings server refused, failed or answered nonsense: an upstream fault. */
  embedding_provider_failed: 502,
  internal: 500,
  /** Not signed in, or a bad session or access token. */
  unauthorized: 401,
  /** Signed in, but not allowed (role, ban, unverified email). */
  forbidden: 403,
  /** A state-changing request without the right CSRF token. */
  csrf_failed: 403,
  /** Too many attempts (log-in, sign-up, reset); the message says when to try again. */
  rate_limited: 429,
  conflict: 409,
  /** A capability the configured store does not offer yet (community features on PostgreSQL). */
  not_supported: 501,
  /** arXiv did not answer (refused, timed out, or kept answering 503) after the polite retries. */
  arxiv_unreachable: 503,
  /** arXiv answered something Paperboy cannot use (a malformed page, an unexpected status). */
  arxiv_bad_response: 502,
  /** Another process holds the harvest lease. */
  harvest_busy: 409,
};

export class PaperboyError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** For invalid_argument: the parameter or field at fault. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'PaperboyError';
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }
}

export function invalidArgument(field: string, message: string): PaperboyError {
  return new PaperboyError('invalid_argument', message, field);
}
