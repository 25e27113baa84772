/** Typed errors with stable codes: one handler maps them to HTTP, one to CLI output. */
export type ErrorCode =
  | 'paper_not_found'
  | 'import_format_unknown'
  | 'import_file_unreadable'
  | 'import_strict_failed'
  | 'invalid_argument'
  | 'invalid_config'
  | 'embedding_provider_failed'
  | 'not_found'
  | 'internal';

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
