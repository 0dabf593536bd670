import { SYSTEM_ACTOR } from '../../platform/context.ts';
import { registerJob } from '../../platform/jobs/index.ts';
import { maintainApprovals } from './service/delegation.ts';
import { sendDigests } from './service/notify.ts';

/**
 * Background jobs of the module, per company (or every company when enqueued without one):
 * `work.approvals` reroutes requests of deactivated approvers and expires/escalates late ones;
 * `work.digest` sends the daily digests.
 */
async function companies(job: {
  companyId: string | null;
  db: { query: (q: string) => Promise<{ rows: { id: string }[] }> };
}) {
  return job.companyId
    ? [job.companyId]
    : (await job.db.query('SELECT id FROM companies ORDER BY id')).rows.map((r) => r.id);
}

registerJob('work.approvals', async (_payload, job) => {
  const out: Record<string, unknown> = {};
  for (const companyId of await companies(job))
    out[companyId] = await maintainApprovals(job.db, {
      actor: SYSTEM_ACTOR,
      companyId,
      requestId: job.jobId,
    });
  return out;
});

registerJob('work.digest', async (_payload, job) => {
  const out: Record<string, number> = {};
  for (const companyId of await companies(job)) out[companyId] = await sendDigests(job.db, companyId);
  return out;
});
