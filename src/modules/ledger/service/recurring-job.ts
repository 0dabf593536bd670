import { SYSTEM_ACTOR } from '../../../platform/context.ts';
import { registerJob, scheduleJob } from '../../../platform/jobs/index.ts';
import { type RunResult, runRecurring } from './recurring.ts';

/**
 * The `ledger.recurring` job: generates the due recurring entries of its company (or of every company with
 * active templates when enqueued without one), through `payload.through` or today, reporting progress.
 */
registerJob('ledger.recurring', async (payload, job) => {
  const through = typeof payload.through === 'string' ? payload.through : undefined;
  const companies = job.companyId
    ? [job.companyId]
    : (
        await job.db.query<{ company_id: string }>(
          'SELECT DISTINCT company_id FROM ledger_recurring_templates WHERE active ORDER BY company_id',
        )
      ).rows.map((r) => r.company_id);
  const results: Record<string, { generated: number; failures: RunResult['failures'] }> = {};
  for (const [k, companyId] of companies.entries()) {
    const r = await runRecurring(
      job.db,
      { actor: SYSTEM_ACTOR, companyId, requestId: null },
      {
        through,
        progress: (f, message) => job.progress((k + f) / companies.length, message),
      },
    );
    results[companyId] = { generated: r.generated.length, failures: r.failures };
  }
  return results;
});

// The worker generates due recurring entries every hour.
scheduleJob('ledger.recurring', 60 * 60);
