import { beforeAll, describe, expect, it } from 'vitest';
import { operatorResetLink } from '../../src/cli/commands/user-password.ts';
import {
  FACTORY_PASSWORD,
  makeApiToken,
  makeCompany,
  makeOrg,
  makePerson,
  makeSession,
  type OrgFixture,
  type PersonFixture,
} from '../../src/modules/org/factories.ts';
import { addMember, sealClearTotpSecrets } from '../../src/modules/org/index.ts';
import { tokenActorLabel } from '../../src/modules/org/service/sessions.ts';
import { MAX_FAILURES_PER_ACCOUNT } from '../../src/modules/org/service/signin-limit.ts';
import { verifyAuditChain } from '../../src/platform/audit/index.ts';
import { newTotpSecret, totpNow } from '../../src/platform/auth/crypto.ts';
import { SYSTEM_ACTOR } from '../../src/platform/context.ts';
import { sessionFrom, type TestApp, testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';

/**
 * Issue 9, part B: password resets, TOTP replay and sealing, atomic sign-in limit, auditing of sign-in,
 * sign-out, company switch, TOTP, notification state, and token names in actor labels.
 */
const fresh = withFreshDatabase();
let t: TestApp; // no mail configured
let mailed: TestApp; // mail configured
let org: OrgFixture;

beforeAll(async () => {
  t = testApp(fresh.db);
  mailed = testApp(fresh.db, { smtpUrl: 'smtp://mail.invalid:25' });
  org = await makeOrg(fresh.db);
});

let ipCounter = 0;
const ip = () => `10.9.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

function signIn(email: string, password: string, totp?: string, from = ip()) {
  return t.request('POST', '/api/v1/auth/sign-in', {
    body: { email, password, ...(totp ? { totp } : {}) },
    headers: { 'x-forwarded-for': from },
  });
}

async function auditOf(token: string, filter: Record<string, string>, company?: string) {
  const q = new URLSearchParams({ ...filter, limit: '200' });
  const res = await t.request('GET', `/api/v1/audit?${q}`, { token, ...(company ? { company } : {}) });
  expect(res.status).toBe(200);
  return res.body.items as { action: string; entityId: string; actorName: string; changes: unknown }[];
}

async function addTo(companyId: string, person: PersonFixture, role: PersonFixture['role']) {
  await fresh.db.tx((tx) =>
    addMember(tx, { actor: SYSTEM_ACTOR, companyId, requestId: null }, { userId: person.id, role }),
  );
}

const resetTokenOf = (link: string) => link.split('/reset/')[1]!;

describe('password reset links', () => {
  it('with mail configured the link is only mailed: the response carries none, even for the owner', async () => {
    const person = await makePerson(fresh.db, org.company.id, { role: 'assistant' });
    const res = await mailed.request('POST', `/api/v1/people/${person.id}/password-reset`, {
      token: org.people.owner.token,
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ link: null, emailed: true });
    expect(res.text).not.toContain('/reset/');
    const mail = await fresh.db.query<{ body_text: string }>(
      'SELECT body_text FROM mail_outbox WHERE to_address = $1',
      [person.email],
    );
    expect(mail.rows).toHaveLength(1);
    expect(mail.rows[0]!.body_text).toContain('http://steward.test/reset/reset_');
  });

  it("without mail, an admin gets 403 for anyone's link, and above all for an owner's", async () => {
    const owner2 = await makePerson(fresh.db, org.company.id, { role: 'owner' });
    for (const target of [owner2, org.people.owner, org.people.assistant, org.people.admin]) {
      const res = await t.request('POST', `/api/v1/people/${target.id}/password-reset`, {
        token: org.people.admin.token,
      });
      expect(res.status, target.role).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
      expect(res.body.error.message).toContain('steward user reset-password');
      expect(res.text).not.toContain('/reset/');
    }
    const issued = await fresh.db.query('SELECT 1 FROM password_resets WHERE user_id = ANY($1)', [
      [owner2.id, org.people.owner.id, org.people.assistant.id, org.people.admin.id],
    ]);
    expect(issued.rowCount).toBe(0);
  });

  it('without mail, an owner gets a link for a non-owner of only their companies, and their own, never another owner', async () => {
    const { company, owner } = await makeCompany(fresh.db);
    const ownerToken = (await makeApiToken(fresh.db, company.id, owner.id)).token;
    const other = await makePerson(fresh.db, company.id, { role: 'owner' });
    const staff = await makePerson(fresh.db, company.id, { role: 'manager' });
    const ok = await t.request('POST', `/api/v1/people/${staff.id}/password-reset`, { token: ownerToken });
    expect(ok.status).toBe(201);
    expect(ok.body.link).toMatch(/^http:\/\/steward\.test\/reset\/reset_/);
    expect(ok.body.emailed).toBe(false);
    const self = await t.request('POST', `/api/v1/people/${owner.id}/password-reset`, { token: ownerToken });
    expect(self.status).toBe(201);
    const otherOwner = await t.request('POST', `/api/v1/people/${other.id}/password-reset`, {
      token: ownerToken,
    });
    expect(otherOwner.status).toBe(403);

    // The staff member also works in another company where this owner is no owner: passwords are
    // installation-wide, so the link would take over that company's account too.
    await addTo(org.company.id, staff, 'assistant');
    const cross = await t.request('POST', `/api/v1/people/${staff.id}/password-reset`, { token: ownerToken });
    expect(cross.status).toBe(403);
    expect(cross.body.error.message).toContain('belongs to a company where you are not an owner');
    // …even as an admin there (not owner).
    await addTo(org.company.id, owner, 'admin');
    expect(
      (await t.request('POST', `/api/v1/people/${staff.id}/password-reset`, { token: ownerToken })).status,
    ).toBe(403);
  });

  it('completing one link kills the other links and, by default, the API tokens; keeping them is a choice', async () => {
    const person = await makePerson(fresh.db, org.company.id, { role: 'assistant' });
    const issue = () =>
      t
        .request('POST', `/api/v1/people/${person.id}/password-reset`, { token: org.people.owner.token })
        .then((r) => {
          expect(r.status).toBe(201);
          return resetTokenOf(r.body.link);
        });
    const older = await issue();
    const newer = await issue();
    const done = await t.request('POST', '/api/v1/auth/password-reset/complete', {
      body: { token: newer, password: 'a brand new password' },
    });
    expect(done.status).toBe(204);
    expect((await t.request('GET', '/api/v1/me', { token: person.token })).status).toBe(401);
    const stale = await t.request('POST', '/api/v1/auth/password-reset/complete', {
      body: { token: older, password: 'the attackers password' },
    });
    expect(stale.status).toBe(422);
    expect((await signIn(person.email, 'a brand new password')).status).toBe(200);

    // Keeping the tokens, when the person chooses so.
    const keeper = await makePerson(fresh.db, org.company.id, { role: 'assistant' });
    const link = await t.request('POST', `/api/v1/people/${keeper.id}/password-reset`, {
      token: org.people.owner.token,
    });
    const kept = await t.request('POST', '/api/v1/auth/password-reset/complete', {
      body: { token: resetTokenOf(link.body.link), password: 'another new password', revokeApiTokens: false },
    });
    expect(kept.status).toBe(204);
    expect((await t.request('GET', '/api/v1/me', { token: keeper.token })).status).toBe(200);
  });

  it('a completed reset is in the trail of every company of the user, not in a company-less chain', async () => {
    const person = await makePerson(fresh.db, org.company.id, { role: 'assistant' });
    const second = await makeCompany(fresh.db);
    await addTo(second.company.id, person, 'manager');
    const link = await operatorResetLink(fresh.db, 'http://steward.test', person.email);
    const done = await t.request('POST', '/api/v1/auth/password-reset/complete', {
      body: { token: resetTokenOf(link), password: 'a brand new password' },
    });
    expect(done.status).toBe(204);
    const secondToken = (await makeApiToken(fresh.db, second.company.id, second.owner.id)).token;
    for (const token of [org.people.owner.token, secondToken]) {
      const events = await auditOf(token, { entityId: person.id });
      const actions = events.map((e) => e.action);
      expect(actions).toContain('password_reset_completed');
      expect(actions).toContain('password_change');
      expect(actions).toContain('password_reset_issued');
    }
    const systemChain = await fresh.db.query(
      `SELECT 1 FROM audit_events WHERE company_id IS NULL AND entity_id = $1`,
      [person.id],
    );
    expect(systemChain.rowCount).toBe(0);
  });

  it('the operator command makes a working link for anyone, owners included', async () => {
    const link = await operatorResetLink(
      fresh.db,
      'http://steward.test',
      org.people.owner.email.toUpperCase(),
    );
    expect(link).toMatch(/^http:\/\/steward\.test\/reset\/reset_/);
    const events = await auditOf(org.people.owner.token, {
      entityId: org.people.owner.id,
      action: 'password_reset_issued',
    });
    expect(events[0]!.actorName).toBe('operator (steward user reset-password)');
    await expect(operatorResetLink(fresh.db, 'http://x', 'nobody@example.test')).rejects.toThrow(
      /no user nobody@example.test/,
    );
  });
});

describe('two-factor codes', () => {
  async function withTotp() {
    const person = await makePerson(fresh.db, org.company.id, { role: 'manager' });
    const session = await makeSession(fresh.db, person.id, org.company.id);
    const setup = await t.request('POST', '/api/v1/me/totp/setup', { session });
    expect(setup.status).toBe(200);
    const secret: string = setup.body.secret;
    // Enable with the previous window's code, so the current and next windows are still unused.
    const on = await t.request('POST', '/api/v1/me/totp/enable', {
      session,
      body: { code: totpNow(secret, Date.now() - 30_000) },
    });
    expect(on.status).toBe(204);
    return { person, session, secret };
  }

  it('the secret is stored sealed, never as the clear base32', async () => {
    const { person, secret } = await withTotp();
    const row = await fresh.db.query<{ totp_secret: string }>('SELECT totp_secret FROM users WHERE id = $1', [
      person.id,
    ]);
    const stored = row.rows[0]!.totp_secret;
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain(secret);
    const scan = await fresh.db.query(`SELECT 1 FROM users WHERE totp_secret ~ '^[A-Z2-7]{16,}$'`);
    expect(scan.rowCount).toBe(0);
  });

  it('the same code twice: the second is refused; an earlier window after a later one is refused', async () => {
    const { person, secret } = await withTotp();
    const now = totpNow(secret);
    expect((await signIn(person.email, FACTORY_PASSWORD, now)).status).toBe(200);
    const replay = await signIn(person.email, FACTORY_PASSWORD, now);
    expect(replay.status).toBe(401);
    expect(replay.body.error.message).toContain('already used');
    // The enabling code (previous window) is older than the one just used.
    expect((await signIn(person.email, FACTORY_PASSWORD, totpNow(secret, Date.now() - 30_000))).status).toBe(
      401,
    );
    // The next window's code is still good once.
    const next = totpNow(secret, Date.now() + 30_000);
    expect((await signIn(person.email, FACTORY_PASSWORD, next)).status).toBe(200);
    expect((await signIn(person.email, FACTORY_PASSWORD, now)).status).toBe(401);
  });

  it('a never-used earlier code is refused once a later step was accepted', async () => {
    const { person, secret } = await withTotp();
    // Accept the next window's code first; the current window's code was never used but is older.
    expect((await signIn(person.email, FACTORY_PASSWORD, totpNow(secret, Date.now() + 30_000))).status).toBe(
      200,
    );
    const older = await signIn(person.email, FACTORY_PASSWORD, totpNow(secret));
    expect(older.status).toBe(401);
    expect(older.body.error.message).toContain('already used');
  });

  it('a secret stored in clear before sealing still works, is sealed on first use and by the start-up sweep', async () => {
    const a = await makePerson(fresh.db, org.company.id, { role: 'manager' });
    const b = await makePerson(fresh.db, org.company.id, { role: 'manager' });
    const secretA = newTotpSecret();
    const secretB = newTotpSecret();
    await fresh.db.query(
      `UPDATE users SET totp_enabled = true, totp_secret = CASE id WHEN $1 THEN $2 ELSE $4 END WHERE id IN ($1, $3)`,
      [a.id, secretA, b.id, secretB],
    );
    expect((await signIn(a.email, FACTORY_PASSWORD, totpNow(secretA))).status).toBe(200);
    const sealedA = await fresh.db.query<{ s: string }>('SELECT totp_secret AS s FROM users WHERE id = $1', [
      a.id,
    ]);
    expect(sealedA.rows[0]!.s).toMatch(/^v1\./);
    expect(await sealClearTotpSecrets(fresh.db)).toBeGreaterThanOrEqual(1);
    const sealedB = await fresh.db.query<{ s: string }>('SELECT totp_secret AS s FROM users WHERE id = $1', [
      b.id,
    ]);
    expect(sealedB.rows[0]!.s).toMatch(/^v1\./);
    expect((await signIn(b.email, FACTORY_PASSWORD, totpNow(secretB))).status).toBe(200);
    expect(await sealClearTotpSecrets(fresh.db)).toBe(0);
  });

  it('setup, enable and disable are in the audit trail of each company of the user', async () => {
    const { person, session, secret } = await withTotp();
    const second = await makeCompany(fresh.db);
    await addTo(second.company.id, person, 'assistant');
    const off = await t.request('POST', '/api/v1/me/totp/disable', {
      session,
      body: { code: totpNow(secret) },
    });
    expect(off.status).toBe(204);
    const here = (await auditOf(org.people.owner.token, { entityId: person.id })).map((e) => e.action);
    expect(here).toEqual(expect.arrayContaining(['totp_setup', 'totp_enable', 'totp_disable']));
    const secondToken = (await makeApiToken(fresh.db, second.company.id, second.owner.id)).token;
    const there = (await auditOf(secondToken, { entityId: person.id })).map((e) => e.action);
    expect(there).toContain('totp_disable');
  });
});

describe('sign-in limit under concurrency', () => {
  it('20 parallel wrong passwords get at most the limit checked', async () => {
    const person = await makePerson(fresh.db, org.company.id, { role: 'assistant' });
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signIn(person.email, `wrong password ${i}`)),
    );
    const checked = results.filter((r) => r.status === 401).length;
    const limited = results.filter((r) => r.status === 429).length;
    expect(checked + limited).toBe(20);
    // Exactly the limit: the lock lets each check in turn, and no more than five (unlocked, 13 got through).
    expect(checked).toBe(MAX_FAILURES_PER_ACCOUNT);
    // Every checked password left one failed attempt; refused ones left none.
    const attempts = await fresh.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM signin_attempts WHERE email = $1',
      [person.email],
    );
    expect(attempts.rows[0]!.n).toBe(checked);
  });
});

describe('audited session writes', () => {
  it('sign-in, company switch (both companies) and sign-out are in the trail', async () => {
    const person = await makePerson(fresh.db, org.company.id, { role: 'manager' });
    const second = await makeCompany(fresh.db, { name: 'ZZZ later by name' });
    await addTo(second.company.id, person, 'assistant');
    const res = await signIn(person.email, FACTORY_PASSWORD);
    expect(res.status).toBe(200);
    const startedIn: string = res.body.currentCompanyId;
    const session = sessionFrom(res);
    const target = startedIn === org.company.id ? second.company.id : org.company.id;
    expect(
      (await t.request('POST', '/api/v1/me/company', { session, body: { companyId: target } })).status,
    ).toBe(204);
    expect((await t.request('POST', '/api/v1/auth/sign-out', { session })).status).toBe(204);

    const secondToken = (await makeApiToken(fresh.db, second.company.id, second.owner.id)).token;
    const tokenOf = (companyId: string) =>
      companyId === org.company.id ? org.people.owner.token : secondToken;
    const inStart = await auditOf(tokenOf(startedIn), { actor: person.id, entityType: 'session' });
    const inTarget = await auditOf(tokenOf(target), { actor: person.id, entityType: 'session' });
    expect(inStart.map((e) => e.action).sort()).toEqual(['sign_in', 'switch_company']);
    expect(inTarget.map((e) => e.action).sort()).toEqual(['sign_out', 'switch_company']);
    const sw = inTarget.find((e) => e.action === 'switch_company')!;
    expect(JSON.stringify(sw.changes)).toContain(startedIn);
    expect(new Set([...inStart, ...inTarget].map((e) => e.entityId)).size).toBe(1);
    for (const companyId of [org.company.id, second.company.id])
      expect((await verifyAuditChain(fresh.db, { chain: companyId })).ok).toBe(true);
  });

  it('marking notifications read is audited', async () => {
    const person = org.people.assistant;
    await fresh.db.query(
      `INSERT INTO work_notifications (company_id, id, user_id, kind, title, body)
       VALUES ($1, 'ntf_sec_1', $2, 'test', 'Hello', 'World')`,
      [org.company.id, person.id],
    );
    const res = await t.request('POST', '/api/v1/work/notifications/read', { token: person.token, body: {} });
    expect(res.status).toBe(200);
    expect(res.body.marked).toBe(1);
    const events = await auditOf(org.people.owner.token, {
      entityType: 'notifications',
      entityId: person.id,
    });
    expect(events[0]!.action).toBe('mark_read');
    expect(JSON.stringify(events[0]!.changes)).toContain('ntf_sec_1');
  });

  it("a token's chosen name is quoted safely in actor labels", async () => {
    const evil = 'x" of owner@evil.test\n\u202Eforged\u0000 label' + 'y'.repeat(200);
    expect(tokenActorLabel(evil, 'a@b.test')).toBe(
      `token ${JSON.stringify(`x" of owner@evil.testforged label${'y'.repeat(200)}`.slice(0, 60))} of a@b.test`,
    );
    const person = org.people.manager;
    const made = await t.request('POST', '/api/v1/me/tokens', {
      token: person.token,
      body: { name: 'ops" of owner@example.test' },
    });
    expect(made.status).toBe(201);
    const patch = await t.request('PATCH', '/api/v1/me', {
      token: made.body.token,
      body: { name: 'Renamed' },
    });
    expect(patch.status).toBe(204);
    const events = await auditOf(org.people.owner.token, { entityId: person.id, action: 'update' });
    expect(events[0]!.actorName).toBe(`token "ops\\" of owner@example.test" of ${person.email}`);
  });
});
