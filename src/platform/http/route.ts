import { createHash } from 'node:crypto';
import { createRoute, type OpenAPIHono, type RouteConfig, type RouteHandler } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { AppError, forbidden, unauthenticated } from '../../kernel/errors.ts';
import { AUTHENTICATED, authorize, PUBLIC, permission as permissionDef } from '../access/index.ts';
import { safeEqual } from '../auth/crypto.ts';
import type { Principal } from '../context.ts';
import type { AppContext, AppEnv, HttpDeps } from './types.ts';

/**
 * Every route is defined through `defineRoute`, which requires a permission and records the route in the
 * registry that the access-matrix test and the architecture check walk. The guard it installs is the one
 * middleware that decides access: authentication, CSRF for cookie writes, company membership, the permission
 * and — for department-scoped permissions — the department the resource belongs to.
 */
export type DepartmentResolver = (
  c: AppContext,
  principal: Principal,
  deps: HttpDeps,
) => Promise<string | null>;

export interface RegisteredRoute {
  method: string;
  path: string; // OpenAPI style: /api/v1/departments/{id}
  permission: string;
  departmentScoped: boolean;
}

const registry: RegisteredRoute[] = [];

export function registeredRoutes(): readonly RegisteredRoute[] {
  return registry;
}

export type RouteSpec = RouteConfig & { permission: string; department?: DepartmentResolver };

export function defineRoute<R extends RouteSpec>(
  app: OpenAPIHono<AppEnv>,
  deps: HttpDeps,
  spec: R,
  handler: RouteHandler<R, AppEnv>,
): void {
  const { permission, department, ...config } = spec;
  if (permission !== PUBLIC && permission !== AUTHENTICATED && !permissionDef(permission)) {
    throw new Error(
      `route ${config.method.toUpperCase()} ${config.path} needs unknown permission ${permission}`,
    );
  }
  if (!registry.some((r) => r.method === config.method && r.path === `/api/v1${config.path}`)) {
    registry.push({
      method: config.method,
      path: `/api/v1${config.path}`,
      permission,
      departmentScoped: Boolean(department),
    });
  }
  const route = createRoute({ ...config, middleware: [guard(deps, permission, department)] });
  app.openapi(route, handler as never);
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function guard(
  deps: HttpDeps,
  permission: string,
  department?: DepartmentResolver,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (permission === PUBLIC) return next();
    const auth = c.get('auth');
    if (!auth) throw unauthenticated();
    if (auth.via === 'session' && WRITE_METHODS.has(c.req.method)) checkCsrf(c, auth.csrfToken);
    const ctxBase = { actor: auth.actor, requestId: c.get('requestId') };
    if (permission === AUTHENTICATED) {
      c.set('ctx', { ...ctxBase, companyId: auth.tokenCompanyId ?? auth.defaultCompanyId ?? '' });
      return withIdempotency(deps, c, next);
    }
    const companyId = pickCompany(c, auth);
    const principal =
      auth.principal?.companyId === companyId
        ? auth.principal
        : await deps.loadPrincipal(auth.userId, companyId);
    if (!principal) throw forbidden('You are not an active member of this company.');
    const departmentId = department ? await department(c, principal, deps) : undefined;
    authorize(principal, permission, departmentId);
    c.set('principal', principal);
    c.set('ctx', { ...ctxBase, companyId });
    return withIdempotency(deps, c, next);
  };
}

function pickCompany(c: AppContext, auth: NonNullable<AppEnv['Variables']['auth']>): string {
  const asked = c.req.header('x-company-id');
  if (auth.tokenCompanyId) {
    if (asked && asked !== auth.tokenCompanyId) throw forbidden('This API token belongs to another company.');
    return auth.tokenCompanyId;
  }
  const companyId = asked || auth.defaultCompanyId;
  if (!companyId) throw new AppError('bad_request', 'Choose a company: send the X-Company-Id header.');
  return companyId;
}

function checkCsrf(c: AppContext, expected: string | null): void {
  const sent = c.req.header('x-csrf-token') ?? '';
  const cookie = getCookie(c, 'steward_csrf') ?? '';
  if (!expected || !sent || !safeEqual(sent, expected) || !safeEqual(cookie, expected)) {
    throw forbidden(
      'The request is missing its CSRF token (X-CSRF-Token header); reload the page and try again.',
    );
  }
}

/**
 * Hashes a request body as it streams (a clone; the handler still reads the original), never holding it whole
 * and stopping with 413 past the largest body any route accepts — a 200 MB upload with an Idempotency-Key is
 * refused like one without.
 */
async function hashBody(req: Request, prefix: string, deps: HttpDeps): Promise<string> {
  const max = Math.max(deps.config.bodyLimitBytes, deps.config.maxUploadBytes);
  const tooLarge = () =>
    new AppError('payload_too_large', `The request body is larger than the ${max} bytes allowed.`, {
      maxBytes: max,
    });
  const length = req.headers.get('content-length');
  if (length && Number(length) > max) throw tooLarge();
  const hash = createHash('sha256').update(prefix);
  const body = req.clone().body;
  if (!body) return hash.digest('hex');
  const reader = body.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      // A tee'd branch's cancel settles only once both branches are cancelled: cancel both, await neither.
      void reader.cancel().catch(() => {});
      void req.body?.cancel().catch(() => {});
      throw tooLarge();
    }
    hash.update(value);
  }
  return hash.digest('hex');
}

/**
 * `Idempotency-Key` on POST: the first response is stored and a retry with the same key and body gets it back
 * without running the handler again. The same key with another body is a 409; a retry while the first is
 * still running is a 409.
 */
async function withIdempotency(
  deps: HttpDeps,
  c: AppContext,
  next: () => Promise<void>,
): Promise<Response | undefined> {
  const key = c.req.header('idempotency-key');
  const auth = c.get('auth');
  if (!key || c.req.method !== 'POST' || !auth) {
    await next();
    return undefined;
  }
  if (key.length > 200) throw new AppError('validation', 'Idempotency-Key is at most 200 characters.');
  const actorKey = auth.actor.tokenId ?? auth.userId;
  const requestHash = await hashBody(c.req.raw, `${c.req.method} ${c.req.path}\n`, deps);
  const inserted = await deps.db.query(
    `INSERT INTO idempotency_keys (actor_key, key, company_id, request_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT (actor_key, key) DO NOTHING`,
    [actorKey, key, c.get('ctx').companyId || null, requestHash],
  );
  if (inserted.rowCount === 0) {
    const prior = await deps.db.query<{
      request_hash: string;
      status_code: number | null;
      response_body: string | null;
      response_type: string | null;
    }>(
      'SELECT request_hash, status_code, response_body, response_type FROM idempotency_keys WHERE actor_key = $1 AND key = $2',
      [actorKey, key],
    );
    const row = prior.rows[0];
    if (!row) throw new AppError('conflict', 'Idempotency-Key could not be recorded; retry.');
    if (row.request_hash !== requestHash) {
      throw new AppError(
        'conflict',
        'This Idempotency-Key was already used with a different request; use a new key.',
      );
    }
    if (row.status_code === null)
      throw new AppError('conflict', 'The first request with this Idempotency-Key is still running.');
    c.header('Idempotent-Replayed', 'true');
    return c.body(row.response_body ?? '', row.status_code as 200, {
      'Content-Type': row.response_type ?? 'application/json',
    });
  }
  try {
    await next();
  } catch (err) {
    await deps.db.query('DELETE FROM idempotency_keys WHERE actor_key = $1 AND key = $2', [actorKey, key]);
    throw err;
  }
  const res = c.res;
  if (res.status >= 500 || c.error) {
    await deps.db.query('DELETE FROM idempotency_keys WHERE actor_key = $1 AND key = $2', [actorKey, key]);
    return;
  }
  const text = await res.clone().text();
  await deps.db.query(
    'UPDATE idempotency_keys SET status_code = $3, response_body = $4, response_type = $5 WHERE actor_key = $1 AND key = $2',
    [actorKey, key, res.status, text, res.headers.get('content-type')],
  );
}
