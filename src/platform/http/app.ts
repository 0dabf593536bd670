import { randomUUID } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { OpenAPIHono, type z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from '../../kernel/errors.ts';
import type { Lang } from '../i18n/index.ts';
import { redactPath } from '../log.ts';
import { clientAddress, trustedProxies } from './client-address.ts';
import { errorBody, requestLang, toErrorResponse } from './errors.ts';
import { fieldErrors } from './fields.ts';
import { httpText } from './i18n.ts';
import type { AppContext, AppEnv, HttpDeps } from './types.ts';

type ZodIssue = z.core.$ZodIssue;

/**
 * The routes that take a raw, non-JSON body: a file upload (src/platform/files) and a bank statement import
 * (src/modules/banking). Each streams its body with
 * its own limit (STEWARD_MAX_UPLOAD_BYTES) and checks the content itself, so it skips the JSON-only check and the
 * JSON body limit below. Keep this list narrow: exact method and path.
 */
const RAW_BODY_ROUTES = new Set(['POST /api/v1/files', 'POST /api/v1/banking/imports']);
const isRawBody = (method: string, path: string) => RAW_BODY_ROUTES.has(`${method} ${path}`);

/** The socket's peer; none when the app is called in-process without a socket. */
function peerAddress(c: AppContext): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/**
 * A request that does not fit its route's zod contract: a 422 `validation` whose `details.fields` say, per wrong
 * field, its path, a stable code and a message in the request's language (the web shows each at its field); the
 * top-level message names the first. `details.issues` keeps zod's English issues for older clients.
 */
function requestValidationError(issues: readonly ZodIssue[], data: unknown, lang: Lang): AppError {
  const fields = fieldErrors(issues, data, lang);
  const first = fields[0];
  const message = first
    ? httpText.t(lang, 'invalidField', { field: first.path || 'body', message: first.message })
    : httpText.t(lang, 'invalidRequest');
  const details = { issues: issues.map((i) => ({ path: i.path.join('.'), message: i.message })), fields };
  return new AppError('validation', message, details);
}

/** The bare API app: request ids, logs, security headers, body limit, authentication, one error format. */
export function createApiApp(deps: HttpDeps): OpenAPIHono<AppEnv> {
  const proxies = trustedProxies(deps.config.trustedProxies);
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      // zod-validator passes the raw input as `data` (not in its types): it tells a missing field from a wrong one.
      const raw = (result as { data?: unknown }).data;
      if (!result.success) throw requestValidationError(result.error.issues, raw, requestLang(c));
    },
  });

  app.use('*', async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.set('clientIp', clientAddress(peerAddress(c), c.req.header('x-forwarded-for'), proxies));
    c.set('auth', null);
    c.set('principal', null);
    c.set('log', deps.log.child({ requestId }));
    c.header('X-Request-Id', requestId);
    const started = performance.now();
    await next();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    if (c.req.path !== '/healthz') {
      // The API's requests are the record; the web app's pages, scripts and images (dozens per page load) would
      // bury it, and the first-start sign-in line with it: they log at debug unless one broke (500).
      const quiet = !c.req.path.startsWith('/api/') && c.res.status !== 500;
      c.get('log')[quiet ? 'debug' : 'info'](
        {
          method: c.req.method,
          path: redactPath(c.req.path),
          ip: c.get('clientIp'),
          status: c.res.status,
          ms,
        },
        'request',
      );
    }
  });

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      xFrameOptions: 'DENY',
      xContentTypeOptions: 'nosniff',
      referrerPolicy: 'same-origin',
      strictTransportSecurity: deps.config.publicUrl.startsWith('https:') ? 'max-age=31536000' : false,
    }),
  );

  const jsonBodyLimit = bodyLimit({
    maxSize: deps.config.bodyLimitBytes,
    onError: (c) =>
      c.json(
        errorBody(
          'payload_too_large',
          httpText.t(requestLang(c), 'bodyTooLarge', { limit: String(deps.config.bodyLimitBytes) }),
        ),
        413,
      ),
  });
  app.use('/api/*', (c, next) => (isRawBody(c.req.method, c.req.path) ? next() : jsonBodyLimit(c, next)));

  app.use('/api/*', async (c, next) => {
    if (['POST', 'PUT', 'PATCH'].includes(c.req.method)) {
      const type = c.req.header('content-type') ?? '';
      const length = c.req.header('content-length');
      const hasBody = length ? length !== '0' : Boolean(c.req.header('transfer-encoding'));
      if (hasBody && !/^application\/json\b/i.test(type) && !isRawBody(c.req.method, c.req.path)) {
        return c.json(errorBody('unsupported_media_type', httpText.t(requestLang(c), 'jsonOnly')), 415);
      }
    }
    c.set('auth', await deps.authenticate(c));
    return next();
  });

  app.onError((err, c) => toErrorResponse(c, err, c.get('log') ?? deps.log));
  return app;
}
