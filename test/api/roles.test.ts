import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addToDepartment,
  makeCustomRoleMember,
  makeOrg,
  makePerson,
  type OrgFixture,
  type PersonFixture,
} from '../../src/modules/org/factories.ts';
import { createTask } from '../../src/modules/work/index.ts';
import { builtinGrants, can, NARROWED } from '../../src/platform/access/index.ts';
import { type Principal, ROLES, SYSTEM_ACTOR } from '../../src/platform/context.ts';
import { defineRoute } from '../../src/platform/http/route.ts';
import { buildApp } from '../../src/server.ts';
import { type TestApp, testApp, testConfig } from '../support/app.ts';
import { steward } from '../support/compose.ts';
import { withFreshDatabase } from '../support/db.ts';

/** Roles as data: company roles through the real HTTP app, no escalation, audit, and the department rule. */

const fresh = withFreshDatabase();
let t: TestApp;
let org: OrgFixture;

beforeAll(async () => {
  t = testApp(fresh.db);
  org = await makeOrg(fresh.db);
});

const as = (p: PersonFixture) => ({ token: p.token });
const auditCount = async (entityType: string) =>
  (
    await fresh.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM audit_events WHERE company_id = $1 AND entity_type = $2',
      [org.company.id, entityType],
    )
  ).rows[0]!.n;

describe('a department-scoped permission needs a department', () => {
  const principal = (role: (typeof ROLES)[number]): Principal => ({
    userId: 'usr_x',
    companyId: 'co_x',
    role,
    roleId: role,
    roleName: role,
    grants: builtinGrants(role),
    departmentIds: new Set(['dep_a']),
    managedDepartmentIds: new Set(),
  });

  it('is denied to every role when no department was resolved, and allowed only on the explicit path', () => {
    buildApp({
      db: {} as never,
      config: testConfig(),
      log: pino({ level: 'silent' }),
      jobs: () => null,
      steward,
    });
    for (const role of ROLES) {
      const p = principal(role);
      expect(can(p, 'work.tasks.read'), role).toBe(false);
      expect(can(p, 'work.tasks.read', null), role).toBe(false);
      expect(can(p, 'work.tasks.read', NARROWED), role).toBe(true);
      expect(can(p, 'work.tasks.read', 'dep_a'), role).toBe(true);
      expect(can(p, 'work.tasks.read', 'dep_b'), role).toBe(
        role === 'owner' || role === 'admin' || role === 'auditor',
      );
    }
    // The auditor's no-write rule holds on the explicit path too.
    expect(can(principal('auditor'), 'work.tasks.manage', NARROWED)).toBe(false);
  });

  it('defineRoute refuses, at registration, a department-scoped permission without a resolver', () => {
    const app = buildApp({
      db: {} as never,
      config: testConfig(),
      log: pino({ level: 'silent' }),
      jobs: () => null,
      steward,
    });
    expect(() =>
      defineRoute(
        app as never,
        {} as never,
        // A real department-scoped permission: registering a test one would leak into the permission list
        // that later files in the same worker read (the fast tier shares modules between files).
        { method: 'get', path: '/test/private', permission: 'work.tasks.read', responses: {} },
        (c) => c.body(null, 204) as never,
      ),
    ).toThrow(/department-scoped permission work.tasks.read but has no department resolver/);
  });
});

describe('company roles', () => {
  const clerkPermissions = [
    { name: 'org.people.read', reach: 'company' },
    { name: 'work.tasks.read', reach: 'departments' },
    { name: 'work.tasks.manage', reach: 'departments' },
  ];

  it('an owner creates "Payroll clerk", gives it to a member, who may do exactly that (and is audited)', async () => {
    const before = await auditCount('role');
    const made = await t.request('POST', '/api/v1/roles', {
      ...as(org.people.owner),
      body: { name: 'Payroll clerk', description: 'Pays people', permissions: clerkPermissions },
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: 'Payroll clerk', builtin: false, memberCount: 0 });
    expect(made.body.id).toMatch(/^role_/);
    expect(made.body.permissions.map((p: { name: string }) => p.name)).toEqual(
      clerkPermissions.map((p) => p.name).sort(),
    );
    expect(await auditCount('role')).toBe(before + 1);

    const clerk = await makePerson(fresh.db, org.company.id, { role: 'assistant', name: 'Clerk' });
    await addToDepartment(fresh.db, org.company.id, org.deptA.id, clerk.id);
    const given = await t.request('PUT', `/api/v1/people/${clerk.id}/role`, {
      ...as(org.people.owner),
      body: { roleId: made.body.id },
    });
    expect(given.status).toBe(200);
    expect(given.body).toMatchObject({ role: 'custom', roleId: made.body.id, roleName: 'Payroll clerk' });

    const me = await t.request('GET', '/api/v1/me', as(clerk));
    expect(me.body.role).toBe('custom');
    expect(me.body.roleName).toBe('Payroll clerk');
    expect(me.body.permissions).toEqual(clerkPermissions.map((p) => p.name).sort());

    const ctx = { actor: SYSTEM_ACTOR, companyId: org.company.id, requestId: null };
    const own = await fresh.db.tx((tx) =>
      createTask(tx, ctx, { title: 'Own dept', departmentId: org.deptA.id }),
    );
    const other = await fresh.db.tx((tx) =>
      createTask(tx, ctx, { title: 'Other', departmentId: org.deptB.id }),
    );
    expect((await t.request('GET', '/api/v1/people', as(clerk))).status).toBe(200);
    expect((await t.request('GET', `/api/v1/work/tasks/${own.id}`, as(clerk))).status).toBe(200);
    expect((await t.request('GET', `/api/v1/work/tasks/${other.id}`, as(clerk))).status).toBe(403);
    for (const path of ['/api/v1/company', '/api/v1/audit', '/api/v1/departments', '/api/v1/ledger/accounts'])
      expect((await t.request('GET', path, as(clerk))).status, path).toBe(403);
    const list = await t.request('GET', '/api/v1/work/tasks', as(clerk));
    const ids = list.body.items.map((x: { id: string }) => x.id);
    expect(ids).toContain(own.id);
    expect(ids).not.toContain(other.id);

    const people = await t.request('GET', `/api/v1/people/${clerk.id}`, as(org.people.owner));
    expect(people.body).toMatchObject({
      role: 'custom',
      customRoleId: made.body.id,
      roleName: 'Payroll clerk',
    });
    const roles = await t.request('GET', '/api/v1/roles', as(org.people.auditor));
    expect(roles.status).toBe(200);
    expect(roles.body.map((r: { name: string }) => r.name)).toEqual([...ROLES, 'Payroll clerk']);
    expect(roles.body.at(-1).memberCount).toBe(1);
    expect(await auditCount('membership')).toBeGreaterThan(0);

    // In use: it cannot be deleted; changed, the member's next request has the new set.
    const del = await t.request('DELETE', `/api/v1/roles/${made.body.id}`, as(org.people.owner));
    expect(del.status).toBe(409);
    const changed = await t.request('PATCH', `/api/v1/roles/${made.body.id}`, {
      ...as(org.people.owner),
      body: { permissions: [...clerkPermissions, { name: 'org.company.read', reach: 'company' }] },
    });
    expect(changed.status).toBe(200);
    expect((await t.request('GET', '/api/v1/company', as(clerk))).status).toBe(200);
  });

  it('no escalation: an admin cannot make, change, delete or give a role beyond their own', async () => {
    const { admin } = org.people;
    const rows = async () =>
      (await fresh.db.query('SELECT 1 FROM company_roles WHERE company_id = $1', [org.company.id])).rowCount;
    const beforeRows = await rows();
    const beforeAudit = await auditCount('role');
    const owners = await t.request('POST', '/api/v1/roles', {
      ...as(admin),
      body: { name: 'Crown', permissions: [{ name: 'org.owners.manage', reach: 'company' }] },
    });
    expect(owners.status).toBe(403);
    expect(owners.body.error.code).toBe('forbidden');
    expect(owners.body.error.message).toMatch(/org\.owners\.manage/);
    const unknown = await t.request('POST', '/api/v1/roles', {
      ...as(admin),
      body: { name: 'Ghost', permissions: [{ name: 'payroll.everything', reach: 'company' }] },
    });
    expect(unknown.status).toBe(422);
    const badReach = await t.request('POST', '/api/v1/roles', {
      ...as(admin),
      body: { name: 'Odd', permissions: [{ name: 'org.company.read', reach: 'departments' }] },
    });
    expect(badReach.status).toBe(422);
    const builtinName = await t.request('POST', '/api/v1/roles', {
      ...as(admin),
      body: { name: 'Owner', permissions: [] },
    });
    expect(builtinName.status).toBe(409);
    expect(await rows()).toBe(beforeRows);
    expect(await auditCount('role')).toBe(beforeAudit);

    // A role the owner made with owner-only permissions: the admin may neither change, delete nor give it.
    const { roleId } = await makeCustomRoleMember(fresh.db, org.company.id, org.people.owner.id, {
      name: 'Co-owner',
      permissions: [{ name: 'org.owners.manage', reach: 'company' }],
    });
    const spare = await makePerson(fresh.db, org.company.id, { role: 'assistant' });
    for (const [method, path, body] of [
      ['PATCH', `/api/v1/roles/${roleId}`, { permissions: [] }],
      ['DELETE', `/api/v1/roles/${roleId}`, undefined],
      ['PUT', `/api/v1/people/${spare.id}/role`, { roleId }],
      ['PUT', `/api/v1/people/${spare.id}/role`, { roleId: 'owner' }],
      ['PATCH', `/api/v1/people/${spare.id}`, { role: 'owner' }],
    ] as const) {
      const res = await t.request(method, path, { ...as(admin), ...(body ? { body } : {}) });
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    const still = await fresh.db.query<{ role: string }>(
      'SELECT role FROM memberships WHERE company_id = $1 AND user_id = $2',
      [org.company.id, spare.id],
    );
    expect(still.rows[0]!.role).toBe('assistant');

    // A custom role that may manage roles cannot grow itself either.
    const { person: keeper } = await makeCustomRoleMember(fresh.db, org.company.id, org.people.owner.id, {
      name: 'Role keeper',
      permissions: [
        { name: 'org.roles.manage', reach: 'company' },
        { name: 'org.roles.read', reach: 'company' },
      ],
    });
    const grow = await t.request('POST', '/api/v1/roles', {
      ...as(keeper),
      body: { name: 'Bigger', permissions: [{ name: 'org.people.manage', reach: 'company' }] },
    });
    expect(grow.status).toBe(403);
    const toAdmin = await t.request('PUT', `/api/v1/people/${keeper.id}/role`, {
      ...as(keeper),
      body: { roleId: 'admin' },
    });
    expect(toAdmin.status).toBe(403);
  });

  it('built-in roles cannot be changed or deleted', async () => {
    const res = await t.request('PATCH', '/api/v1/roles/admin', {
      ...as(org.people.owner),
      body: { name: 'x' },
    });
    expect(res.status).toBe(409);
    expect((await t.request('DELETE', '/api/v1/roles/owner', as(org.people.owner))).status).toBe(409);
  });
});
