import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { notFound } from '../../kernel/errors.ts';
import { listOrExport } from '../http/export.ts';
import { ctxOf, IdParam, JsonValue, json, ListQuery } from '../http/helpers.ts';
import { defineRoute } from '../http/route.ts';
import type { AppEnv, HttpDeps } from '../http/types.ts';
import { getJob, type Jobs, listJobs, registerJob } from '../jobs/index.ts';
import { listAuditEvents, verifyAuditChain } from './index.ts';

const AuditEvent = z
  .object({
    id: z.string(),
    seq: z.string(),
    occurredAt: z.string(),
    actorType: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    action: z.string(),
    changes: JsonValue,
    requestId: z.string().nullable(),
  })
  .openapi('AuditEvent');

const Job = z
  .object({
    id: z.string(),
    kind: z.string(),
    status: z.string(),
    progress: z.number(),
    message: z.string().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    result: JsonValue,
  })
  .openapi('Job');

registerJob('audit.verify', async (payload, ctx) => {
  const chain = typeof payload.chain === 'string' ? payload.chain : undefined;
  const result = await verifyAuditChain(ctx.db, {
    ...(chain ? { chain } : {}),
    onProgress: (checked, total) =>
      ctx.progress(total ? checked / total : 1, `${checked} of ${total} events checked`),
  });
  return result;
});

export function registerAuditRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: HttpDeps & { jobs: () => Jobs | null },
): void {
  const { db } = deps;

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/audit',
      permission: 'audit.read',
      tags: ['audit'],
      summary: 'The audit trail, newest first',
      request: {
        query: ListQuery.extend({
          actor: z.string().max(200).optional(),
          entityType: z.string().max(100).optional(),
          entityId: z.string().max(100).optional(),
          action: z.string().max(100).optional(),
          from: z.string().datetime({ offset: true }).or(z.string().date()).optional(),
          to: z.string().datetime({ offset: true }).or(z.string().date()).optional(),
        }),
      },
      responses: json(z.object({ items: z.array(AuditEvent), nextCursor: z.string().nullable() })),
    },
    async (c) => {
      const { limit, cursor, format, ...filter } = c.req.valid('query');
      const companyId = ctxOf(c).companyId;
      return listOrExport(
        c,
        { limit, cursor, format },
        'audit',
        (cur, lim) => listAuditEvents(db, companyId, filter, { limit: lim, cursor: cur }),
        [
          { header: 'seq', value: (e) => e.seq },
          { header: 'occurred_at', value: (e) => e.occurredAt },
          { header: 'actor', value: (e) => e.actorName },
          { header: 'actor_type', value: (e) => e.actorType },
          { header: 'entity_type', value: (e) => e.entityType },
          { header: 'entity_id', value: (e) => e.entityId },
          { header: 'action', value: (e) => e.action },
          { header: 'changes', value: (e) => JSON.stringify(e.changes) },
          { header: 'request_id', value: (e) => e.requestId },
          { header: 'id', value: (e) => e.id },
        ],
      ) as never;
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/audit/verify',
      permission: 'audit.verify',
      tags: ['audit'],
      summary: "Verify this company's audit chain (a job)",
      responses: json(z.object({ jobId: z.string() }), 'Accepted', 202 as never),
    },
    async (c) => {
      const ctx = ctxOf(c);
      const jobs = deps.jobs();
      if (!jobs) {
        const result = await verifyAuditChain(db, { chain: ctx.companyId });
        return c.json({ jobId: '', result }, 200 as never);
      }
      const jobId = await db.tx((tx) =>
        jobs.enqueue(
          {
            companyId: ctx.companyId,
            kind: 'audit.verify',
            payload: { chain: ctx.companyId },
            createdBy: ctx.actor.userId,
          },
          tx,
        ),
      );
      return c.json({ jobId }, 202 as never);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/jobs',
      permission: 'jobs.read',
      tags: ['jobs'],
      summary: 'Background jobs of the company',
      request: { query: ListQuery },
      responses: json(z.object({ items: z.array(Job), nextCursor: z.string().nullable() })),
    },
    async (c) => {
      const { limit, cursor } = c.req.valid('query');
      return c.json(await listJobs(db, ctxOf(c).companyId, { limit: limit ?? 50, cursor }), 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/jobs/{id}',
      permission: 'jobs.read',
      tags: ['jobs'],
      summary: 'One job and its progress',
      request: { params: IdParam() },
      responses: json(Job),
    },
    async (c) => {
      const job = await getJob(db, ctxOf(c).companyId, c.req.valid('param').id);
      if (!job) throw notFound('Job', c.req.valid('param').id);
      return c.json(job, 200);
    },
  );
}
