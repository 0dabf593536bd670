import { beforeAll, describe, expect, it } from 'vitest';
import { postEntries } from '../../src/modules/ledger/index.ts';
import { makeCustomRoleMember, type PersonFixture } from '../../src/modules/org/factories.ts';
import { ctxOf, entry, makeSupervision, type SupervisionFixture } from '../../src/modules/work/factories.ts';
import { getRequest } from '../../src/modules/work/index.ts';
import { type TestApp, testApp } from '../support/app.ts';
import '../support/compose.ts'; // the composed process: the approval gate on ledger.post
import { withFreshDatabase } from '../support/db.ts';

/**
 * Supervision decides by permission, not by the built-in role's name: a company role with the same grants
 * gets what an admin gets (team view, delegating for others), and an approval level may name a company role.
 */

const fresh = withFreshDatabase();
let t: TestApp;
let f: SupervisionFixture;

beforeAll(async () => {
  t = testApp(fresh.db);
  f = await makeSupervision(fresh.db);
});

const customMember = async (
  name: string,
  permissions: { name: string; reach: 'company' | 'departments' }[],
): Promise<{ roleId: string; person: PersonFixture }> =>
  makeCustomRoleMember(fresh.db, f.company.id, f.people.owner.id, { name, permissions });

describe('work decides by permission', () => {
  it('a company role whose work.tasks.read reaches the company sees every department in the team view', async () => {
    const { person } = await customMember('Operations lead', [
      { name: 'work.tasks.read', reach: 'company' },
      { name: 'work.team.read', reach: 'company' },
    ]);
    const team = await t.request('GET', '/api/v1/work/team', { token: person.token });
    expect(team.status).toBe(200);
    const ids = team.body.departments.map((d: { id: string }) => d.id);
    expect(ids).toEqual(expect.arrayContaining([f.deptA.id, f.deptB.id, f.accounting.id]));
    // The built-in manager still sees only the departments they manage.
    const manager = await t.request('GET', '/api/v1/work/team', { token: f.accountingManager.token });
    expect(manager.body.departments.map((d: { id: string }) => d.id)).toEqual([f.accounting.id]);
  });

  it('a company role holding work.policies.manage delegates and revokes for someone else; without it, 403', async () => {
    const { person: desk } = await customMember('Approvals desk', [
      { name: 'work.approvals.read', reach: 'company' },
      { name: 'work.delegations.manage', reach: 'company' },
      { name: 'work.policies.manage', reach: 'company' },
    ]);
    const { person: plain } = await customMember('Delegator', [
      { name: 'work.approvals.read', reach: 'company' },
      { name: 'work.delegations.manage', reach: 'company' },
    ]);
    const body = {
      fromUserId: f.accountingManager.id,
      toUserId: f.controller.id,
      startsOn: '2026-03-01',
      endsOn: '2026-03-10',
    };
    const refused = await t.request('POST', '/api/v1/work/delegations', { token: plain.token, body });
    expect(refused.status).toBe(403);
    const made = await t.request('POST', '/api/v1/work/delegations', { token: desk.token, body });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ fromUserId: f.accountingManager.id, toUserId: f.controller.id });
    // The desk sees everyone's delegations; the plain delegator only their own (none).
    const all = await t.request('GET', '/api/v1/work/delegations', { token: desk.token });
    expect(all.body.items.map((d: { id: string }) => d.id)).toContain(made.body.id);
    const own = await t.request('GET', '/api/v1/work/delegations', { token: plain.token });
    expect(own.body.items).toEqual([]);
    const notHis = await t.request('DELETE', `/api/v1/work/delegations/${made.body.id}`, {
      token: plain.token,
    });
    expect(notHis.status).toBe(403);
    const revoked = await t.request('DELETE', `/api/v1/work/delegations/${made.body.id}`, {
      token: desk.token,
    });
    expect(revoked.status).toBe(204);
  });

  it('an approval level may name a company role: its active members are the approvers', async () => {
    const { roleId, person: treasurer } = await customMember('Treasurer', [
      { name: 'work.approvals.read', reach: 'company' },
      { name: 'work.approvals.decide', reach: 'company' },
    ]);
    const put = (role: string) =>
      t.request('PUT', '/api/v1/work/policies/ledger.post', {
        token: f.people.owner.token,
        body: {
          name: 'Journal entries',
          definition: { levels: [{ name: 'Treasury', approvers: [{ type: 'role', role }] }] },
        },
      });
    const unknown = await put('role_00000000000000000000000000');
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.message).toMatch(/names a role that does not exist/);
    expect((await put('auditor')).status).toBe(422);
    const saved = await put(roleId);
    expect(saved.status).toBe(200);
    const [held] = await fresh.db.tx((tx) =>
      postEntries(tx, ctxOf(f.people.assistant, f.company.id), [entry('500.00')]),
    );
    expect(held!.status).toBe('pending_approval');
    const req = await getRequest(fresh.db, f.company.id, held!.approvalRequestId!);
    expect(req.levels[0]!.approvers).toEqual([treasurer.email]);
  });
});
