import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addToDepartment,
  type DepartmentFixture,
  makeCustomRoleMember,
  makeDepartment,
  makeOrg,
  makePerson,
  makeSession,
  type OrgFixture,
  type PersonFixture,
  type SessionFixture,
} from '../../src/modules/org/factories.ts';
import { createTask, saveTemplate } from '../../src/modules/work/index.ts';
import { AUTHENTICATED, PUBLIC, permission } from '../../src/platform/access/index.ts';
import { ROLES, type Role, SYSTEM_ACTOR } from '../../src/platform/context.ts';
import type { Database } from '../../src/platform/db/index.ts';
import { type RegisteredRoute, registeredRoutes } from '../../src/platform/http/route.ts';
import { buildApp } from '../../src/server.ts';
import { fillPath, type TestApp, type TestResponse, testApp, testConfig } from '../support/app.ts';
import { steward } from '../support/compose.ts';
import { withFreshDatabase } from '../support/db.ts';

/**
 * The access matrix: every registered route × every role (the five built-ins and a company role, "payroll
 * clerk") × {own department, another department, another
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
  steward,
});
const ROUTES: readonly RegisteredRoute[] = [...registeredRoutes()];

type Context = 'ownDept' | 'otherDept' | 'otherCompany' | 'foreignDept';
const CONTEXTS: readonly Context[] = ['ownDept', 'otherDept', 'otherCompany', 'foreignDept'];
type Mode = 'token' | 'session';

/**
 * A company role walked with the built-ins: a "payroll clerk" of dept A who may see people and work the tasks
 * of their own departments, and nothing else. It must be allowed exactly these, and 403 everywhere else.
 */
const CLERK = [
  { name: 'org.people.read', reach: 'company' },
  { name: 'org.department.read', reach: 'departments' },
  { name: 'work.tasks.read', reach: 'departments' },
  { name: 'work.tasks.manage', reach: 'departments' },
] as const;
type Who = Role | 'clerk';
const WHO: readonly Who[] = [...ROLES, 'clerk'];

/** What the permission table says: may `role` call `route` in `context`? */
function expectedAllowed(route: RegisteredRoute, role: Who, context: Context): boolean {
  if (route.permission === PUBLIC || route.permission === AUTHENTICATED) return true;
  if (context === 'otherCompany') return false; // not a member of the company asked for
  if (context === 'foreignDept' && route.departmentScoped) return false; // a department of another company
  const def = permission(route.permission);
  if (!def) return false; // deny by default (the registry test below fails first)
  if (role === 'clerk') {
    const grant = CLERK.find((g) => g.name === def.name);
    if (!grant) return false;
    // Every department-scoped grant of the clerk reaches only their own department (A).
    return !route.departmentScoped || context === 'ownDept';
  }
  if (!def.roles.includes(role)) return false;
  // A record rule on top of the role: without mail, only an owner is handed a reset link (org/service/resets.ts).
  if (route.path === '/api/v1/people/{id}/password-reset' && role !== 'owner') return false;
  // A route that names a department (path, or a list's ?departmentId= filter) is decided by it, whatever
  // the scope of its coarse permission.
  if (!route.departmentScoped) return true;
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
  /** The payroll clerk (a company role), member of dept A. */
  clerk: PersonFixture;
  sessions: Record<Who, SessionFixture>;
  /** Per context: a task and a task template of the context's department (for work routes with an id). */
  tasks: Record<Context, string>;
  templates: Record<Context, string>;
}

/** A task and a template in a department, made by the system (so nobody is on the task in person). */
async function workIn(db: Database, companyId: string, departmentId: string) {
  const ctx = { actor: SYSTEM_ACTOR, companyId, requestId: null };
  return db.tx(async (tx) => {
    const task = await createTask(tx, ctx, { title: `Task of ${departmentId}`, departmentId });
    const template = await saveTemplate(tx, ctx, {
      name: `Template of ${departmentId}`,
      title: 'From a template',
      departmentId,
      checklist: ['one'],
    });
    return { task: task.id, template: template.id };
  });
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
  const { person: clerk } = await makeCustomRoleMember(fresh.db, org.company.id, org.people.owner.id, {
    name: 'Payroll clerk',
    permissions: [...CLERK],
  });
  await addToDepartment(fresh.db, org.company.id, org.deptA.id, clerk.id);
  const sessions = {} as Record<Who, SessionFixture>;
  for (const role of ROLES) sessions[role] = await makeSession(fresh.db, org.people[role].id, org.company.id);
  sessions.clerk = await makeSession(fresh.db, clerk.id, org.company.id);
  const a = await workIn(fresh.db, org.company.id, org.deptA.id);
  const b = await workIn(fresh.db, org.company.id, org.deptB.id);
  const x = await workIn(fresh.db, other.company.id, other.deptA.id);
  const tasks = { ownDept: a.task, otherDept: b.task, otherCompany: x.task, foreignDept: x.task };
  const templates = {
    ownDept: a.template,
    otherDept: b.template,
    otherCompany: x.template,
    foreignDept: x.template,
  };
  w = { t, org, other, spare, clerk, sessions, tasks, templates };
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
  else if (route.path.startsWith('/api/v1/work/tasks/')) params.id = w.tasks[context];
  else if (route.path.startsWith('/api/v1/work/templates/')) params.id = w.templates[context];
  else if (route.path.startsWith('/api/v1/work/queues/')) params.id = departmentFor(context).id;
  else params.id = 'x_00000000000000000000000000';
  // Lists filtered by department: the filter names the context's department.
  const filtered = ['GET /api/v1/people', 'GET /api/v1/work/tasks'];
  const query = filtered.includes(`${route.method.toUpperCase()} ${route.path}`)
    ? `?departmentId=${departmentFor(context).id}`
    : '';
  return fillPath(route.path, params) + query;
}

/**
 * One call. Writes carry `{}`: for routes with required fields that is a 422 *after* the guard (validation runs
 * after it), so the matrix checks access without changing the fixtures.
 */
async function call(route: RegisteredRoute, role: Who, context: Context, mode: Mode): Promise<TestResponse> {
  const person = role === 'clerk' ? w.clerk : w.org.people[role];
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

  it('routes of department-private records are decided by their department', () => {
    const scoped = ROUTES.filter(
      (r) =>
        r.path.startsWith('/api/v1/work/tasks/') ||
        r.path.startsWith('/api/v1/work/queues/') ||
        r.path === '/api/v1/work/templates/{id}/tasks' ||
        (r.method === 'get' && (r.path === '/api/v1/work/tasks' || r.path === '/api/v1/people')),
    );
    expect(scoped.length).toBeGreaterThanOrEqual(11);
    expect(scoped.filter((r) => !r.departmentScoped).map(label)).toEqual([]);
  });

  it('every route of a department-scoped permission names its department, or narrows explicitly', () => {
    const loose = ROUTES.filter(
      (r) => permission(r.permission)?.scope === 'department' && !r.departmentScoped && !r.narrowed,
    );
    expect(loose.map(label)).toEqual([]);
    expect(ROUTES.filter((r) => r.narrowed).map(label)).toContain('GET /api/v1/work/inbox [work.tasks.read]');
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
      for (const role of WHO) {
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

describe('acceptance: tasks, their comments and files, and people lists follow the department', () => {
  /** Accounting (dept A: the fixture's assistant) and HR (dept B: an assistant made here). */
  let acc: PersonFixture;
  let hr: PersonFixture;
  let task: string;
  let file: string;

  const as = (p: PersonFixture) => ({ token: p.token });
  const upload = (p: PersonFixture, taskId: string) =>
    w.t.app.request(`/api/v1/files?entityType=work_task&entityId=${taskId}&name=note.txt`, {
      method: 'POST',
      headers: { authorization: `Bearer ${p.token}`, 'content-type': 'text/plain' },
      body: 'private note',
    });

  beforeAll(async () => {
    acc = w.org.people.assistant;
    hr = await makePerson(fresh.db, w.org.company.id, { role: 'assistant', name: 'HR Assistant' });
    await addToDepartment(fresh.db, w.org.company.id, w.org.deptB.id, hr.id);
    const made = await w.t.request('POST', '/api/v1/work/tasks', {
      ...as(acc),
      body: { title: 'Payroll accrual', departmentId: w.org.deptA.id },
    });
    expect(made.status).toBe(201);
    task = made.body.id;
    const up = await upload(acc, task);
    expect(up.status).toBe(201);
    file = ((await up.json()) as { id: string }).id;
  });

  it('an HR assistant gets 403 reading, commenting on, cancelling or taking an Accounting task, and its files', async () => {
    const denied: [string, string, unknown?][] = [
      ['GET', `/api/v1/work/tasks/${task}`],
      ['POST', `/api/v1/work/tasks/${task}/comments`, { body: 'peek' }],
      ['POST', `/api/v1/work/tasks/${task}/status`, { status: 'cancelled' }],
      ['POST', `/api/v1/work/tasks/${task}/take`],
      ['POST', `/api/v1/work/tasks/${task}/assign`, { assigneeId: hr.id }],
      ['POST', `/api/v1/work/tasks/${task}/checklist`, { position: 1, done: true }],
      ['POST', `/api/v1/work/tasks/${task}/links`, { entityType: 'x', entityId: 'y' }],
      ['GET', `/api/v1/files?entityType=work_task&entityId=${task}`],
      ['GET', `/api/v1/files/${file}/content`],
      ['DELETE', `/api/v1/files/${file}`],
      ['GET', `/api/v1/work/tasks?departmentId=${w.org.deptA.id}`],
      ['POST', '/api/v1/work/tasks', { title: 'Into Accounting', departmentId: w.org.deptA.id }],
    ];
    for (const [method, path, body] of denied) {
      for (const auth of [as(hr), { session: await makeSession(fresh.db, hr.id, w.org.company.id) }]) {
        const res = await w.t.request(method, path, { ...auth, ...(body === undefined ? {} : { body }) });
        expect(res.status, `${method} ${path}`).toBe(403);
        expect(res.body.error.code).toBe('forbidden');
        expect(res.text).not.toContain('Payroll accrual');
      }
    }
    expect((await upload(hr, task)).status).toBe(403);
    // Nothing changed: the task is open, uncommented, unassigned, with its one file.
    const seen = await w.t.request('GET', `/api/v1/work/tasks/${task}`, as(acc));
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ status: 'open', assigneeId: null, comments: [] });
    const files = await w.t.request('GET', `/api/v1/files?entityType=work_task&entityId=${task}`, as(acc));
    expect(files.body.items.map((f: { id: string }) => f.id)).toEqual([file]);
    const down = await w.t.request('GET', `/api/v1/files/${file}/content`, as(acc));
    expect(down.text).toBe('private note');
  });

  it('task lists show only the departments one belongs to, plus tasks one is on in person', async () => {
    const ids = async (p: PersonFixture) =>
      ((await w.t.request('GET', '/api/v1/work/tasks', as(p))).body.items as { id: string }[]).map(
        (t) => t.id,
      );
    expect(await ids(acc)).toContain(task);
    expect(await ids(hr)).not.toContain(task);
    expect(await ids(hr)).toContain(w.tasks.otherDept);
    expect(await ids(w.org.people.owner)).toEqual(expect.arrayContaining([task, w.tasks.otherDept]));
    // Assigned to the HR assistant by the Accounting side: now theirs to read and work on.
    const mine = await w.t.request('POST', '/api/v1/work/tasks', {
      ...as(acc),
      body: { title: 'Send the headcount', departmentId: w.org.deptA.id, assigneeId: hr.id },
    });
    expect(mine.status).toBe(201);
    expect(await ids(hr)).toContain(mine.body.id);
    expect((await w.t.request('GET', `/api/v1/work/tasks/${mine.body.id}`, as(hr))).status).toBe(200);
    const done = await w.t.request('POST', `/api/v1/work/tasks/${mine.body.id}/status`, {
      ...as(hr),
      body: { status: 'done' },
    });
    expect(done.status).toBe(200);
    // A task of no department: its requester and assignee only (and those who see every department).
    const loose = await w.t.request('POST', '/api/v1/work/tasks', {
      ...as(acc),
      body: { title: 'Loose end' },
    });
    expect(loose.status).toBe(201);
    expect((await w.t.request('GET', `/api/v1/work/tasks/${loose.body.id}`, as(acc))).status).toBe(200);
    expect((await w.t.request('GET', `/api/v1/work/tasks/${loose.body.id}`, as(hr))).status).toBe(403);
    expect(await ids(hr)).not.toContain(loose.body.id);
    for (const role of ['owner', 'admin', 'auditor'] as const)
      expect((await w.t.request('GET', `/api/v1/work/tasks/${task}`, as(w.org.people[role]))).status).toBe(
        200,
      );
  });

  it('task templates of another department are neither listed nor usable', async () => {
    const names = async (p: PersonFixture) =>
      ((await w.t.request('GET', '/api/v1/work/templates', as(p))).body.items as { id: string }[]).map(
        (t) => t.id,
      );
    expect(await names(hr)).toContain(w.templates.otherDept);
    expect(await names(hr)).not.toContain(w.templates.ownDept);
    expect(await names(w.org.people.owner)).toEqual(
      expect.arrayContaining([w.templates.ownDept, w.templates.otherDept]),
    );
    const use = await w.t.request('POST', `/api/v1/work/templates/${w.templates.ownDept}/tasks`, as(hr));
    expect(use.status).toBe(403);
    const queue = await w.t.request('PUT', `/api/v1/work/queues/${w.org.deptB.id}`, {
      ...as(w.org.people.manager),
      body: { autoAssign: 'round_robin' },
    });
    expect(queue.status).toBe(403);
  });

  it("people lists: another department's filter is a 403, and members of other departments stay out", async () => {
    const filtered = await w.t.request('GET', `/api/v1/people?departmentId=${w.org.deptA.id}`, as(hr));
    expect(filtered.status).toBe(403);
    expect(filtered.text).not.toContain(acc.email);
    const own = await w.t.request('GET', `/api/v1/people?departmentId=${w.org.deptB.id}`, as(hr));
    expect(own.status).toBe(200);
    expect(own.body.items.map((p: { id: string }) => p.id)).toEqual([hr.id]);
    const all = await w.t.request('GET', '/api/v1/people?limit=200', as(hr));
    const listed = all.body.items.map((p: { id: string }) => p.id);
    expect(listed).toContain(hr.id);
    expect(listed).not.toContain(acc.id);
    expect(listed).not.toContain(w.org.people.owner.id);
    const csv = await w.t.request('GET', '/api/v1/people?format=csv', as(hr));
    expect(csv.status).toBe(200);
    expect(csv.text).not.toContain(acc.email);
    // One person by id: memberships of departments the reader cannot see are left out.
    const person = await w.t.request('GET', `/api/v1/people/${acc.id}`, as(hr));
    expect(person.status).toBe(200);
    expect(person.body.departments).toEqual([]);
    const byOwner = await w.t.request('GET', `/api/v1/people/${acc.id}`, as(w.org.people.owner));
    expect(byOwner.body.departments.map((d: { id: string }) => d.id)).toEqual([w.org.deptA.id]);
    const ownerList = await w.t.request(
      'GET',
      `/api/v1/people?departmentId=${w.org.deptA.id}`,
      as(w.org.people.owner),
    );
    expect(ownerList.status).toBe(200);
    expect(ownerList.body.items.map((p: { id: string }) => p.id)).toContain(acc.id);
    const foreign = await w.t.request(
      'GET',
      `/api/v1/people?departmentId=${w.other.deptA.id}`,
      as(w.org.people.owner),
    );
    expect(foreign.status).toBe(403);
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

  it('mutating routes open to auditors are only their own tokens, their own saved views and chain verification', () => {
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
        'DELETE /api/v1/views/{id} [lists.views]',
        'PATCH /api/v1/views/{id} [lists.views]',
        'POST /api/v1/views [lists.views]',
      ].sort(),
    );
  });
});
