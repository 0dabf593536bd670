import { beforeAll, describe, expect, it } from 'vitest';
import {
  FACTORY_PASSWORD,
  makeCompany,
  makeOrg,
  makePerson,
  makeSession,
  type OrgFixture,
  unique,
} from '../../src/modules/org/factories.ts';
import { totpNow } from '../../src/platform/auth/crypto.ts';
import { sessionFrom, type TestApp, testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';

/**
 * Issue #9, item 1: an invitation never signs in an existing account; links only where nobody was mailed and
 * never for an existing account; company creation is an installation right; the join is audited in every
 * company involved.
 */

const fresh = withFreshDatabase();
/** No mail configured: links are handed to the inviter (for new people only). */
let t: TestApp;
/** Mail configured (queued, never sent in tests): no link in any response. */
let mailed: TestApp;
let victim: OrgFixture;
let attackerOrg: OrgFixture;

beforeAll(async () => {
  t = testApp(fresh.db);
  mailed = testApp(fresh.db, { smtpUrl: 'smtp://mail.invalid:25' });
  victim = await makeOrg(fresh.db, { name: 'Victim Ltd' });
  attackerOrg = await makeOrg(fresh.db, { name: 'Attacker Home Ltd' });
});

const PASSWORD = 'a long enough password';
let ipSeq = 0;
const ip = () => `10.9.${Math.floor(++ipSeq / 250)}.${ipSeq % 250}`;

function signIn(app: TestApp, email: string, password = FACTORY_PASSWORD) {
  return app.request('POST', '/api/v1/auth/sign-in', {
    body: { email, password },
    headers: { 'x-forwarded-for': ip() },
  });
}

/** The token of the latest invitation mail to `email` (the only place a link to an existing account goes). */
async function mailedToken(email: string): Promise<string> {
  const row = (
    await fresh.db.query<{ body_text: string }>(
      'SELECT body_text FROM mail_outbox WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1',
      [email],
    )
  ).rows[0];
  const match = row?.body_text.match(/\/invite\/(\S+)/);
  if (!match) throw new Error(`no invitation mail to ${email}`);
  return match[1]!;
}

async function memberships(userId: string, companyId: string): Promise<number> {
  return (
    await fresh.db.query('SELECT 1 FROM memberships WHERE user_id = $1 AND company_id = $2', [
      userId,
      companyId,
    ])
  ).rowCount!;
}

async function auditActions(companyId: string, entityId: string): Promise<string[]> {
  return (
    await fresh.db.query<{ action: string; entity_type: string }>(
      `SELECT action, entity_type FROM audit_events WHERE company_id = $1 AND entity_id = $2 ORDER BY occurred_at, seq`,
      [companyId, entityId],
    )
  ).rows.map((r) => `${r.entity_type}.${r.action}`);
}

describe('the takeover recipe of issue #9 fails at every step', () => {
  it('1. an HR assistant cannot create a company', async () => {
    const session = sessionFrom(await signIn(t, attackerOrg.people.assistant.email));
    const res = await t.request('POST', '/api/v1/companies', {
      session,
      body: { name: 'Evil Co', baseCurrency: 'USD' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    const made = await fresh.db.query(`SELECT 1 FROM companies WHERE name = 'Evil Co'`);
    expect(made.rowCount).toBe(0);
  });

  it("2–4. inviting another company's owner gives no link, the link gives no session, the switch is refused", async () => {
    // Even where creating companies is open to anyone, the rest of the recipe must still fail.
    const open = testApp(fresh.db, { companyCreators: 'anyone' });
    const attacker = attackerOrg.people.assistant;
    const session = sessionFrom(await signIn(open, attacker.email));
    const co = await open.request('POST', '/api/v1/companies', {
      session,
      body: { name: unique('Evil Co'), baseCurrency: 'USD' },
    });
    expect(co.status).toBe(201);

    // 2. No link in the response, mail or no mail.
    const target = victim.people.owner;
    const inv = await open.request('POST', '/api/v1/invitations', {
      session,
      company: co.body.id,
      body: { email: target.email, role: 'owner' },
    });
    expect(inv.status).toBe(201);
    expect(inv.body).toMatchObject({ link: null, emailed: false, existingUser: true });
    expect(inv.text).not.toContain('/invite/');
    const list = await open.request('GET', '/api/v1/invitations', { session, company: co.body.id });
    expect(list.text).not.toContain('/invite/');

    // 3. Whoever holds the link (here: the mail that reached the victim) gets no session as the victim.
    const viaMail = await mailed.request('POST', '/api/v1/invitations', {
      session,
      company: co.body.id,
      body: { email: target.email, role: 'admin' },
    });
    // With mail, not even whether the address has an account is told to the inviter.
    expect(viaMail.body).toMatchObject({ link: null, emailed: true, existingUser: null });
    const token = await mailedToken(target.email);
    const anon = await open.request('POST', '/api/v1/auth/invitations/accept', {
      body: { token, name: 'Attacker', password: PASSWORD },
    });
    expect(anon.status).toBe(401);
    expect(anon.body.error.code).toBe('sign_in_required');
    expect(anon.cookies.filter((c) => c.startsWith('steward_session='))).toEqual([]);
    // …nor as the attacker's own session: the invitation is not theirs.
    const asAttacker = await open.request('POST', '/api/v1/me/invitations/accept', {
      session,
      body: { token },
    });
    expect(asAttacker.status).toBe(403);
    expect(asAttacker.body.error.code).toBe('forbidden');
    expect(await memberships(target.id, co.body.id)).toBe(0);
    expect(await memberships(attacker.id, victim.company.id)).toBe(0);

    // 4. The attacker's session cannot switch into the victim's company.
    const sw = await open.request('POST', '/api/v1/me/company', {
      session,
      body: { companyId: victim.company.id },
    });
    expect(sw.status).toBe(403);
    const peek = await open.request('GET', '/api/v1/company', { session, company: victim.company.id });
    expect(peek.status).toBe(403);
  });

  it('a user with two-factor sign-in on is not signed in by a link either', async () => {
    const person = await makePerson(fresh.db, victim.company.id, { role: 'owner' });
    const own = await makeSession(fresh.db, person.id, victim.company.id);
    const setup = await t.request('POST', '/api/v1/me/totp/setup', { session: own });
    const on = await t.request('POST', '/api/v1/me/totp/enable', {
      session: own,
      body: { code: totpNow(setup.body.secret) },
    });
    expect(on.status).toBe(204);
    await mailed.request('POST', '/api/v1/invitations', {
      token: attackerOrg.people.owner.token,
      body: { email: person.email, role: 'assistant' },
    });
    const res = await t.request('POST', '/api/v1/auth/invitations/accept', {
      body: { token: await mailedToken(person.email), name: 'X', password: PASSWORD },
    });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('sign_in_required');
    expect(res.cookies.filter((c) => c.startsWith('steward_session='))).toEqual([]);
    expect(await memberships(person.id, attackerOrg.company.id)).toBe(0);
  });
});

describe('an existing account accepts signed in as itself', () => {
  it('with the mailed link: joins, lands in the company, and every company involved has it in its trail', async () => {
    const home = await makeCompany(fresh.db, { name: unique('Home') });
    const person = home.owner;
    await mailed.request('POST', '/api/v1/invitations', {
      token: attackerOrg.people.admin.token,
      body: { email: person.email, role: 'manager', departmentIds: [attackerOrg.deptB.id] },
    });
    const token = await mailedToken(person.email);
    const look = await t.request('GET', `/api/v1/auth/invitations/${token}`);
    expect(look.body).toMatchObject({ email: person.email, existingUser: true });

    const session = sessionFrom(await signIn(t, person.email));
    const accepted = await t.request('POST', '/api/v1/me/invitations/accept', { session, body: { token } });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ userId: person.id, companyId: attackerOrg.company.id });
    const me = await t.request('GET', '/api/v1/me', { session });
    expect(me.body.currentCompanyId).toBe(attackerOrg.company.id);
    expect(me.body.role).toBe('manager');
    expect(me.body.departments.map((d: { id: string }) => d.id)).toEqual([attackerOrg.deptB.id]);

    expect(await auditActions(attackerOrg.company.id, person.id)).toContain('membership.create');
    expect(await auditActions(home.company.id, person.id)).toContain('user.join_company');
    const joined = (
      await fresh.db.query<{ changes: Record<string, { to: unknown }> }>(
        `SELECT changes FROM audit_events WHERE company_id = $1 AND action = 'join_company' AND entity_id = $2`,
        [home.company.id, person.id],
      )
    ).rows[0]!;
    expect(joined.changes.companyId?.to).toBe(attackerOrg.company.id);
    expect(joined.changes.role?.to).toBe('manager');

    const again = await t.request('POST', '/api/v1/me/invitations/accept', { session, body: { token } });
    expect(again.status).toBe(404);
  });

  it('without mail: no link for the inviter; the person finds it under /me/invitations and accepts', async () => {
    const person = await makePerson(fresh.db, victim.company.id, { role: 'assistant' });
    const inv = await t.request('POST', '/api/v1/invitations', {
      token: attackerOrg.people.owner.token,
      body: { email: person.email, role: 'auditor' },
    });
    expect(inv.body).toMatchObject({ link: null, emailed: false, existingUser: true });

    const stranger = sessionFrom(await signIn(t, victim.people.manager.email));
    expect((await t.request('GET', '/api/v1/me/invitations', { session: stranger })).text).not.toContain(
      inv.body.id,
    );
    const stolen = await t.request('POST', `/api/v1/me/invitations/${inv.body.id}/accept`, {
      session: stranger,
    });
    expect(stolen.status).toBe(404);

    const session = sessionFrom(await signIn(t, person.email));
    const mine = await t.request('GET', '/api/v1/me/invitations', { session });
    expect(mine.body.items).toEqual([
      expect.objectContaining({ id: inv.body.id, companyName: 'Attacker Home Ltd', role: 'auditor' }),
    ]);
    const noCsrf = await t.request('POST', `/api/v1/me/invitations/${inv.body.id}/accept`, {
      session,
      csrf: false,
    });
    expect(noCsrf.status).toBe(403);
    const viaToken = await t.request('POST', `/api/v1/me/invitations/${inv.body.id}/accept`, {
      token: person.token,
    });
    expect(viaToken.status).toBe(400);
    expect(await memberships(person.id, attackerOrg.company.id)).toBe(0);

    const ok = await t.request('POST', `/api/v1/me/invitations/${inv.body.id}/accept`, { session });
    expect(ok.status).toBe(200);
    expect(await memberships(person.id, attackerOrg.company.id)).toBe(1);
    expect((await t.request('GET', '/api/v1/me/invitations', { session })).body.items).toEqual([]);
    expect(await auditActions(victim.company.id, person.id)).toContain('user.join_company');
  });
});

describe('links in responses', () => {
  it('a new person: the link only when no mail was sent; accepting creates the account and signs in', async () => {
    const email = `${unique('newbie')}@example.test`;
    const viaMail = await mailed.request('POST', '/api/v1/invitations', {
      token: victim.people.admin.token,
      body: { email, role: 'assistant' },
    });
    expect(viaMail.status).toBe(201);
    expect(viaMail.body).toMatchObject({ link: null, emailed: true, existingUser: null });

    const other = `${unique('newbie')}@example.test`;
    const noMail = await t.request('POST', '/api/v1/invitations', {
      token: victim.people.admin.token,
      body: { email: other, role: 'assistant' },
    });
    expect(noMail.body).toMatchObject({ emailed: false, existingUser: false });
    const token = String(noMail.body.link).split('/invite/')[1]!;
    const accepted = await t.request('POST', '/api/v1/auth/invitations/accept', {
      body: { token, name: 'New Person', password: PASSWORD },
    });
    expect(accepted.status).toBe(200);
    const me = await t.request('GET', '/api/v1/me', { session: sessionFrom(accepted) });
    expect(me.body.user.email).toBe(other);
    expect(me.body.currentCompanyId).toBe(victim.company.id);
  });

  it('an account made after the invitation was sent still has to sign in to accept', async () => {
    const email = `${unique('late')}@example.test`;
    const inv = await t.request('POST', '/api/v1/invitations', {
      token: victim.people.admin.token,
      body: { email, role: 'assistant' },
    });
    const token = String(inv.body.link).split('/invite/')[1]!;
    await makePerson(fresh.db, attackerOrg.company.id, { role: 'assistant', email });
    const res = await t.request('POST', '/api/v1/auth/invitations/accept', {
      body: { token, name: 'Late', password: PASSWORD },
    });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('sign_in_required');
  });
});

describe('creating companies', () => {
  it('owners by default; everyone else 403; STEWARD_COMPANY_CREATORS=anyone opens it', async () => {
    for (const role of ['admin', 'manager', 'assistant', 'auditor'] as const) {
      const session = sessionFrom(await signIn(t, victim.people[role].email));
      const res = await t.request('POST', '/api/v1/companies', {
        session,
        body: { name: unique(`By ${role}`), baseCurrency: 'USD' },
      });
      expect(res.status, role).toBe(403);
    }
    const owner = sessionFrom(await signIn(t, victim.people.owner.email));
    const made = await t.request('POST', '/api/v1/companies', {
      session: owner,
      body: { name: unique('Sister Co'), baseCurrency: 'EUR' },
    });
    expect(made.status).toBe(201);

    const open = testApp(fresh.db, { companyCreators: 'anyone' });
    const assistant = sessionFrom(await signIn(open, victim.people.assistant.email));
    const res = await open.request('POST', '/api/v1/companies', {
      session: assistant,
      body: { name: unique('Open Co'), baseCurrency: 'USD' },
    });
    expect(res.status).toBe(201);
  });
});
