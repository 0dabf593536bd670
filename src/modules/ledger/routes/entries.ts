import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { authorize } from '../../../platform/access/index.ts';
import { listOrExport } from '../../../platform/http/export.ts';
import {
  body,
  ctxOf,
  IdParam,
  json,
  ListQuery,
  noContent,
  principalOf,
} from '../../../platform/http/helpers.ts';
import { defineRoute } from '../../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../../platform/http/types.ts';
import { BatchInput, Day, Entry, EntryInput, EntrySummary, NewEntry, ReverseInput } from '../contract.ts';
import {
  deleteDraft,
  getEntry,
  listEntries,
  postDraft,
  reverseEntry,
  saveDraft,
  submitDraft,
} from '../service/entries.ts';
import { postEntries } from '../service/posting.ts';

const Posted = z.object({
  id: z.string(),
  number: z.string().nullable(),
  date: z.string(),
  description: z.string(),
  reference: z.string().nullable(),
  status: z.enum(['posted', 'pending_approval']),
  approvalRequestId: z.string().optional(),
});

export function registerEntryRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  const { db } = deps;
  const tags = ['ledger'];

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/ledger/entries',
      permission: 'ledger.read',
      tags,
      summary: 'The journal, newest first',
      request: {
        query: ListQuery.extend({
          status: z.enum(['draft', 'pending_approval', 'posted']).optional(),
          from: Day.optional(),
          to: Day.optional(),
          q: z.string().max(200).optional(),
          accountId: z.string().max(100).optional(),
        }),
      },
      responses: json(z.object({ items: z.array(EntrySummary), nextCursor: z.string().nullable() })),
    },
    async (c) => {
      const { limit, cursor, format, ...filter } = c.req.valid('query');
      const companyId = ctxOf(c).companyId;
      return listOrExport(
        c,
        { limit, cursor, format },
        'journal',
        (cur, lim) => listEntries(db, companyId, filter, { limit: lim, cursor: cur }),
        [
          { header: 'number', value: (e) => e.number },
          { header: 'date', value: (e) => e.date, kind: 'date' },
          { header: 'description', value: (e) => e.description },
          { header: 'reference', value: (e) => e.reference },
          { header: 'status', value: (e) => e.status, words: true },
          { header: 'total', value: (e) => e.total, kind: 'money' },
          { header: 'id', value: (e) => e.id },
        ],
        { labels: true },
      ) as never;
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/ledger/entries',
      permission: 'ledger.entries.draft',
      tags,
      summary: 'Save a draft entry (with post: true, post it at once — needs ledger.post)',
      request: { body: body(NewEntry) },
      responses: json(Entry, 'Created', 201),
    },
    async (c) => {
      const { post, ...input } = c.req.valid('json');
      const ctx = ctxOf(c);
      if (post) {
        authorize(principalOf(c), 'ledger.post');
        const [posted] = await db.tx((tx) => postEntries(tx, ctx, [input]));
        return c.json(await getEntry(db, ctx.companyId, posted!.id), 201);
      }
      return c.json(await db.tx((tx) => saveDraft(tx, ctx, input)), 201);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/ledger/entries/batch',
      permission: 'ledger.post',
      tags,
      summary: 'Post up to 10,000 entries at once, all or nothing (send an Idempotency-Key)',
      request: { body: body(BatchInput) },
      responses: json(z.object({ posted: z.number(), entries: z.array(Posted) }), 'Created', 201),
    },
    async (c) => {
      const { entries } = c.req.valid('json');
      const posted = await db.tx((tx) => postEntries(tx, ctxOf(c), entries));
      return c.json({ posted: posted.length, entries: posted }, 201);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/ledger/entries/{id}',
      permission: 'ledger.read',
      tags,
      summary: 'One entry with its lines',
      request: { params: IdParam() },
      responses: json(Entry),
    },
    async (c) => c.json(await getEntry(db, ctxOf(c).companyId, c.req.valid('param').id), 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'put',
      path: '/ledger/entries/{id}',
      permission: 'ledger.entries.draft',
      tags,
      summary: 'Replace a draft',
      request: { params: IdParam(), body: body(EntryInput) },
      responses: json(Entry),
    },
    async (c) =>
      c.json(await db.tx((tx) => saveDraft(tx, ctxOf(c), c.req.valid('json'), c.req.valid('param').id)), 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'delete',
      path: '/ledger/entries/{id}',
      permission: 'ledger.entries.draft',
      tags,
      summary: 'Delete an unposted entry',
      request: { params: IdParam() },
      responses: noContent(),
    },
    async (c) => {
      await db.tx((tx) => deleteDraft(tx, ctxOf(c), c.req.valid('param').id));
      return c.body(null, 204);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/ledger/entries/{id}/submit',
      permission: 'ledger.entries.draft',
      tags,
      summary: 'Submit a draft for approval',
      request: { params: IdParam() },
      responses: json(Entry),
    },
    async (c) => c.json(await db.tx((tx) => submitDraft(tx, ctxOf(c), c.req.valid('param').id)), 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/ledger/entries/{id}/post',
      permission: 'ledger.post',
      tags,
      summary: 'Post a draft or submitted entry',
      request: { params: IdParam() },
      responses: json(Entry),
    },
    async (c) => {
      const ctx = ctxOf(c);
      const posted = await db.tx((tx) => postDraft(tx, ctx, c.req.valid('param').id));
      return c.json(await getEntry(db, ctx.companyId, posted.id), 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/ledger/entries/{id}/reverse',
      permission: 'ledger.post',
      tags,
      summary: 'Reverse a posted entry on a date',
      request: { params: IdParam(), body: body(ReverseInput) },
      responses: json(z.object({ reversal: Posted, copy: Entry.nullable() }), 'Created', 201),
    },
    async (c) => {
      const { date, correctedCopy } = c.req.valid('json');
      return c.json(
        await db.tx((tx) =>
          reverseEntry(tx, ctxOf(c), c.req.valid('param').id, date, {
            correctedCopy: correctedCopy ?? false,
          }),
        ),
        201,
      );
    },
  );
}
