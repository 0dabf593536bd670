import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { runDueSchedules, scheduleJob } from './index.ts';

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
