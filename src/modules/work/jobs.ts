import { SYSTEM_ACTOR } from '../../platform/context.ts';
import type { Sql } from '../../platform/db/index.ts';
import { registerJob, scheduleJob } from '../../platform/jobs/index.ts';
import { allCompanyIds } from '../org/index.ts';
import { maintainApprovals } from './service/delegation.ts';
import { sendDigests } from './service/notify.ts';
import { escalateOverdue, runSchedules } from './service/queues.ts';

/**
 * Background jobs of the module, per company (or every company when enqueued without one):
 * `work.approvals` reroutes requests of deactivated approvers and expires/escalates late ones;
 * `work.digest` sends the daily digests; `work.tasks` creates scheduled tasks (RRULE) and escalates overdue
 * tasks to their department's manager.
 */
async function companies(job: { companyId: string | null; db: Sql }) {
  return job.companyId ? [job.companyId] : await allCompanyIds(job.db);
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

registerJob('work.tasks', async (payload, job) => {
  const through = typeof payload.through === 'string' ? payload.through : undefined;
  const out: Record<string, { created: number; escalated: number }> = {};
  for (const companyId of await companies(job)) {
    const ctx = { actor: SYSTEM_ACTOR, companyId, requestId: job.jobId };
    out[companyId] = {
      created: await runSchedules(job.db, ctx, through),
      escalated: await escalateOverdue(job.db, ctx),
    };
  }
  return out;
});

// How often the worker runs them across all companies (see platform/jobs `scheduleJob`).
scheduleJob('work.approvals', 5 * 60);
scheduleJob('work.tasks', 5 * 60);
scheduleJob('work.digest', 24 * 60 * 60);
