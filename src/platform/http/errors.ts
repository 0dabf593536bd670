import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, httpStatusOf } from '../../kernel/errors.ts';
import { translatePgError } from '../db/index.ts';

/** The one place where errors become HTTP responses: `{ error: { code, message, details } }`, never a stack. */
export function errorBody(code: string, message: string, details: unknown = null) {
  return { error: { code, message, details } };
}

export function toErrorResponse(
  c: Context,
  thrown: unknown,
  log?: { error: (o: object, m: string) => void },
) {
  // Database errors caused by the input (outside a db.tx, which translates them itself) are the caller's 4xx.
  const err = translatePgError(thrown);
  if (err instanceof AppError) {
    const retry = (err.details as { retryAfterSeconds?: number } | null)?.retryAfterSeconds;
    if (err.code === 'rate_limited' && retry) c.header('Retry-After', String(retry));
    return c.json(
      errorBody(err.code, err.message, err.details),
      httpStatusOf[err.code] as ContentfulStatusCode,
    );
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    const code =
      status === 413
        ? 'payload_too_large'
        : status === 415
          ? 'unsupported_media_type'
          : status === 401
            ? 'unauthenticated'
            : 'bad_request';
    const message =
      status === 413
        ? 'The request body is too large.'
        : err.message || 'The request could not be understood.';
    return c.json(errorBody(code, message), status as ContentfulStatusCode);
  }
  if (err instanceof SyntaxError) {
    return c.json(errorBody('bad_request', 'The request body is not valid JSON.'), 400);
  }
  log?.error({ err }, 'unhandled error');
  return c.json(
    errorBody('internal', 'Something went wrong on our side; it has been logged. Try again.'),
    500,
  );
}
