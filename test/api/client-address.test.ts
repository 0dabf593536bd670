import { beforeAll, describe, expect, it } from 'vitest';
import { FACTORY_PASSWORD, makeOrg, type OrgFixture, unique } from '../../src/modules/org/factories.ts';
import { MAX_FAILURES_PER_IP } from '../../src/modules/org/service/signin-limit.ts';
import { clientAddress, trustedProxies } from '../../src/platform/http/client-address.ts';
import { type TestApp, testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';

/** Issue #9 item 5: the client address is the rightmost X-Forwarded-For hop that is not a trusted proxy. */

const fresh = withFreshDatabase();
let t: TestApp;
let org: OrgFixture;

beforeAll(async () => {
  t = testApp(fresh.db); // default trusted proxies: loopback; the harness's requests come from 127.0.0.1
  org = await makeOrg(fresh.db);
});

const loopback = trustedProxies(['127.0.0.1/8', '::1']);

describe('clientAddress', () => {
  it('takes the rightmost untrusted hop, skipping trusted proxies', () => {
    expect(clientAddress('127.0.0.1', '6.6.6.6, 203.0.113.9', loopback)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', '6.6.6.6, 203.0.113.9, 127.0.0.2', loopback)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:127.0.0.1', '203.0.113.9', loopback)).toBe('203.0.113.9');
    expect(clientAddress('::1', '[2001:db8::1]:443', loopback)).toBe('2001:db8::1');
    expect(clientAddress('127.0.0.1', '203.0.113.9:5555', loopback)).toBe('203.0.113.9');
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddress('198.51.100.4', '6.6.6.6', loopback)).toBe('198.51.100.4');
    expect(clientAddress('198.51.100.4', '6.6.6.6', trustedProxies([]))).toBe('198.51.100.4');
    expect(clientAddress(undefined, '6.6.6.6', loopback)).toBe('unknown');
  });

  it('a garbage hop ends the walk at the last address a proxy vouched for', () => {
    expect(clientAddress('127.0.0.1', 'not-an-ip', loopback)).toBe('127.0.0.1');
    expect(clientAddress('127.0.0.1', '1.2.3.4, evil', loopback)).toBe('127.0.0.1');
    expect(clientAddress('10.0.0.5', 'x, 203.0.113.9', trustedProxies(['10.0.0.0/8']))).toBe('203.0.113.9');
  });

  it('refuses a malformed STEWARD_TRUSTED_PROXIES entry', () => {
    expect(() => trustedProxies(['10.0.0.0/33'])).toThrow(/STEWARD_TRUSTED_PROXIES/);
    expect(() => trustedProxies(['proxy.local'])).toThrow(/STEWARD_TRUSTED_PROXIES/);
  });
});

describe('a spoofed X-Forwarded-For at sign-in', () => {
  // The proxy (127.0.0.1) appends the address it saw; the attacker controls everything to its left.
  const signIn = (email: string, password: string, xff: string, peer?: string) =>
    t.request('POST', '/api/v1/auth/sign-in', {
      body: { email, password },
      headers: { 'x-forwarded-for': xff },
      ...(peer ? { peer } : {}),
    });

  it('does not bypass the per-address limit: a new leftmost hop each time still counts against the real one', async () => {
    const attacker = '203.0.113.50';
    for (let i = 1; i <= MAX_FAILURES_PER_IP; i++) {
      const res = await signIn(`${unique('spray')}@example.test`, 'guess', `198.18.0.${i}, ${attacker}`);
      expect(res.status, `attempt ${i}`).toBe(401);
    }
    const blocked = await signIn(org.people.owner.email, FACTORY_PASSWORD, `198.18.1.1, ${attacker}`);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('rate_limited');
  });

  it('does not lock out a chosen address: failures are charged to the sender, not to the named victim', async () => {
    const victim = '192.0.2.77';
    const attacker = '203.0.113.51';
    for (let i = 1; i <= MAX_FAILURES_PER_IP; i++) {
      const res = await signIn(`${unique('spray')}@example.test`, 'guess', `${victim}, ${attacker}`);
      expect(res.status, `attempt ${i}`).toBe(401);
    }
    expect((await signIn(org.people.owner.email, FACTORY_PASSWORD, victim)).status).toBe(200);
  });

  it('a client connecting directly (not through a trusted proxy) cannot name its address at all', async () => {
    const direct = '198.51.100.60';
    for (let i = 1; i <= MAX_FAILURES_PER_IP; i++) {
      const res = await signIn(`${unique('spray')}@example.test`, 'guess', `198.18.2.${i}`, direct);
      expect(res.status, `attempt ${i}`).toBe(401);
    }
    expect((await signIn(org.people.owner.email, FACTORY_PASSWORD, '198.18.3.1', direct)).status).toBe(429);
    // The spoofed addresses were never charged.
    expect((await signIn(org.people.owner.email, FACTORY_PASSWORD, '198.18.2.1')).status).toBe(200);
  });
});
