import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, httpStatusOf } from '../../kernel/errors.ts';
import { translatePgError } from '../db/index.ts';
import { fromAcceptLanguage, type Lang } from '../i18n/index.ts';
import { httpText } from './i18n.ts';

/** The one place where errors become HTTP responses: `{ error: { code, message, details } }`, never a stack. */
export function errorBody(code: string, message: string, details: unknown = null) {
  return { error: { code, message, details } };
}

/**
 * The language of a request's answers (error messages): the best of its Accept-Language (the web app sends
 * its UI language), else English. The error's `code` is the same in every language; only `message` changes.
 */
export function requestLang(c: Context): Lang {
  return fromAcceptLanguage(c.req.header('accept-language')) ?? 'en';
}

/** An AppError's message in `lang`: its catalogue's wording, the kernel helper's generic one, else as thrown. */
export function localizedMessage(err: AppError, lang: Lang): string {
  if (lang === 'en') return err.message;
  if (err.localize) return err.localize(lang);
  if (err.generic && err.generic.key in httpText.messages.en)
    return httpText.t(lang, err.generic.key as keyof typeof httpText.messages.en, err.generic.params);
  return err.message;
}

export function toErrorResponse(
  c: Context,
  thrown: unknown,
  log?: { error: (o: object, m: string) => void },
) {
  const lang = requestLang(c);
  // Database errors caused by the input (outside a db.tx, which translates them itself) are the caller's 4xx.
  const err = translatePgError(thrown);
  if (err instanceof AppError) {
    const retry = (err.details as { retryAfterSeconds?: number } | null)?.retryAfterSeconds;
    if (err.code === 'rate_limited' && retry) c.header('Retry-After', String(retry));
    return c.json(
      errorBody(err.code, localizedMessage(err, lang), err.details),
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
        ? httpText.t(lang, 'bodyTooLargePlain')
        : // An HTTPException's own message is English only (the fallback); without one, the generic wording.
          err.message || httpText.t(lang, 'notUnderstood');
    return c.json(errorBody(code, message), status as ContentfulStatusCode);
  }
  if (err instanceof SyntaxError) {
    return c.json(errorBody('bad_request', httpText.t(lang, 'invalidJson')), 400);
  }
  log?.error({ err }, 'unhandled error');
  return c.json(errorBody('internal', httpText.t(lang, 'internal')), 500);
}
