/**
 * The one closed set of domain errors. Services throw these; exactly one place (platform/http/errors.ts)
 * maps them to HTTP status codes, and the CLI maps them to exit codes. Never throw a bare Error for a
 * condition the user can fix.
 */
export type ErrorCode =
  | 'validation'
  | 'bad_request'
  | 'unauthenticated'
  | 'totp_required'
  | 'sign_in_required'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'setup_done'
  | 'secret_shown_once'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'period_locked'
  | 'unbalanced_entry'
  | 'approval_required';

export const httpStatusOf: Record<ErrorCode, number> = {
  validation: 422,
  bad_request: 400,
  unauthenticated: 401,
  totp_required: 401,
  sign_in_required: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  setup_done: 409,
  secret_shown_once: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  period_locked: 409,
  unbalanced_entry: 422,
  approval_required: 202,
};

/**
 * `message` is English (logs, the CLI, the fallback). An error made from a catalogue
 * (`catalog.error(...)` in src/platform/i18n) also carries `localize`, which the HTTP layer calls with the
 * request's language; `generic` marks the kernel helpers' own wording, which the HTTP layer words per
 * language from its catalogue (`params` fill it). The code never changes with the language.
 */
export type Localize = (lang: string) => string;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  readonly localize: Localize | null;
  generic: { key: string; params: Record<string, string> } | null = null;
  constructor(code: ErrorCode, message: string, details?: unknown, localize?: Localize) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details ?? null;
    this.localize = localize ?? null;
  }
}

function generic(err: AppError, key: string, params: Record<string, string> = {}): AppError {
  err.generic = { key, params };
  return err;
}

export const validation = (message: string, details?: unknown) =>
  new AppError('validation', message, details);
export const notFound = (what: string, id?: string) =>
  generic(
    new AppError('not_found', id ? `${what} ${id} was not found.` : `${what} was not found.`),
    id ? 'notFoundId' : 'notFound',
    id ? { id } : {},
  );
export const forbidden = (message?: string) =>
  message
    ? new AppError('forbidden', message)
    : generic(new AppError('forbidden', 'You do not have permission to do this.'), 'forbidden');
export const conflict = (message: string, details?: unknown) => new AppError('conflict', message, details);
export const unauthenticated = (message?: string) =>
  message
    ? new AppError('unauthenticated', message)
    : generic(
        new AppError('unauthenticated', 'Sign in first, or send a valid API token.'),
        'unauthenticated',
      );

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
