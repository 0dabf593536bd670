import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { api, createToken, killAll, signIn, startServer } from '../support/process.ts';

/**
 * The server dies between the commit of a request and its answer (kill -9, through the test-only hook
 * STEWARD_TEST_CRASH_AFTER_COMMIT). The request carried an Idempotency-Key and enqueued a job. After a
 * restart the same key replays the committed answer — not "still running" — and the job it names exists in
 * both job_runs and pg-boss's queue, and runs.
 */
const ADMIN = { email: 'owner@idem-crash.test', password: 'idem-crash-password-1' };
const ADMIN_ENV = { STEWARD_ADMIN_EMAIL: ADMIN.email, STEWARD_ADMIN_PASSWORD: ADMIN.password };
const ROUTE = 'POST /api/v1/audit/verify';

afterEach(async () => {
  await killAll();
});

function verifyWithKey(baseUrl: string, token: string, key: string): Promise<Response> {
  return fetch(`${baseUrl}/api/v1/audit/verify`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'idempotency-key': key },
  });
}

describe('kill -9 between commit and answer', () => {
  let fresh: FreshDatabase | null = null;
  afterAll(async () => {
    if (fresh) await dropFreshDatabase(fresh);
  });

  it('leaves a key that replays the stored answer and a job that exists', async () => {
    fresh = await freshDatabase();
    const env = { DATABASE_URL: fresh.url, ...ADMIN_ENV };
    // No worker in the first server: the job must be found queued, exactly as the commit left it.
    const first = await startServer({
      ...env,
      STEWARD_WORKER: 'false',
      STEWARD_TEST_CRASH_AFTER_COMMIT: ROUTE,
    });
    const token = await createToken(first.url, await signIn(first.url, ADMIN.email, ADMIN.password));

    const key = 'crash-after-commit-1';
    await expect(verifyWithKey(first.url, token, key)).rejects.toThrow(); // the socket dies: no answer
    expect((await first.exited).signal).toBe('SIGKILL');

    // What the commit left, straight from the database: the key with its answer, the job in both tables.
    const stored = await fresh.db.query<{ status_code: number; response_body: string }>(
      'SELECT status_code, response_body FROM idempotency_keys WHERE key = $1',
      [key],
    );
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]?.status_code).toBe(202);
    const jobId = (JSON.parse(stored.rows[0]!.response_body) as { jobId: string }).jobId;
    expect(jobId).toMatch(/^job_/);
    const runs = await fresh.db.query('SELECT status FROM job_runs WHERE id = $1', [jobId]);
    expect(runs.rows).toEqual([{ status: 'queued' }]);
    const queued = await fresh.db.query(
      `SELECT state FROM pgboss.job WHERE name = 'steward.audit.verify' AND data->>'jobId' = $1`,
      [jobId],
    );
    expect(queued.rows).toHaveLength(1);

    const second = await startServer(env);
    const replay = await verifyWithKey(second.url, token, key);
    expect(replay.status).toBe(202);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await replay.json()).toEqual({ jobId });

    // The job the crashed request queued is run by the restarted server's worker.
    let status = '';
    for (let i = 0; i < 100 && status !== 'done'; i++) {
      const job = await api(second.url, token, 'GET', `/jobs/${jobId}`);
      expect(job.status).toBe(200);
      status = (job.body as { status: string }).status;
      if (status !== 'done') await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe('done');

    // Only one job: the replay ran nothing again.
    const all = await fresh.db.query(`SELECT count(*)::int AS n FROM job_runs WHERE kind = 'audit.verify'`);
    expect(all.rows[0]).toEqual({ n: 1 });
    expect(await second.stop()).toEqual({ code: 0, signal: null });
  });
});
