import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type DepartmentFixture,
  makeDepartment,
  makeOrg,
  makePerson,
  makeSession,
  type OrgFixture,
  type PersonFixture,
  type SessionFixture,
} from '../../src/modules/org/factories.ts';
import { AUTHENTICATED, PUBLIC, permission } from '../../src/platform/access/index.ts';
import { ROLES, type Role } from '../../src/platform/context.ts';
import { type RegisteredRoute, registeredRoutes } from '../../src/platform/http/route.ts';
import { buildApp } from '../../src/server.ts';
import { fillPath, type TestApp, type TestResponse, testApp, testConfig } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';

/**
 * The access matrix: every registered route × every role × {own department, another department, another
 * company, a department of another company} × {API token, session cookie}, against the outcome the
 * permission table predicts. The guard in src/platform/http/route.ts is the one place that decides; this file
 * checks that it decides what the permission definitions say.
 */

// The registry is filled when the app is built; build one (never queried) to enumerate the routes up front.
const probe = buildApp({
  db: {} as never,
  config: testConfig(),
  log: pino({ level: 'silent' }),
  jobs: () => null,
});
const ROUTES: readonly RegisteredRoute[] = [...registeredRoutes()];

type Context = 'ownDept' | 'otherDept' | 'otherCompany' | 'foreignDept';
const CONTEXTS: readonly Context[] = ['ownDept', 'otherDept', 'otherCompany', 'foreignDept'];
type Mode = 'token' | 'session';

/** What the permission table says: may `role` call `route` in `context`? */
function expectedAllowed(route: RegisteredRoute, role: Role, context: Context): boolean {
  if (route.permission === PUBLIC || route.permission === AUTHENTICATED) return true;
  if (context === 'otherCompany') return false; // not a member of the company asked for
  if (context === 'foreignDept' && route.departmentScoped) return false; // a department of another company
  const def = permission(route.permission);
  if (!def) return false; // deny by default (the registry test below fails first)
  if (!def.roles.includes(role)) return false;
  // A record rule on top of the role: without mail, only an owner is handed a reset link (org/service/resets.ts).
  if (route.path === '/api/v1/people/{id}/password-reset' && role !== 'owner') return false;
  if (def.scope === 'company' || !route.departmentScoped) return true;
  // Department scope: context ownDept is dept A (the manager manages it, the assistant is a member).
  switch (role) {
    case 'owner':
    case 'admin':
    case 'auditor':
      return true;
    case 'manager':
    case 'assistant':
      return context === 'ownDept';
  }
}

const NO_SUCH = {
  user: 'usr_00000000000000000000000000',
  token: 'tok_00000000000000000000000000',
  invitation: 'inv_00000000000000000000000000',
  job: 'job_00000000000000000000000000',
};

interface World {
  t: TestApp;
  org: OrgFixture;
  other: OrgFixture;
  /** A person of the main company whom admins may deactivate, reset and edit without harm. */
  spare: PersonFixture;
  sessions: Record<Role, SessionFixture>;
}

const fresh = withFreshDatabase();
let w: World;

beforeAll(async () => {
  const t = testApp(fresh.db);
  const org = await makeOrg(fresh.db, { name: 'Main Co' });
  const other = await makeOrg(fresh.db, { name: 'Other Co' });
  // Sub-departments, so an allowed DELETE /departments/{id} answers 409 instead of deleting A or B.
  await makeDepartment(fresh.db, org.company.id, { parentId: org.deptA.id });
  await makeDepartment(fresh.db, org.company.id, { parentId: org.deptB.id });
  const spare = await makePerson(fresh.db, org.company.id, { role: 'assistant' });
  const sessions = {} as Record<Role, SessionFixture>;
  for (const role of ROLES) sessions[role] = await makeSession(fresh.db, org.people[role].id, org.company.id);
  w = { t, org, other, spare, sessions };
});

function departmentFor(context: Context): DepartmentFixture {
  if (context === 'ownDept') return w.org.deptA;
  if (context === 'otherDept') return w.org.deptB;
  return w.other.deptA;
}

/** Real ids for path parameters: the department of the context, a harmless person, ids that do not exist. */
function pathFor(route: RegisteredRoute, context: Context): string {
  const foreign = context === 'otherCompany';
  // Parameters this file does not know (routes of later modules) get an id that exists nowhere.
  const params: Record<string, string> = Object.fromEntries(
    [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => [m[1]!, 'x_00000000000000000000000000']),
  );
  Object.assign(params, { userId: NO_SUCH.user, token: 'no-such-invitation-token' });
  if (route.path.startsWith('/api/v1/departments/')) params.id = departmentFor(context).id;
  else if (route.path.startsWith('/api/v1/people/'))
    params.id = foreign ? w.other.people.assistant.id : w.spare.id;
  else if (route.path.startsWith('/api/v1/me/tokens/')) params.id = NO_SUCH.token;
  else if (route.path.startsWith('/api/v1/invitations/')) params.id = NO_SUCH.invitation;
  else if (route.path.startsWith('/api/v1/jobs/')) params.id = NO_SUCH.job;
  else params.id = 'x_00000000000000000000000000';
  return fillPath(route.path, params);
}

/**
 * One call. Writes carry `{}`: for routes with required fields that is a 422 *after* the guard (validation runs
 * after it), so the matrix checks access without changing the fixtures.
 */
async function call(route: RegisteredRoute, role: Role, context: Context, mode: Mode): Promise<TestResponse> {
  const person = w.org.people[role];
  const method = route.method.toUpperCase();
  const company =
    context === 'otherCompany' ? w.other.company.id : context === 'ownDept' ? undefined : w.org.company.id;
  let session: SessionFixture | undefined = w.sessions[role];
  // Signing out would end the session the rest of the matrix uses: sign out a throwaway one.
  if (route.path === '/api/v1/auth/sign-out' && mode === 'session')
    session = await makeSession(fresh.db, person.id, w.org.company.id);
  return w.t.request(method, pathFor(route, context), {
    ...(mode === 'token' ? { token: person.token } : { session }),
    ...(company ? { company } : {}),
    ...(method === 'GET' || method === 'DELETE' ? {} : { body: {} }),
  });
}

const label = (r: RegisteredRoute) => `${r.method.toUpperCase()} ${r.path} [${r.permission}]`;

describe('the route registry', () => {
  it('has the foundation routes', () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(40);
    expect(ROUTES.map(label)).toContain('GET /api/v1/departments/{id} [org.department.read]');
  });

  it('every route needs a registered permission, or is public / authenticated', () => {
    const unknown = ROUTES.filter(
      (r) => r.permission !== PUBLIC && r.permission !== AUTHENTICATED && !permission(r.permission),
    );
    expect(unknown.map(label)).toEqual([]);
  });

  it('the app has no /api route that bypasses the registry', () => {
    const registered = new Set(
      ROUTES.map((r) => `${r.method.toUpperCase()} ${r.path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const allowed = new Set(['GET /api/v1/openapi.json', 'GET /api/v1/docs', 'ALL /api/*']);
    const stray = [
      ...new Set(probe.routes.filter((r) => r.path.startsWith('/api')).map((r) => `${r.method} ${r.path}`)),
    ].filter((key) => !registered.has(key) && !allowed.has(key));
    expect(stray).toEqual([]);
    // …and every registered route is really mounted.
    const mounted = new Set(probe.routes.map((r) => `${r.method} ${r.path}`));
    expect([...registered].filter((key) => !mounted.has(key))).toEqual([]);
  });

  it('auditors hold no write permission', () => {
    const writes = ROUTES.map((r) => permission(r.permission)).filter((p) => p?.write);
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.filter((p) => p!.roles.includes('auditor')).map((p) => p!.name)).toEqual([]);
  });
});

describe.each(ROUTES.map((r) => [label(r), r] as const))('%s', (_name, route) => {
  it('allows and denies exactly as the permission table says, for every role and scope', async () => {
    const mismatches: string[] = [];
    for (const mode of ['token', 'session'] as const) {
      for (const role of ROLES) {
        for (const context of CONTEXTS) {
          if (context === 'foreignDept' && !route.departmentScoped) continue;
          const res = await call(route, role, context, mode);
          const allowed = expectedAllowed(route, role, context);
          const ok = allowed
            ? res.status !== 401 && res.status !== 403 && res.status < 500
            : res.status === 403 && res.body?.error?.code === 'forbidden';
          if (!ok)
            mismatches.push(
              `${mode} ${role} ${context}: expected ${allowed ? 'allowed' : '403'}, got ${res.status} ${res.text.slice(0, 160)}`,
            );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('without credentials', () => {
  const guarded = ROUTES.filter((r) => r.permission !== PUBLIC);
  it.each(guarded.map((r) => [label(r), r] as const))(
    '%s answers 401, also to a bad token',
    async (_n, route) => {
      const method = route.method.toUpperCase();
      const body = method === 'GET' || method === 'DELETE' ? {} : { body: {} };
      const none = await w.t.request(method, pathFor(route, 'ownDept'), body);
      expect(none.status).toBe(401);
      expect(none.body.error.code).toBe('unauthenticated');
      const bad = await w.t.request(method, pathFor(route, 'ownDept'), { ...body, token: 'stw_not-a-token' });
      expect(bad.status).toBe(401);
    },
  );
});

describe('acceptance: department and company scope', () => {
  it("an assistant of one department gets 403 on another department's data", async () => {
    const { assistant } = w.org.people;
    const own = await w.t.request('GET', `/api/v1/departments/${w.org.deptA.id}`, { token: assistant.token });
    expect(own.status).toBe(200);
    expect(own.body.members.map((m: { userId: string }) => m.userId)).toContain(assistant.id);
    const other = await w.t.request('GET', `/api/v1/departments/${w.org.deptB.id}`, {
      token: assistant.token,
    });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('forbidden');
    expect(other.text).not.toContain(w.org.deptB.name);
  });

  it("an assistant gets 403 on another company's data", async () => {
    const { assistant } = w.org.people;
    const viaHeader = await w.t.request('GET', '/api/v1/people', {
      token: assistant.token,
      company: w.other.company.id,
    });
    expect(viaHeader.status).toBe(403);
    const session = await w.t.request('GET', '/api/v1/company', {
      session: w.sessions.assistant,
      company: w.other.company.id,
    });
    expect(session.status).toBe(403);
    const foreignDept = await w.t.request('GET', `/api/v1/departments/${w.other.deptA.id}`, {
      token: assistant.token,
    });
    expect(foreignDept.status).toBe(403);
    expect(foreignDept.text).not.toContain(w.other.deptA.name);
  });

  it("even an owner cannot read another company's department or person through their own company", async () => {
    const { owner } = w.org.people;
    const dept = await w.t.request('GET', `/api/v1/departments/${w.other.deptB.id}`, { token: owner.token });
    expect(dept.status).toBe(403);
    const person = await w.t.request('GET', `/api/v1/people/${w.other.people.admin.id}`, {
      token: owner.token,
    });
    expect(person.status).toBe(404);
    const del = await w.t.request('DELETE', `/api/v1/departments/${w.other.deptB.id}`, {
      token: owner.token,
    });
    expect(del.status).toBe(404);
    const still = await fresh.db.query('SELECT 1 FROM departments WHERE id = $1', [w.other.deptB.id]);
    expect(still.rowCount).toBe(1);
  });

  it('a manager can change the department they manage but not another one', async () => {
    const { manager } = w.org.people;
    const own = await w.t.request('PATCH', `/api/v1/departments/${w.org.deptA.id}`, {
      token: manager.token,
      body: { name: 'Renamed by its manager' },
    });
    expect(own.status).toBe(200);
    expect(own.body.name).toBe('Renamed by its manager');
    const other = await w.t.request('PATCH', `/api/v1/departments/${w.org.deptB.id}`, {
      token: manager.token,
      body: { name: 'Hijacked' },
    });
    expect(other.status).toBe(403);
    const row = await fresh.db.query<{ name: string }>('SELECT name FROM departments WHERE id = $1', [
      w.org.deptB.id,
    ]);
    expect(row.rows[0]!.name).not.toBe('Hijacked');
  });
});

describe('acceptance: an auditor can read and cannot write', () => {
  it('reads the company, people, departments, invitations and the audit trail', async () => {
    const { auditor } = w.org.people;
    for (const path of [
      '/api/v1/company',
      '/api/v1/people',
      '/api/v1/departments',
      `/api/v1/departments/${w.org.deptB.id}`,
      '/api/v1/invitations',
      '/api/v1/audit',
      '/api/v1/roles',
    ]) {
      const res = await w.t.request('GET', path, { token: auditor.token });
      expect(res.status, path).toBe(200);
    }
  });

  it('gets 403 on every write route, with valid bodies, and nothing changes', async () => {
    const { auditor } = w.org.people;
    const writes = ROUTES.filter((r) => permission(r.permission)?.write);
    expect(writes.length).toBeGreaterThanOrEqual(10);
    const before = await fresh.db.query('SELECT count(*)::int AS n FROM audit_events');
    const bodies: Record<string, unknown> = {
      'PATCH /api/v1/company': { name: 'Auditor was here' },
      'POST /api/v1/departments': { code: 'AUD', name: 'Auditor dept' },
      'PATCH /api/v1/departments/{id}': { name: 'Auditor was here' },
      'POST /api/v1/departments/{id}/members': { userId: auditor.id },
      'PATCH /api/v1/people/{id}': { role: 'owner' },
      'POST /api/v1/invitations': { email: 'friend@example.test', role: 'owner' },
    };
    const failures: string[] = [];
    for (const route of writes) {
      for (const context of ['ownDept', 'otherDept'] as const) {
        const method = route.method.toUpperCase();
        const body = bodies[`${method} ${route.path}`] ?? (method === 'DELETE' ? undefined : {});
        for (const auth of [{ token: auditor.token }, { session: w.sessions.auditor }]) {
          const res = await w.t.request(method, pathFor(route, context), {
            ...auth,
            ...(body === undefined ? {} : { body }),
          });
          if (res.status !== 403) failures.push(`${label(route)} ${context}: ${res.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
    const after = await fresh.db.query('SELECT count(*)::int AS n FROM audit_events');
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('mutating routes open to auditors are only their own tokens and chain verification', () => {
    const open = ROUTES.filter(
      (r) =>
        r.method !== 'get' &&
        r.permission !== PUBLIC &&
        r.permission !== AUTHENTICATED &&
        permission(r.permission)?.roles.includes('auditor'),
    ).map(label);
    expect(open.sort()).toEqual(
      [
        'DELETE /api/v1/me/tokens/{id} [me.tokens.manage]',
        'POST /api/v1/audit/verify [audit.verify]',
        'POST /api/v1/me/tokens [me.tokens.manage]',
      ].sort(),
    );
  });
});
