import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeOrg, makePerson, type OrgFixture, unique } from '../../src/modules/org/factories.ts';
import { createLogger, redactPath } from '../../src/platform/log.ts';
import { sessionFrom, type TestApp, testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';

/** Issue #9 item 10: invitation and reset tokens, API tokens and token query parameters never reach the log. */

const fresh = withFreshDatabase();
let t: TestApp;
let org: OrgFixture;
let logged = '';

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logged += String(chunk);
      done();
    },
  });
  // The production logger (its redaction rules) writing to a buffer instead of stdout.
  // At debug, so the web pages' lines (debug) are checked for redaction too.
  t = testApp(fresh.db, {}, createLogger('debug', sink));
  org = await makeOrg(fresh.db);
});

describe('the request log', () => {
  it('an invitation accept and a password reset leave no token in the log', async () => {
    logged = '';
    const secrets: string[] = [org.people.owner.token];

    const invited = await t.request('POST', '/api/v1/invitations', {
      token: org.people.owner.token,
      body: { email: `${unique('logged')}@example.test`, role: 'assistant', departmentIds: [] },
    });
    expect(invited.status).toBe(201);
    const invite = String(invited.body.link).split('/invite/')[1]!;
    secrets.push(invite);
    await t.request('GET', `/invite/${invite}`); // the web page the link opens
    expect((await t.request('GET', `/api/v1/auth/invitations/${invite}`)).status).toBe(200);
    const accepted = await t.request('POST', '/api/v1/auth/invitations/accept', {
      body: { token: invite, name: 'Logged Person', password: 'a long enough password' },
    });
    expect(accepted.status).toBeLessThan(300);
    const session = sessionFrom(accepted);
    secrets.push(session.token, session.csrfToken);
    await t.request('GET', '/api/v1/me', { session });

    const person = await makePerson(fresh.db, org.company.id, { role: 'assistant' });
    const made = await t.request('POST', `/api/v1/people/${person.id}/password-reset`, {
      token: org.people.owner.token,
    });
    expect(made.status).toBe(201);
    const reset = String(made.body.link).split('/reset/')[1]!;
    secrets.push(reset);
    await t.request('GET', `/reset/${reset}`);
    const done = await t.request('POST', '/api/v1/auth/password-reset/complete', {
      body: { token: reset, password: 'a brand new password' },
    });
    expect(done.status).toBe(204);
    // A token in the query string or in an unknown path is blanked too.
    await t.request('GET', `/api/v1/auth/invitations/${invite}?token=${reset}`);
    await t.request('GET', `/api/v1/nowhere/${reset}`);

    const lines = logged.trim().split('\n');
    expect(lines.filter((l) => l.includes('"msg":"request"')).length).toBeGreaterThanOrEqual(8);
    expect(logged).toContain('/invite/[redacted]');
    expect(logged).toContain('/api/v1/auth/invitations/accept');
    for (const secret of secrets)
      expect(logged, `the log holds ${secret.slice(0, 10)}…`).not.toContain(secret);
  });

  it('redactPath keeps the shape of the path and blanks only the secret', () => {
    expect(redactPath('/api/v1/auth/invitations/invite_abc')).toBe('/api/v1/auth/invitations/[redacted]');
    expect(redactPath('/api/v1/auth/invitations/accept')).toBe('/api/v1/auth/invitations/accept');
    expect(redactPath('/reset/x?lang=cs')).toBe('/reset/[redacted]?lang=cs');
    expect(redactPath(`/x?access_token=abc&page=2`)).toBe('/x?access_token=[redacted]&page=2');
    expect(redactPath(`/files/stw_${'A'.repeat(43)}/x`)).toBe('/files/stw_[redacted]/x');
    expect(redactPath('/api/v1/departments/dep_01JABCDEFGHJKMNPQRSTVWXYZ0')).toBe(
      '/api/v1/departments/dep_01JABCDEFGHJKMNPQRSTVWXYZ0',
    );
  });

  it('logs the API at info and the static files of the web app only at debug', async () => {
    logged = '';
    await t.request('GET', '/assets/index-abc123.js');
    await t.request('GET', '/favicon.svg');
    await t.request('GET', '/api/v1/me', { token: org.people.owner.token });
    const lines = logged
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { path?: string; level: number; msg: string })
      .filter((l) => l.msg === 'request');
    const levelOf = (path: string) => lines.find((l) => l.path === path)?.level;
    expect(levelOf('/api/v1/me')).toBe(30); // info
    expect(levelOf('/assets/index-abc123.js')).toBe(20); // debug
    expect(levelOf('/favicon.svg')).toBe(20);
  });
});
