import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { registerJob, runDueSchedules, scheduleJob, startJobs } from './index.ts';

describe('periodic jobs', () => {
  const fresh = withFreshDatabase();

  it('first run one interval after being seen, then once per interval however many workers tick', async () => {
    scheduleJob('test.periodic', 60);
    const enqueued: string[] = [];
    const enqueue = async (input: { kind: string }) => {
      enqueued.push(input.kind);
      return 'job_x';
    };
    expect(await runDueSchedules(fresh.db, enqueue)).toEqual([]);
    await fresh.db.query(
      `UPDATE job_schedules SET last_run_at = now() - interval '61 seconds' WHERE kind = 'test.periodic'`,
    );
    const [a, b] = await Promise.all([
      runDueSchedules(fresh.db, enqueue),
      runDueSchedules(fresh.db, enqueue),
    ]);
    expect([...(a ?? []), ...(b ?? [])].filter((k) => k === 'test.periodic')).toEqual(['test.periodic']);
    expect(enqueued.filter((k) => k === 'test.periodic')).toHaveLength(1);
    expect(await runDueSchedules(fresh.db, enqueue)).not.toContain('test.periodic');
  });
});

describe('enqueue in the caller transaction', () => {
  const fresh = withFreshDatabase();

  it('a rolled-back transaction leaves no job anywhere; a committed one leaves it in job_runs and pg-boss', async () => {
    registerJob('test.intx', async () => 'ran');
    const jobs = await startJobs(fresh.db, pino({ level: 'silent' }), { work: false });
    try {
      const counts = async (id: string) => ({
        runs: (await fresh.db.query('SELECT 1 FROM job_runs WHERE id = $1', [id])).rowCount,
        boss: (
          await fresh.db.query(
            `SELECT 1 FROM pgboss.job WHERE name = 'steward.test.intx' AND data->>'jobId' = $1`,
            [id],
          )
        ).rowCount,
      });
      let lost = '';
      await expect(
        fresh.db.tx(async (tx) => {
          lost = await jobs.enqueue({ companyId: null, kind: 'test.intx' }, tx);
          // Not visible outside the transaction before it commits: the worker cannot run it early.
          expect(await counts(lost)).toEqual({ runs: 0, boss: 0 });
          throw new Error('the business write failed');
        }),
      ).rejects.toThrow('the business write failed');
      expect(await counts(lost)).toEqual({ runs: 0, boss: 0 });

      const kept = await fresh.db.tx((tx) => jobs.enqueue({ companyId: null, kind: 'test.intx' }, tx));
      expect(await counts(kept)).toEqual({ runs: 1, boss: 1 });
    } finally {
      await jobs.stop();
    }
  });
});
