import { beforeAll, describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { SYSTEM_ACTOR } from '../../platform/context.ts';
import type { Sql } from '../../platform/db/index.ts';
import {
  addToDepartment,
  makeCompany,
  makeDepartment,
  makeOrg,
  makePerson,
  type OrgFixture,
} from './factories.ts';
import {
  activeCompaniesOf,
  activeMemberIds,
  activeMembersWithRole,
  companiesByIds,
  departmentChains,
  departmentMembers,
  departmentsByIds,
  departmentsOfUsers,
  findDepartmentByRef,
  membersByEmails,
  membersByIds,
  setPersonStatus,
  usersByIds,
} from './index.ts';

// The reads org offers other modules instead of its tables (service/reads.ts): right answers, scoped to the
// company, and set-based — one query for a whole list of ids.

const fresh = withFreshDatabase();
let org: OrgFixture;
let other: Awaited<ReturnType<typeof makeCompany>>;

/** A Sql that counts the statements sent through it. */
function counting(sql: Sql): Sql & { n: number } {
  const c: Sql & { n: number } = {
    n: 0,
    query: (text, params) => {
      c.n += 1;
      return sql.query(text, params);
    },
  };
  return c;
}

beforeAll(async () => {
  org = await makeOrg(fresh.db, { baseCurrency: 'CZK' });
  other = await makeCompany(fresh.db, { baseCurrency: 'USD' });
});

describe('org reads', () => {
  it('company settings for a list of companies in one query; an unknown id is absent', async () => {
    const sql = counting(fresh.db);
    const got = await companiesByIds(sql, [org.company.id, other.company.id, 'co_nope']);
    expect(sql.n).toBe(1);
    expect(got.get(org.company.id)?.baseCurrency).toBe('CZK');
    expect(got.get(other.company.id)?.baseCurrency).toBe('USD');
    expect(got.has('co_nope')).toBe(false);
  });

  it('members by id and e-mail with role and active flag, one query each; other companies’ people are absent', async () => {
    const { manager, assistant, owner } = org.people;
    const sql = counting(fresh.db);
    const members = await membersByIds(sql, org.company.id, [manager.id, assistant.id, other.owner.id, null]);
    expect(sql.n).toBe(1);
    expect([...members.keys()].sort()).toEqual([manager.id, assistant.id].sort());
    expect(members.get(manager.id)).toMatchObject({ email: manager.email, role: 'manager', active: true });
    const byEmail = await membersByEmails(fresh.db, org.company.id, [owner.email.toUpperCase()]);
    expect(byEmail.get(owner.email)?.id).toBe(owner.id);
    // Users are installation-level: found whatever the company.
    expect((await usersByIds(fresh.db, [other.owner.id])).get(other.owner.id)?.email).toBe(other.owner.email);
  });

  it('an inactive member is a member but not active; roles list only active members', async () => {
    const leaver = await makePerson(fresh.db, org.company.id, { role: 'assistant' });
    await fresh.db.tx((tx) =>
      setPersonStatus(
        tx,
        { actor: SYSTEM_ACTOR, companyId: org.company.id, requestId: null },
        'owner',
        leaver.id,
        'inactive',
      ),
    );
    expect((await membersByIds(fresh.db, org.company.id, [leaver.id])).get(leaver.id)?.active).toBe(false);
    expect(
      (await activeMemberIds(fresh.db, org.company.id, [leaver.id, org.people.admin.id])).has(leaver.id),
    ).toBe(false);
    const assistants = await activeMembersWithRole(fresh.db, org.company.id, ['assistant']);
    expect(assistants.map((a) => a.id)).toEqual([org.people.assistant.id]);
  });

  it('the department tree: by id (company-scoped), by code, chains upwards, members both ways', async () => {
    const parent = await makeDepartment(fresh.db, org.company.id, { managerId: org.people.admin.id });
    const child = await makeDepartment(fresh.db, org.company.id, { parentId: parent.id });
    const theirs = await makeDepartment(fresh.db, other.company.id);
    await addToDepartment(fresh.db, org.company.id, child.id, org.people.auditor.id);

    const deps = await departmentsByIds(fresh.db, org.company.id, [parent.id, child.id, theirs.id]);
    expect([...deps.keys()].sort()).toEqual([parent.id, child.id].sort());
    expect((await findDepartmentByRef(fresh.db, org.company.id, child.code.toLowerCase()))?.id).toBe(
      child.id,
    );
    expect(await findDepartmentByRef(fresh.db, org.company.id, theirs.id)).toBeNull();

    const sql = counting(fresh.db);
    const chains = await departmentChains(sql, org.company.id, [child.id, org.deptA.id]);
    expect(sql.n).toBe(1);
    expect(chains.get(child.id)?.map((d) => [d.id, d.depth, d.managerUserId])).toEqual([
      [child.id, 0, null],
      [parent.id, 1, org.people.admin.id],
    ]);
    expect(chains.get(org.deptA.id)?.map((d) => d.managerUserId)).toEqual([org.people.manager.id]);

    expect(await departmentMembers(fresh.db, org.company.id, { departmentIds: [child.id] })).toEqual([
      { departmentId: child.id, userId: org.people.auditor.id },
    ]);
    const of = await departmentsOfUsers(fresh.db, org.company.id, [
      org.people.auditor.id,
      org.people.owner.id,
    ]);
    expect(of.get(org.people.auditor.id)?.map((d) => d.id)).toEqual([child.id]);
    expect(of.get(org.people.owner.id)).toEqual([]);
  });

  it('a user’s active companies, in name order, with the role in each', async () => {
    const companies = await activeCompaniesOf(fresh.db, org.people.owner.id);
    expect(companies).toEqual([{ id: org.company.id, name: org.company.name, role: 'owner' }]);
  });
});
