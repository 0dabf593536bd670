import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FACTORY_PASSWORD,
  makeApiToken,
  makeOrg,
  makePerson,
  makeSession,
  type OrgFixture,
  unique,
} from '../../src/modules/org/factories.ts';
import { issueSetupToken } from '../../src/modules/org/index.ts';
import { totpNow } from '../../src/platform/auth/crypto.ts';
import { cookieFrom, sessionFrom, type TestApp, testApp } from '../support/app.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase, withFreshDatabase } from '../support/db.ts';

/** First-run setup, sign-in and sessions, CSRF, rate limits, two-factor, API tokens, invitations, resets. */

const fresh = withFreshDatabase();
let t: TestApp;
let org: OrgFixture;

beforeAll(async () => {
  // Requests come from 127.0.0.1, a trusted proxy by default, so X-Forwarded-For gives each test its own
  // address and rate limits do not leak across tests.
  t = testApp(fresh.db);
  org = await makeOrg(fresh.db);
});

const ip = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

function signIn(email: string, password: string, from = ip(), totp?: string) {
  return t.request('POST', '/api/v1/auth/sign-in', {
    body: { email, password, ...(totp ? { totp } : {}) },
    headers: { 'x-forwarded-for': from },
  });
}

describe('first-run setup', () => {
  let empty: FreshDatabase;
  let s: TestApp;
  beforeAll(async () => {
    empty = await freshDatabase();
    s = testApp(empty.db);
  });
  afterAll(async () => {
    await dropFreshDatabase(empty);
  });

  const input = (setupToken: string) => ({
    setupToken,
    companyName: 'Fresh Start Ltd',
    currency: 'eur',
    email: 'Founder@Example.test',
    name: 'Founder',
    password: 'a long enough password',
  });

  it('status → setup with the console token → signed in; a second setup is 409 setup_done', async () => {
    expect((await s.request('GET', '/api/v1/setup/status')).body).toEqual({ needed: true });
    const token = await issueSetupToken(empty.db);

    const wrong = await s.request('POST', '/api/v1/setup', { body: input('setup_wrong') });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe('validation');
    expect((await s.request('GET', '/api/v1/setup/status')).body).toEqual({ needed: true });

    const done = await s.request('POST', '/api/v1/setup', { body: input(token) });
    expect(done.status).toBe(201);
    expect(done.body.companyId).toMatch(/^co_/);
    const me = await s.request('GET', '/api/v1/me', { session: sessionFrom(done) });
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe('founder@example.test');
    expect(me.body.role).toBe('owner');
    expect(me.body.company.baseCurrency).toBe('EUR');
    expect((await s.request('GET', '/api/v1/setup/status')).body).toEqual({ needed: false });

    const again = await s.request('POST', '/api/v1/setup', {
      body: { ...input(token), email: 'x@example.test' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('setup_done');
    const fresh2 = await issueSetupToken(empty.db);
    const withNewToken = await s.request('POST', '/api/v1/setup', { body: input(fresh2) });
    expect(withNewToken.status).toBe(409);
    const companies = await empty.db.query('SELECT count(*)::int AS n FROM companies');
    expect(companies.rows[0]!.n).toBe(1);
  });
});

describe('sign-in, cookies, sign-out', () => {
  it('sets an HttpOnly SameSite=Lax session cookie and a readable CSRF cookie', async () => {
    const res = await signIn(org.people.admin.email, FACTORY_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body.user.email).toBe(org.people.admin.email);
    expect(res.body.currentCompanyId).toBe(org.company.id);
    const session = cookieFrom(res.cookies, 'steward_session')!;
    const csrf = cookieFrom(res.cookies, 'steward_csrf')!;
    expect(session.attributes).toContain('HttpOnly');
    expect(session.attributes).toContain('SameSite=Lax');
    expect(session.attributes).toContain('Path=/');
    expect(csrf.attributes).not.toContain('HttpOnly');
    expect(csrf.attributes).toContain('SameSite=Lax');
    expect(res.text).not.toContain(session.value);
  });

  it('a wrong password and an unknown e-mail are the same 401', async () => {
    const wrong = await signIn(org.people.admin.email, 'not the password');
    const unknown = await signIn('nobody@example.test', 'not the password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error).toEqual(unknown.body.error);
    expect(wrong.cookies).toEqual([]);
  });

  it('sign-out ends the session', async () => {
    const session = sessionFrom(await signIn(org.people.auditor.email, FACTORY_PASSWORD));
    expect((await t.request('GET', '/api/v1/me', { session })).status).toBe(200);
    const out = await t.request('POST', '/api/v1/auth/sign-out', { session });
    expect(out.status).toBe(204);
    expect(cookieFrom(out.cookies, 'steward_session')?.value).toBe('');
    expect((await t.request('GET', '/api/v1/me', { session })).status).toBe(401);
  });
});

describe('CSRF', () => {
  it('cookie writes need X-CSRF-Token equal to the csrf cookie; bearer writes do not', async () => {
    const session = await makeSession(fresh.db, org.people.admin.id, org.company.id);
    const none = await t.request('PATCH', '/api/v1/me', { session, csrf: false, body: { locale: 'cs' } });
    expect(none.status).toBe(403);
    expect(none.body.error.code).toBe('forbidden');
    expect(none.body.error.message).toMatch(/CSRF/);
    const wrong = await t.request('PATCH', '/api/v1/me', {
      session,
      headers: { 'x-csrf-token': 'csrf_forged' },
      body: { locale: 'cs' },
    });
    expect(wrong.status).toBe(403);
    // The header alone is not enough: it must match the cookie too (and both the session's token).
    const noCookie = await t.request('PATCH', '/api/v1/me', {
      cookie: `steward_session=${session.token}`,
      headers: { 'x-csrf-token': session.csrfToken },
      body: { locale: 'cs' },
    });
    expect(noCookie.status).toBe(403);
    const user = await fresh.db.query('SELECT locale FROM users WHERE id = $1', [org.people.admin.id]);
    expect(user.rows[0]!.locale).toBe('en');

    const ok = await t.request('PATCH', '/api/v1/me', { session, body: { locale: 'cs' } });
    expect(ok.status).toBe(204);
    const bearer = await t.request('PATCH', '/api/v1/me', {
      token: org.people.admin.token,
      body: { locale: 'es' },
    });
    expect(bearer.status).toBe(204);
    // Reads need no CSRF token.
    expect((await t.request('GET', '/api/v1/people', { session, csrf: false })).status).toBe(200);
  });
});

describe('sign-in rate limits', () => {
  it('the 6th wrong password for one account is 429 rate_limited, even with the right password', async () => {
    const person = await makePerson(fresh.db, org.company.id, { role: 'assistant' });
    for (let i = 1; i <= 5; i++) {
      const res = await signIn(person.email, `wrong password ${i}`);
      expect(res.status, `attempt ${i}`).toBe(401);
    }
    const sixth = await signIn(person.email, 'wrong password 6');
    expect(sixth.status).toBe(429);
    expect(sixth.body.error.code).toBe('rate_limited');
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await signIn(person.email, FACTORY_PASSWORD)).status).toBe(429);
    // Other accounts are not affected.
    expect((await signIn(org.people.manager.email, FACTORY_PASSWORD)).status).toBe(200);
  });

  it('one address is blocked after 20 failures, whatever the accounts', async () => {
    const from = ip();
    for (let i = 1; i <= 20; i++) {
      const res = await signIn(`${unique('spray')}@example.test`, 'guess', from);
      expect(res.status, `attempt ${i}`).toBe(401);
    }
    const blocked = await signIn(org.people.owner.email, FACTORY_PASSWORD, from);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('rate_limited');
    expect((await signIn(org.people.owner.email, FACTORY_PASSWORD, ip())).status).toBe(200);
  });
});

describe('two-factor sign-in', () => {
  it('after enabling TOTP, sign-in needs the current code', async () => {
    const person = await makePerson(fresh.db, org.company.id, { role: 'manager' });
    const session = await makeSession(fresh.db, person.id, org.company.id);
    const setup = await t.request('POST', '/api/v1/me/totp/setup', { session });
    expect(setup.status).toBe(200);
    expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\//);
    const bad = await t.request('POST', '/api/v1/me/totp/enable', { session, body: { code: '000000' } });
    expect(bad.status).toBe(422);
    const on = await t.request('POST', '/api/v1/me/totp/enable', {
      session,
      body: { code: totpNow(setup.body.secret) },
    });
    expect(on.status).toBe(204);
    expect((await t.request('GET', '/api/v1/me', { session })).body.totpEnabled).toBe(true);

    const noCode = await signIn(person.email, FACTORY_PASSWORD);
    expect(noCode.status).toBe(401);
    expect(noCode.body.error.code).toBe('totp_required');
    expect(noCode.cookies).toEqual([]);
    const wrongCode = await signIn(person.email, FACTORY_PASSWORD, ip(), '123456');
    expect(wrongCode.status).toBe(401);
    expect(wrongCode.body.error.code).toBe('unauthenticated');
    // The enabling code is used up; the next window's code signs in.
    const withCode = await signIn(
      person.email,
      FACTORY_PASSWORD,
      ip(),
      totpNow(setup.body.secret, Date.now() + 30_000),
    );
    expect(withCode.status).toBe(200);
    expect(cookieFrom(withCode.cookies, 'steward_session')?.value).toMatch(/^sess_/);
  });
});

describe('API tokens', () => {
  it('are shown once, listed without the secret, and stop working when revoked', async () => {
    const { manager } = org.people;
    const made = await t.request('POST', '/api/v1/me/tokens', { token: manager.token, body: { name: 'ci' } });
    expect(made.status).toBe(201);
    expect(made.body.token).toMatch(/^stw_/);
    const secret: string = made.body.token;
    expect((await t.request('GET', '/api/v1/company', { token: secret })).status).toBe(200);

    const list = await t.request('GET', '/api/v1/me/tokens', { token: manager.token });
    const listed = list.body.items.find((i: { id: string }) => i.id === made.body.id);
    expect(listed).toMatchObject({ name: 'ci', revokedAt: null });
    expect(list.text).not.toContain(secret);
    const stored = await fresh.db.query('SELECT token_hash FROM api_tokens WHERE id = $1', [made.body.id]);
    expect(stored.rows[0]!.token_hash).not.toBe(secret);

    // Another person cannot revoke it.
    const foreign = await t.request('DELETE', `/api/v1/me/tokens/${made.body.id}`, {
      token: org.people.admin.token,
    });
    expect(foreign.status).toBe(404);
    expect(
      (await t.request('DELETE', `/api/v1/me/tokens/${made.body.id}`, { token: manager.token })).status,
    ).toBe(204);
    const after = await t.request('GET', '/api/v1/company', { token: secret });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthenticated');
  });

  it('an expired token is a 401; an expiry in the past is refused', async () => {
    const { token, tokenId } = await makeApiToken(fresh.db, org.company.id, org.people.assistant.id, {
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    });
    expect((await t.request('GET', '/api/v1/me', { token })).status).toBe(200);
    await fresh.db.query(`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      tokenId,
    ]);
    expect((await t.request('GET', '/api/v1/me', { token })).status).toBe(401);
    const past = await t.request('POST', '/api/v1/me/tokens', {
      token: org.people.assistant.token,
      body: { name: 'old', expiresAt: '2001-01-01T00:00:00Z' },
    });
    expect(past.status).toBe(422);
  });

  it('a token is bound to its company and cannot create companies', async () => {
    const res = await t.request('POST', '/api/v1/companies', {
      token: org.people.owner.token,
      body: { name: 'Side Co', baseCurrency: 'USD' },
    });
    expect(res.status).toBe(403);
  });
});

describe('invitations', () => {
  it('invite → link → accept gives the membership with its role and departments; the link works once', async () => {
    const email = `${unique('invitee')}@example.test`;
    const made = await t.request('POST', '/api/v1/invitations', {
      token: org.people.admin.token,
      body: { email, role: 'manager', departmentIds: [org.deptB.id], jobTitle: 'Lead' },
    });
    expect(made.status).toBe(201);
    expect(made.body.emailed).toBe(false);
    const link: string = made.body.link;
    expect(link.startsWith('http://steward.test/invite/')).toBe(true);
    const token = link.split('/invite/')[1]!;

    const look = await t.request('GET', `/api/v1/auth/invitations/${token}`);
    expect(look.body).toMatchObject({
      email,
      role: 'manager',
      companyName: org.company.name,
      existingUser: false,
    });
    const list = await t.request('GET', '/api/v1/invitations?status=pending', {
      token: org.people.owner.token,
    });
    expect(list.body.items.map((i: { email: string }) => i.email)).toContain(email);

    const accepted = await t.request('POST', '/api/v1/auth/invitations/accept', {
      body: { token, name: 'New Manager', password: 'a long enough password' },
    });
    expect(accepted.status).toBe(200);
    const me = await t.request('GET', '/api/v1/me', { session: sessionFrom(accepted) });
    expect(me.body.role).toBe('manager');
    expect(me.body.currentCompanyId).toBe(org.company.id);
    expect(me.body.departments.map((d: { id: string }) => d.id)).toEqual([org.deptB.id]);
    const dept = await t.request('GET', `/api/v1/departments/${org.deptB.id}`, {
      session: sessionFrom(accepted),
    });
    expect(dept.status).toBe(200);

    const reuse = await t.request('POST', '/api/v1/auth/invitations/accept', {
      body: { token, name: 'Again', password: 'a long enough password' },
    });
    expect(reuse.status).toBe(404);
    expect((await t.request('GET', `/api/v1/auth/invitations/${token}`)).status).toBe(404);
  });

  it('a revoked invitation cannot be accepted', async () => {
    const made = await t.request('POST', '/api/v1/invitations', {
      token: org.people.owner.token,
      body: { email: `${unique('revoked')}@example.test`, role: 'assistant' },
    });
    const token = String(made.body.link).split('/invite/')[1]!;
    expect(
      (await t.request('DELETE', `/api/v1/invitations/${made.body.id}`, { token: org.people.owner.token }))
        .status,
    ).toBe(204);
    const res = await t.request('POST', '/api/v1/auth/invitations/accept', {
      body: { token, name: 'Late', password: 'a long enough password' },
    });
    expect(res.status).toBe(404);
  });
});

describe('deactivation', () => {
  it("ends the person's session and token at once; reactivation lets them sign in again", async () => {
    const person = await makePerson(fresh.db, org.company.id, { role: 'manager' });
    const session = sessionFrom(await signIn(person.email, FACTORY_PASSWORD));
    expect((await t.request('GET', '/api/v1/company', { session })).status).toBe(200);
    expect((await t.request('GET', '/api/v1/company', { token: person.token })).status).toBe(200);

    const off = await t.request('POST', `/api/v1/people/${person.id}/deactivate`, {
      token: org.people.admin.token,
    });
    expect(off.status).toBe(200);
    expect(off.body.status).toBe('inactive');
    expect([401, 403]).toContain((await t.request('GET', '/api/v1/company', { session })).status);
    expect([401, 403]).toContain((await t.request('GET', '/api/v1/people', { session })).status);
    expect((await t.request('GET', '/api/v1/company', { token: person.token })).status).toBe(401);
    expect((await signIn(person.email, FACTORY_PASSWORD)).status).toBe(401);

    const on = await t.request('POST', `/api/v1/people/${person.id}/reactivate`, {
      token: org.people.admin.token,
    });
    expect(on.body.status).toBe('active');
    // Revoked credentials stay revoked; signing in again works.
    expect((await t.request('GET', '/api/v1/company', { token: person.token })).status).toBe(401);
    const again = await signIn(person.email, FACTORY_PASSWORD);
    expect(again.status).toBe(200);
    expect((await t.request('GET', '/api/v1/company', { session: sessionFrom(again) })).status).toBe(200);
  });

  it('nobody can deactivate themselves, and an admin cannot deactivate an owner', async () => {
    const self = await t.request('POST', `/api/v1/people/${org.people.admin.id}/deactivate`, {
      token: org.people.admin.token,
    });
    expect(self.status).toBe(409);
    const owner = await t.request('POST', `/api/v1/people/${org.people.owner.id}/deactivate`, {
      token: org.people.admin.token,
    });
    expect(owner.status).toBe(403);
  });
});

describe('password reset', () => {
  it('an owner makes a link (no mail); completing it sets the password, ends sessions, and works once', async () => {
    const person = await makePerson(fresh.db, org.company.id, { role: 'assistant' });
    const session = sessionFrom(await signIn(person.email, FACTORY_PASSWORD));
    const made = await t.request('POST', `/api/v1/people/${person.id}/password-reset`, {
      token: org.people.owner.token,
    });
    expect(made.status).toBe(201);
    const link: string = made.body.link;
    expect(link.startsWith('http://steward.test/reset/')).toBe(true);
    const token = link.split('/reset/')[1]!;

    const short = await t.request('POST', '/api/v1/auth/password-reset/complete', {
      body: { token, password: 'short' },
    });
    expect(short.status).toBe(422);
    const done = await t.request('POST', '/api/v1/auth/password-reset/complete', {
      body: { token, password: 'a brand new password' },
    });
    expect(done.status).toBe(204);
    expect((await t.request('GET', '/api/v1/me', { session })).status).toBe(401);
    expect((await signIn(person.email, FACTORY_PASSWORD)).status).toBe(401);
    expect((await signIn(person.email, 'a brand new password')).status).toBe(200);
    const reuse = await t.request('POST', '/api/v1/auth/password-reset/complete', {
      body: { token, password: 'another new password' },
    });
    expect(reuse.status).toBe(422);
  });
});
