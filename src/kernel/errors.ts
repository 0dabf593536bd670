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

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details ?? null;
  }
}

export const validation = (message: string, details?: unknown) =>
  new AppError('validation', message, details);
export const notFound = (what: string, id?: string) =>
  new AppError('not_found', id ? `${what} ${id} was not found.` : `${what} was not found.`);
export const forbidden = (message = 'You do not have permission to do this.') =>
  new AppError('forbidden', message);
export const conflict = (message: string, details?: unknown) => new AppError('conflict', message, details);
export const unauthenticated = (message = 'Sign in first, or send a valid API token.') =>
  new AppError('unauthenticated', message);

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
