import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { body, ctxOf, IdParam, json, noContent } from '../../../platform/http/helpers.ts';
import { defineRoute } from '../../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../../platform/http/types.ts';
import { Day, LineInput, Recurring, RecurringRun } from '../contract.ts';
import {
  createRecurring,
  deleteRecurring,
  getRecurring,
  listRecurring,
  runRecurring,
  updateRecurring,
} from '../service/recurring.ts';

/** Recurring entries: CRUD and running them now (the `ledger.recurring` job does the same on schedule). */
export const RecurringInput = z.object({
  name: z.string().trim().min(1).max(200),
  rrule: z.string().min(1).max(1000),
  startDate: Day,
  description: z.string().max(1000),
  reference: z.string().max(200).nullable().optional(),
  lines: z.array(LineInput).min(2).max(1000),
  post: z.boolean().optional(),
  active: z.boolean().optional(),
});

export function registerRecurringRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  const { db } = deps;
  const tags = ['ledger recurring'];

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/ledger/recurring',
      permission: 'ledger.read',
      tags,
      summary: 'Recurring entries',
      responses: json(z.object({ items: z.array(Recurring), nextCursor: z.null() })),
    },
    async (c) => c.json({ items: await listRecurring(db, ctxOf(c).companyId), nextCursor: null }, 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/ledger/recurring',
      permission: 'ledger.post',
      tags,
      summary: 'Create a recurring entry (RFC 5545 RRULE)',
      request: { body: body(RecurringInput) },
      responses: json(Recurring, 'Created', 201),
    },
    async (c) => c.json(await db.tx((tx) => createRecurring(tx, ctxOf(c), c.req.valid('json'))), 201),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/ledger/recurring/run',
      permission: 'ledger.post',
      tags,
      summary:
        'Generate every due occurrence of the active recurring entries (through a date, default today)',
      request: { body: body(z.object({ through: Day.optional() })) },
      responses: json(RecurringRun),
    },
    async (c) => c.json(await runRecurring(db, ctxOf(c), { through: c.req.valid('json').through }), 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/ledger/recurring/{id}',
      permission: 'ledger.read',
      tags,
      summary: 'A recurring entry',
      request: { params: IdParam() },
      responses: json(Recurring),
    },
    async (c) => c.json(await getRecurring(db, ctxOf(c).companyId, c.req.valid('param').id), 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'patch',
      path: '/ledger/recurring/{id}',
      permission: 'ledger.post',
      tags,
      summary: 'Change or deactivate a recurring entry',
      request: { params: IdParam(), body: body(RecurringInput.partial()) },
      responses: json(Recurring),
    },
    async (c) =>
      c.json(
        await db.tx((tx) => updateRecurring(tx, ctxOf(c), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'delete',
      path: '/ledger/recurring/{id}',
      permission: 'ledger.post',
      tags,
      summary: 'Delete a recurring entry that never generated anything',
      request: { params: IdParam() },
      responses: noContent(),
    },
    async (c) => {
      await db.tx((tx) => deleteRecurring(tx, ctxOf(c), c.req.valid('param').id));
      return c.body(null, 204);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/ledger/recurring/{id}/run',
      permission: 'ledger.post',
      tags,
      summary: 'Generate the due occurrences of one recurring entry',
      request: { params: IdParam(), body: body(z.object({ through: Day.optional() })) },
      responses: json(RecurringRun),
    },
    async (c) =>
      c.json(
        await runRecurring(db, ctxOf(c), {
          through: c.req.valid('json').through,
          templateId: c.req.valid('param').id,
        }),
        200,
      ),
  );
}
