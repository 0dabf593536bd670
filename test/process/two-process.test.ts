import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/platform/audit/index.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import {
  api,
  createToken,
  freePort,
  killAll,
  runCli,
  type ServerHandle,
  signIn,
  spawnServer,
  startServer,
  stopEmbeddedPostgres,
} from '../support/process.ts';

/** Two `steward start` processes side by side: what a deployment with two app servers does. */
const ADMIN = { email: 'owner@two.test', password: 'two-process-password-1' };

describe('two servers on one DATABASE_URL', () => {
  let fresh: FreshDatabase;
  let a: ServerHandle;
  let b: ServerHandle;

  beforeAll(async () => {
    fresh = await freshDatabase();
    const env = {
      DATABASE_URL: fresh.url,
      STEWARD_ADMIN_EMAIL: ADMIN.email,
      STEWARD_ADMIN_PASSWORD: ADMIN.password,
    };
    // Started together: both migrate and bootstrap at once; exactly one creates the first company.
    [a, b] = await Promise.all([startServer(env), startServer(env)]);
  });

  afterAll(async () => {
    await killAll();
    if (fresh) await dropFreshDatabase(fresh);
  });

  it('bootstrapped exactly one company and owner', async () => {
    const { rows } = await fresh.db.query<{ companies: number; users: number }>(
      'SELECT (SELECT count(*)::int FROM companies) AS companies, (SELECT count(*)::int FROM users) AS users',
    );
    expect(rows[0]).toEqual({ companies: 1, users: 1 });
  });

  it('a session made on A works on B, and a token made on A works on B', async () => {
    const session = await signIn(a.url, ADMIN.email, ADMIN.password);
    const me = await fetch(`${b.url}/api/v1/me`, { headers: { cookie: session.cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(ADMIN.email);

    const token = await createToken(a.url, session);
    const viaB = await api(b.url, token, 'GET', '/me');
    expect(viaB.status).toBe(200);
    expect((viaB.body as { user: { email: string } }).user.email).toBe(ADMIN.email);

    // a cookie write on B with the CSRF token from A's sign-in
    const write = await fetch(`${b.url}/api/v1/departments`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'SESS', name: 'Made with a cookie from A' }),
    });
    expect(write.status).toBe(201);
  });

  it('concurrent department creation on both: the same code wins once, the other gets 409', async () => {
    const session = await signIn(a.url, ADMIN.email, ADMIN.password);
    const token = await createToken(a.url, session);
    for (let round = 0; round < 5; round++) {
      const code = `DUP${round}`;
      const [ra, rb] = await Promise.all([
        api(a.url, token, 'POST', '/departments', { code, name: `A ${round}` }),
        api(b.url, token, 'POST', '/departments', { code, name: `B ${round}` }),
      ]);
      expect([ra.status, rb.status].sort()).toEqual([201, 409]);
      const loser = ra.status === 409 ? ra : rb;
      expect(loser.body).toMatchObject({ error: { code: 'conflict' } });
    }
    // and many distinct ones at once, interleaved across both servers
    const made = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        api(i % 2 ? a.url : b.url, token, 'POST', '/departments', { code: `PAR${i}`, name: `Parallel ${i}` }),
      ),
    );
    expect(made.map((r) => r.status)).toEqual(Array(24).fill(201));
    const { rows } = await fresh.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM departments WHERE code LIKE 'DUP%' OR code LIKE 'PAR%'`,
    );
    expect(rows[0]?.n).toBe(29);
    // every department got exactly one create event
    const events = await fresh.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM departments d
        WHERE (SELECT count(*) FROM audit_events e WHERE e.entity_type = 'department' AND e.entity_id = d.id
                 AND e.action = 'create') <> 1`,
    );
    expect(events.rows[0]?.n).toBe(0);
  });

  it('the audit chain verifies after concurrent writes on both servers', async () => {
    const result = await verifyAuditChain(fresh.db);
    expect(result.firstProblem).toBeNull();
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThan(30);
  });

  it('SIGTERM lets the request in flight finish, then exits 0', async () => {
    const session = await signIn(b.url, ADMIN.email, ADMIN.password);
    const token = await createToken(b.url, session);
    const body = JSON.stringify({ code: 'LATE', name: 'Arrived during shutdown' });
    // Send the headers and half the body, SIGTERM the server, then send the rest.
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        `${b.url}/api/v1/departments`,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (d: string) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        b.child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 300);
    });
    const done = await response;
    expect(done.status, done.text).toBe(201);
    const exit = await b.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    const { rows } = await fresh.db.query(`SELECT 1 FROM departments WHERE code = 'LATE'`);
    expect(rows).toHaveLength(1);
    // B no longer accepts connections; A still serves
    await expect(fetch(`${b.url}/healthz`)).rejects.toThrow();
    expect((await fetch(`${a.url}/healthz`)).status).toBe(200);
  });
});

describe('one embedded data directory, two servers', () => {
  let dataRoot: string;

  beforeAll(() => {
    // The embedded PostgreSQL runs as the OS user `postgres` when we are root: it must reach the directory.
    dataRoot = mkdtempSync('/tmp/steward-two-');
    chmodSync(dataRoot, 0o755);
  });

  afterAll(async () => {
    await killAll();
    await stopEmbeddedPostgres(join(dataRoot, 'data')); // left running if a failure killed its server
    rmSync(dataRoot, { recursive: true, force: true });
  });

  it('a second `steward start` on the same STEWARD_DATA_DIR refuses with exit 1; the first keeps serving', {
    timeout: 120_000,
  }, async () => {
    const env = {
      STEWARD_DATA_DIR: join(dataRoot, 'data'),
      STEWARD_PG_PORT: String(await freePort()),
      STEWARD_ADMIN_EMAIL: ADMIN.email,
      STEWARD_ADMIN_PASSWORD: ADMIN.password,
    };
    const first = await startServer(env, { timeoutMs: 50_000 });
    const second = spawnServer(env, await freePort());
    const exit = await second.exited;
    expect(exit.code).toBe(1);
    expect(second.output()).toMatch(/Steward is already running on the data directory .* \(process \d+\)/);
    expect(second.output()).not.toMatch(/at .*\.ts:\d+/); // one sentence, no stack trace

    const session = await signIn(first.url, ADMIN.email, ADMIN.password);
    const me = await fetch(`${first.url}/api/v1/me`, { headers: { cookie: session.cookie } });
    expect(me.status).toBe(200);

    // doctor attaches to the running server's PostgreSQL and names the lock holder
    const doctor = await runCli(['doctor', '--json'], { env });
    expect(doctor.code, doctor.stderr).toBe(0);
    const report = JSON.parse(doctor.stdout) as { checks: { name: string; value: string }[] };
    const check = (name: string) => report.checks.find((c) => c.name === name)?.value;
    expect(check('data dir lock')).toBe(`held by process ${first.child.pid} (a Steward server is running)`);
    expect(check('database mode')).toMatch(/^embedded PostgreSQL in /);
    expect(check('job queue')).toMatch(/^reachable/);
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);

    expect(await first.stop()).toEqual({ code: 0, signal: null });
  });
});
