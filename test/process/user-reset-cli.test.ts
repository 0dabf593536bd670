import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACTORY_PASSWORD, makeOrg, type OrgFixture } from '../../src/modules/org/factories.ts';
import { type TestApp, testApp } from '../support/app.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { killAll, runCli } from '../support/process.ts';

/** `steward user reset-password EMAIL`: the operator's way to a reset link (the API never shows an owner's). */
let source: FreshDatabase;
let org: OrgFixture;
let t: TestApp;

beforeAll(async () => {
  source = await freshDatabase();
  org = await makeOrg(source.db);
  t = testApp(source.db);
});

afterAll(async () => {
  await killAll();
  await dropFreshDatabase(source);
});

describe('steward user reset-password', () => {
  it("prints a one-time link for an owner that sets the password; it is audited in the owner's company", async () => {
    const r = await runCli(['user', 'reset-password', org.people.owner.email, '--json'], {
      env: { DATABASE_URL: source.url, STEWARD_PUBLIC_URL: 'http://steward.test' },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { email: string; link: string };
    expect(out.email).toBe(org.people.owner.email);
    const token = out.link.split('/reset/')[1]!;
    expect(token).toMatch(/^reset_/);
    const done = await t.request('POST', '/api/v1/auth/password-reset/complete', {
      body: { token, password: 'an operator-issued password' },
    });
    expect(done.status).toBe(204);
    const signIn = (password: string) =>
      t.request('POST', '/api/v1/auth/sign-in', { body: { email: org.people.owner.email, password } });
    expect((await signIn(FACTORY_PASSWORD)).status).toBe(401);
    expect((await signIn('an operator-issued password')).status).toBe(200);
    const issued = await source.db.query<{ actor_label: string }>(
      `SELECT actor_label FROM audit_events WHERE company_id = $1 AND entity_id = $2 AND action = 'password_reset_issued'`,
      [org.company.id, org.people.owner.id],
    );
    expect(issued.rows.map((e) => e.actor_label)).toEqual(['operator (steward user reset-password)']);
  });

  it('an unknown e-mail fails with one sentence and no link', async () => {
    const r = await runCli(['user', 'reset-password', 'nobody@example.test'], {
      env: { DATABASE_URL: source.url },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/There is no user nobody@example\.test/);
  });
});
