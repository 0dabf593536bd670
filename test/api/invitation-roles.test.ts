import { beforeAll, describe, expect, it } from 'vitest';
import { makeOrg, type OrgFixture, type PersonFixture, unique } from '../../src/modules/org/factories.ts';
import { type TestApp, testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';

/**
 * Company roles in invitations and in the people filter: an invitation may give a company role (never one
 * beyond the inviter's), the accept makes that member, a role promised by a pending invitation cannot be
 * deleted, and GET /people?role= takes a company role's id.
 */

const fresh = withFreshDatabase();
let t: TestApp;
let org: OrgFixture;

beforeAll(async () => {
  t = testApp(fresh.db);
  org = await makeOrg(fresh.db);
});

const as = (p: PersonFixture) => ({ token: p.token });

async function makeRole(name: string, permissions: { name: string; reach: string }[]): Promise<string> {
  const res = await t.request('POST', '/api/v1/roles', {
    ...as(org.people.owner),
    body: { name, permissions },
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

async function invite(by: PersonFixture, role: string) {
  return t.request('POST', '/api/v1/invitations', {
    ...as(by),
    body: { email: `${unique('invitee')}@example.test`, role },
  });
}

const tokenOf = (link: string) => link.slice(link.lastIndexOf('/invite/') + '/invite/'.length);

const accept = (link: string) =>
  t.request('POST', '/api/v1/auth/invitations/accept', {
    body: { token: tokenOf(link), name: 'New Person', password: 'a long enough password' },
  });

describe('an invitation may give a company role', () => {
  it('the invitee joins with that role; the list names it; the people filter finds them by the role id', async () => {
    const roleId = await makeRole('Payroll clerk', [
      { name: 'org.people.read', reach: 'company' },
      { name: 'work.tasks.read', reach: 'departments' },
    ]);
    const made = await invite(org.people.admin, roleId);
    expect(made.status).toBe(201);
    const list = await t.request('GET', '/api/v1/invitations', as(org.people.owner));
    expect(list.body.items.find((i: { id: string }) => i.id === made.body.id)).toMatchObject({
      role: 'custom',
      customRoleId: roleId,
      roleName: 'Payroll clerk',
      status: 'pending',
    });
    const csv = await t.request('GET', '/api/v1/invitations?format=csv', as(org.people.owner));
    expect(csv.text).toContain('Payroll clerk');

    const joined = await accept(made.body.link);
    expect(joined.status).toBe(200);
    const person = await t.request('GET', `/api/v1/people/${joined.body.userId}`, as(org.people.owner));
    expect(person.body).toMatchObject({ role: 'custom', customRoleId: roleId, roleName: 'Payroll clerk' });

    // GET /people?role= takes a company role's id: exactly its holders; a built-in filter leaves them out.
    const byRole = await t.request('GET', `/api/v1/people?role=${roleId}`, as(org.people.owner));
    expect(byRole.status).toBe(200);
    expect(byRole.body.items.map((p: { id: string }) => p.id)).toEqual([joined.body.userId]);
    const assistants = await t.request('GET', '/api/v1/people?role=assistant', as(org.people.owner));
    expect(assistants.body.items.map((p: { id: string }) => p.id)).not.toContain(joined.body.userId);
    expect(assistants.body.items.length).toBeGreaterThan(0);
    const exported = await t.request('GET', `/api/v1/people?role=${roleId}&format=csv`, as(org.people.owner));
    expect(exported.text).toContain('Payroll clerk');
    expect((await t.request('GET', '/api/v1/people?role=custom', as(org.people.owner))).status).toBe(422);
  });

  it('no escalation: an admin cannot invite with the owner role or a role beyond their own', async () => {
    const crown = await makeRole('Crown', [{ name: 'org.owners.manage', reach: 'company' }]);
    const count = async () =>
      (await fresh.db.query('SELECT 1 FROM invitations WHERE company_id = $1', [org.company.id])).rowCount;
    const before = await count();
    for (const role of [crown, 'owner']) {
      const res = await invite(org.people.admin, role);
      expect(res.status, role).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect((await invite(org.people.admin, 'role_00000000000000000000000000')).status).toBe(404);
    expect(await count()).toBe(before);
    // The owner may.
    expect((await invite(org.people.owner, crown)).status).toBe(201);
  });

  it('a role promised by a pending invitation cannot be deleted until the invitation is revoked', async () => {
    const roleId = await makeRole('Temp helper', [{ name: 'org.people.read', reach: 'company' }]);
    const made = await invite(org.people.owner, roleId);
    const refused = await t.request('DELETE', `/api/v1/roles/${roleId}`, as(org.people.owner));
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/pending invitations \(1\) give the role "Temp helper"/i);
    expect(
      (await t.request('DELETE', `/api/v1/invitations/${made.body.id}`, as(org.people.owner))).status,
    ).toBe(204);
    expect((await t.request('DELETE', `/api/v1/roles/${roleId}`, as(org.people.owner))).status).toBe(204);
  });

  it('a role missing at accept (deleted behind the service) is a 409 that writes nothing', async () => {
    const roleId = await makeRole('Vanishing', [{ name: 'org.people.read', reach: 'company' }]);
    const made = await invite(org.people.owner, roleId);
    await fresh.db.query('DELETE FROM company_roles WHERE company_id = $1 AND id = $2', [
      org.company.id,
      roleId,
    ]);
    const res = await accept(made.body.link);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/no longer exists/);
    const email = (
      await fresh.db.query<{ email: string }>('SELECT email FROM invitations WHERE id = $1', [made.body.id])
    ).rows[0]!.email;
    expect((await fresh.db.query('SELECT 1 FROM users WHERE email = $1', [email])).rowCount).toBe(0);
  });
});
