import { createRoute, type OpenAPIHono, type RouteConfig, type RouteHandler } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { unauthenticated } from '../../kernel/errors.ts';
import {
  AUTHENTICATED,
  authorize,
  type DepartmentAnswer,
  NARROWED,
  PUBLIC,
  permission as permissionDef,
} from '../access/index.ts';
import { safeEqual } from '../auth/crypto.ts';
import type { Principal } from '../context.ts';
import { httpText } from './i18n.ts';
import { withIdempotency } from './idempotency.ts';
import { documented } from './openapi.ts';
import type { AppContext, AppEnv, HttpDeps } from './types.ts';

/**
 * Every route is defined through `defineRoute`, which requires a permission and records the route in the
 * registry that the access-matrix test and the architecture check walk. The guard it installs is the one
 * middleware that decides access: authentication, CSRF for cookie writes, company membership, the permission
 * and — for department-scoped permissions — the department the resource belongs to.
 *
 * A resolver answers the department that decides, or `NARROWED` (src/platform/access) when the department
 * does not: a list without a department filter that the handler narrows to `visibleDepartmentIds`, or a
 * record the module's record rule already let the actor reach. `null` (nothing resolved) is a 403 for a
 * department-scoped permission.
 */
export type DepartmentResolver = (
  c: AppContext,
  principal: Principal,
  deps: HttpDeps,
) => Promise<string | null | typeof NARROWED>;

/**
 * The explicit "any department" resolvers: the guard checks only that the permission is held, and the handler
 * narrows — a list to `visibleDepartmentIds(principal, permission)` ('list'), or authorizes the department a
 * validated body names ('body'). Named so a reader (and the access-matrix test) sees which routes do.
 */
export function narrowed(how: 'list' | 'body'): DepartmentResolver & { narrowed: 'list' | 'body' } {
  const resolve: DepartmentResolver = async () => NARROWED;
  return Object.assign(resolve, { narrowed: how });
}

export interface RegisteredRoute {
  method: string;
  path: string; // OpenAPI style: /api/v1/departments/{id}
  permission: string;
  departmentScoped: boolean;
  /** Declared with `narrowed(…)`: the handler narrows a list or checks a department named in the body. */
  narrowed: 'list' | 'body' | null;
  /** The answer carries a secret shown once (see `issuesSecret` on RouteSpec). */
  issuesSecret: boolean;
}

const registry: RegisteredRoute[] = [];

export function registeredRoutes(): readonly RegisteredRoute[] {
  return registry;
}

export type RouteSpec = RouteConfig & {
  permission: string;
  department?: DepartmentResolver;
  /**
   * The success answer carries a secret shown only once (an API token, an invitation or reset link, a TOTP
   * secret). Its idempotency record then keeps only a hash of the answer, and a replay is refused with
   * `secret_shown_once` instead of handing the secret out again (see idempotency.ts).
   */
  issuesSecret?: boolean;
};

export function defineRoute<R extends RouteSpec>(
  app: OpenAPIHono<AppEnv>,
  deps: HttpDeps,
  spec: R,
  handler: RouteHandler<R, AppEnv>,
): void {
  const { permission, department, issuesSecret = false, ...config } = spec;
  if (permission !== PUBLIC && permission !== AUTHENTICATED && !permissionDef(permission)) {
    throw new Error(
      `route ${config.method.toUpperCase()} ${config.path} needs unknown permission ${permission}`,
    );
  }
  // A department-scoped permission is decided by a department: without a resolver every call would be
  // asked with none, so the route could never be allowed — or, worse, would be allowed by a later change.
  if (permissionDef(permission)?.scope === 'department' && !department) {
    throw new Error(
      `route ${config.method.toUpperCase()} ${config.path} needs department-scoped permission ${permission} but has no department resolver`,
    );
  }
  if (!registry.some((r) => r.method === config.method && r.path === `/api/v1${config.path}`)) {
    registry.push({
      method: config.method,
      path: `/api/v1${config.path}`,
      permission,
      departmentScoped: Boolean(department) && !('narrowed' in (department ?? {})),
      narrowed: department && 'narrowed' in department ? (department.narrowed as 'list' | 'body') : null,
      issuesSecret,
    });
  }
  const route = createRoute({
    ...documented(config, permission),
    middleware: [guard(deps, permission, department, issuesSecret)],
  });
  app.openapi(route, handler as never);
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function guard(
  deps: HttpDeps,
  permission: string,
  department: DepartmentResolver | undefined,
  issuesSecret: boolean,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (permission === PUBLIC) return next();
    const auth = c.get('auth');
    if (!auth) throw unauthenticated();
    if (auth.via === 'session' && WRITE_METHODS.has(c.req.method)) checkCsrf(c, auth.csrfToken);
    const ctxBase = { actor: auth.actor, requestId: c.get('requestId') };
    if (permission === AUTHENTICATED) {
      c.set('ctx', { ...ctxBase, companyId: auth.tokenCompanyId ?? auth.defaultCompanyId ?? '' });
      return withIdempotency(deps, c, next, { issuesSecret });
    }
    const companyId = pickCompany(c, auth);
    const principal =
      auth.principal?.companyId === companyId
        ? auth.principal
        : await deps.loadPrincipal(auth.userId, companyId);
    if (!principal) throw httpText.error('forbidden', 'notMember');
    const departmentId: DepartmentAnswer = department ? await department(c, principal, deps) : undefined;
    authorize(principal, permission, departmentId);
    c.set('principal', principal);
    c.set('ctx', { ...ctxBase, companyId });
    return withIdempotency(deps, c, next, { issuesSecret });
  };
}

function pickCompany(c: AppContext, auth: NonNullable<AppEnv['Variables']['auth']>): string {
  const asked = c.req.header('x-company-id');
  if (auth.tokenCompanyId) {
    if (asked && asked !== auth.tokenCompanyId) throw httpText.error('forbidden', 'tokenOtherCompany');
    return auth.tokenCompanyId;
  }
  const companyId = asked || auth.defaultCompanyId;
  if (!companyId) throw httpText.error('bad_request', 'chooseCompany');
  return companyId;
}

function checkCsrf(c: AppContext, expected: string | null): void {
  const sent = c.req.header('x-csrf-token') ?? '';
  const cookie = getCookie(c, 'steward_csrf') ?? '';
  if (!expected || !sent || !safeEqual(sent, expected) || !safeEqual(cookie, expected)) {
    throw httpText.error('forbidden', 'csrfMissing');
  }
}
