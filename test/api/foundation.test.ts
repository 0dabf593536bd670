import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeOrg, type OrgFixture } from '../../src/modules/org/factories.ts';
import { registeredRoutes } from '../../src/platform/http/route.ts';
import { buildApp } from '../../src/server.ts';
import { type TestApp, type TestResponse, testApp, testConfig } from '../support/app.ts';
import { steward } from '../support/compose.ts';
import { withFreshDatabase } from '../support/db.ts';

/** The frame around every route: health, security headers, the OpenAPI document, 404s and error bodies. */

const fresh = withFreshDatabase();
let t: TestApp;
let org: OrgFixture;

beforeAll(async () => {
  t = testApp(fresh.db);
  org = await makeOrg(fresh.db);
});

const STACK = /\bat .+\.(ts|js|mjs):\d+|node_modules|"stack"|\/src\//;

function expectEnvelope(res: TestResponse, status: number, code: string): void {
  expect(res.status, res.text).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  expect(Object.keys(res.body)).toEqual(['error']);
  expect(Object.keys(res.body.error).sort()).toEqual(['code', 'details', 'message']);
  expect(res.body.error.code).toBe(code);
  expect(res.body.error.message.length).toBeGreaterThan(5);
  expect(res.text).not.toMatch(STACK);
}

describe('health', () => {
  it('/healthz and /readyz answer ok on a migrated database', async () => {
    expect((await t.request('GET', '/healthz')).body).toEqual({ status: 'ok' });
    const ready = await t.request('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok', migrations: 'current' });
  });
});

describe('security headers', () => {
  it('every answer — API, error, page — carries CSP, nosniff and frame protection', async () => {
    for (const [path, token] of [
      ['/api/v1/me', org.people.owner.token],
      ['/api/v1/me', undefined],
      ['/api/v1/nope', undefined],
      ['/healthz', undefined],
      ['/some/page', undefined],
    ] as const) {
      const res = await t.request('GET', path, token ? { token } : {});
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("object-src 'none'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-request-id'), path).toBeTruthy();
    }
  });

  it('HSTS only when served over https', async () => {
    expect((await t.request('GET', '/healthz')).headers.get('strict-transport-security')).toBeNull();
    const https = testApp(fresh.db, { publicUrl: 'https://steward.example' });
    expect((await https.request('GET', '/healthz')).headers.get('strict-transport-security')).toMatch(
      /max-age=/,
    );
  });

  it('a client request id is echoed only when it is safe', async () => {
    const ok = await t.request('GET', '/healthz', { headers: { 'x-request-id': 'abc-123' } });
    expect(ok.headers.get('x-request-id')).toBe('abc-123');
    const bad = await t.request('GET', '/healthz', { headers: { 'x-request-id': 'a b<script>' } });
    expect(bad.headers.get('x-request-id')).not.toContain('<');
  });
});

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and lists every registered route with its method', async () => {
    const res = await t.request('GET', '/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.servers).toEqual([{ url: '/api/v1' }]);
    const documented = new Set<string>();
    for (const [path, item] of Object.entries<Record<string, unknown>>(res.body.paths))
      for (const method of Object.keys(item)) documented.add(`${method} /api/v1${path}`);
    const routes = registeredRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(40);
    expect(routes.map((r) => `${r.method} ${r.path}`).filter((k) => !documented.has(k))).toEqual([]);
    expect(documented.size).toBe(routes.length);
  });

  it('the reference page renders', async () => {
    const res = await t.request('GET', '/api/v1/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
  });
});

describe('errors', () => {
  it('an unknown /api path is a 404 envelope, for any method', async () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      const res = await t.request(method, '/api/v1/no/such/thing', { token: org.people.owner.token });
      expectEnvelope(res, 404, 'not_found');
    }
    expectEnvelope(await t.request('GET', '/api/v2/me'), 404, 'not_found');
  });

  it('no error body carries a stack trace, whatever went wrong', async () => {
    const { owner } = org.people;
    expectEnvelope(await t.request('GET', '/api/v1/me'), 401, 'unauthenticated');
    expectEnvelope(await t.request('GET', '/api/v1/people', { token: 'stw_forged' }), 401, 'unauthenticated');
    expectEnvelope(
      await t.request('GET', '/api/v1/audit', { token: org.people.assistant.token }),
      403,
      'forbidden',
    );
    expectEnvelope(
      await t.request('GET', '/api/v1/people/usr_nope', { token: owner.token }),
      404,
      'not_found',
    );
    expectEnvelope(
      await t.request('POST', '/api/v1/departments', { token: owner.token, body: { code: 'A B' } }),
      422,
      'validation',
    );
    expectEnvelope(
      await t.request('POST', '/api/v1/departments', { token: owner.token, body: '{"code":' }),
      400,
      'bad_request',
    );
    expectEnvelope(
      await t.request('POST', '/api/v1/departments', {
        token: owner.token,
        body: { code: org.deptA.code, name: 'x' },
      }),
      409,
      'conflict',
    );
    expectEnvelope(
      await t.request('POST', '/api/v1/departments', {
        token: owner.token,
        body: 'code=x',
        headers: { 'content-type': 'text/plain' },
      }),
      415,
      'unsupported_media_type',
    );
    expectEnvelope(
      await t.request('GET', '/api/v1/people?limit=100000', { token: owner.token }),
      422,
      'validation',
    );
  });

  it('an unexpected failure is a plain 500 envelope that leaks nothing', async () => {
    const logged: unknown[] = [];
    const broken = {
      query: async () => {
        throw new Error('connection to 10.0.0.7 failed: password authentication failed for user "steward"');
      },
    };
    const log = pino({ level: 'error' }, { write: (line: string) => logged.push(line) });
    const app = buildApp({ db: broken as never, config: testConfig(), log, jobs: () => null, steward });
    const res = await app.request('/api/v1/me', { headers: { authorization: 'Bearer stw_anything' } });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: 'internal', message: expect.any(String), details: null },
    });
    expect(text).not.toMatch(/10\.0\.0\.7|password|steward"|Error:/);
    expect(text).not.toMatch(STACK);
    // …but the cause is in the log.
    expect(logged.join('')).toContain('10.0.0.7');
    const health = await app.request('/healthz');
    expect(health.status).toBe(500);
    expect(await health.text()).not.toMatch(/10\.0\.0\.7/);
  });
});
