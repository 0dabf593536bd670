import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { formatMoney } from '../../../kernel/money.ts';
import { exportList } from '../../../platform/http/export.ts';
import { body, ctxOf, IdParam, json } from '../../../platform/http/helpers.ts';
import { defineRoute } from '../../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../../platform/http/types.ts';
import { decide } from '../../work/index.ts';
import {
  Bill,
  BillDetail,
  BillFilter,
  BillInput,
  BillPage,
  OpenPayable,
  OpenPayablesQuery,
  PostInput,
  UblImportInput,
  UblImportResult,
  VoidInput,
} from '../contract.ts';
import { purchasingText } from '../i18n.ts';
import { type BillView, getBill, listBills, saveBill } from '../service/bills.ts';
import { duplicateBill } from '../service/duplicate.ts';
import { openPayables, settlementsOf } from '../service/settlements.ts';
import { importUbl } from '../service/ubl.ts';
import { type BillPosting, submitBill, voidBill } from '../service/workflow.ts';

const tags = ['purchasing'];

/** Vendor bills: list/export, create and edit drafts, submit, approve/reject, post, void, UBL import, open payables. */
export function registerBillRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: HttpDeps,
  { postBill }: BillPosting,
): void {
  const { db } = deps;

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/purchasing/bills',
      permission: 'purchasing.read',
      tags,
      summary:
        'Vendor bills, newest first (status: draft … paid, void, open, overdue, all); ?format=csv|xlsx',
      request: { query: BillFilter },
      responses: json(BillPage),
    },
    async (c) => {
      const { format, cursor, limit, ...filter } = c.req.valid('query');
      const companyId = ctxOf(c).companyId;
      if (format === 'csv' || format === 'xlsx')
        return exportList<BillView>(
          c,
          format,
          'bills',
          [
            { header: 'vendor', value: (b) => b.vendorName },
            { header: 'number', value: (b) => b.vendorInvoiceNumber },
            { header: 'status', value: (b) => b.status, words: true },
            { header: 'issue_date', value: (b) => b.issueDate, kind: 'date' },
            { header: 'due_date', value: (b) => b.dueDate, kind: 'date' },
            { header: 'currency', value: (b) => b.currency },
            { header: 'net', value: (b) => b.net, kind: 'money', currency: (b) => b.currency },
            { header: 'tax', value: (b) => b.tax, kind: 'money', currency: (b) => b.currency },
            { header: 'total', value: (b) => b.total, kind: 'money', currency: (b) => b.currency },
            { header: 'paid', value: (b) => b.paid, kind: 'money', currency: (b) => b.currency },
            { header: 'open', value: (b) => b.open, kind: 'money', currency: (b) => b.currency },
            { header: 'source', value: (b) => b.source },
            { header: 'id', value: (b) => b.id },
          ],
          (cur, lim) => listBills(db, companyId, filter, cur, lim),
          { labels: true },
        ) as never;
      return c.json(await listBills(db, companyId, filter, cursor, limit ?? 50), 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/purchasing/bills',
      permission: 'purchasing.manage',
      tags,
      summary:
        'Create a draft bill. A possible duplicate answers 409 with details.candidates; send confirmDuplicate: true to save anyway',
      request: { body: body(BillInput) },
      responses: json(Bill, 'Created', 201),
    },
    async (c) => c.json(await db.tx((tx) => saveBill(tx, ctxOf(c), c.req.valid('json'))), 201),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/purchasing/bills/{id}',
      permission: 'purchasing.read',
      tags,
      summary: 'One bill with its lines and settlements',
      request: { params: IdParam() },
      responses: json(BillDetail),
    },
    async (c) => {
      const companyId = ctxOf(c).companyId;
      const bill = await getBill(db, companyId, c.req.valid('param').id);
      const settlements = (await settlementsOf(db, companyId, bill.id)).map((s) => ({
        settlementId: s.settlementId,
        amount: formatMoney({ amount: s.amountMinor, currency: bill.currency }),
        date: s.date,
        reversedAt: s.reversedAt,
      }));
      return c.json({ ...bill, settlements }, 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'put',
      path: '/purchasing/bills/{id}',
      permission: 'purchasing.manage',
      tags,
      summary: 'Replace a draft bill (send version to refuse overwriting another change)',
      request: { params: IdParam(), body: body(BillInput) },
      responses: json(Bill),
    },
    async (c) =>
      c.json(
        await db.tx((tx) => saveBill(tx, ctxOf(c), c.req.valid('json'), { id: c.req.valid('param').id })),
        200,
      ),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/purchasing/bills/{id}/duplicate',
      permission: 'purchasing.manage',
      tags,
      summary:
        'A new draft bill like this one (vendor, currency, lines), dated today with the same payment term',
      request: { params: IdParam() },
      responses: json(Bill, 'Created', 201),
    },
    async (c) => {
      const today = new Date().toISOString().slice(0, 10);
      const copy = await db.tx((tx) => duplicateBill(tx, ctxOf(c), c.req.valid('param').id, today));
      return c.json(copy, 201);
    },
  );

  const action = (
    path: string,
    permission: string,
    summary: string,
    run: (
      tx: Parameters<Parameters<typeof db.tx>[0]>[0],
      ctx: ReturnType<typeof ctxOf>,
      id: string,
      body: Record<string, string | undefined>,
    ) => Promise<BillView>,
    schema: z.ZodObject = z.object({}),
  ) =>
    defineRoute(
      app,
      deps,
      {
        method: 'post',
        path: `/purchasing/bills/{id}/${path}`,
        permission,
        tags,
        summary,
        request: { params: IdParam(), body: body(schema) },
        responses: json(Bill),
      },
      async (c) => {
        const id = c.req.valid('param').id;
        const input = c.req.valid('json') as Record<string, string | undefined>;
        const out = await db.tx((tx) => run(tx, ctxOf(c), id, input));
        return c.json(out, 200);
      },
    );

  action(
    'submit',
    'purchasing.manage',
    'Submit a draft for approval (approved at once when no policy holds it)',
    (tx, ctx, id) => submitBill(tx, ctx, id),
  );
  action(
    'approve',
    'purchasing.approve',
    'Approve a submitted bill: decides its approval request (the maker cannot approve their own bill)',
    async (tx, ctx, id) => {
      const bill = await getBill(tx, ctx.companyId, id);
      if (bill.status !== 'submitted' || !bill.approvalRequestId)
        throw purchasingText.error('conflict', 'error.noApprovalWaiting', {
          status: bill.status,
          number: bill.vendorInvoiceNumber,
        });
      await decide(tx, ctx, bill.approvalRequestId, 'approve');
      return getBill(tx, ctx.companyId, id);
    },
  );
  action(
    'reject',
    'purchasing.approve',
    'Reject a submitted bill with a reason: it returns to draft',
    async (tx, ctx, id, input) => {
      const bill = await getBill(tx, ctx.companyId, id);
      if (bill.status !== 'submitted' || !bill.approvalRequestId)
        throw purchasingText.error('conflict', 'error.noApprovalWaiting', {
          status: bill.status,
          number: bill.vendorInvoiceNumber,
        });
      await decide(tx, ctx, bill.approvalRequestId, 'reject', input.reason ?? '');
      return getBill(tx, ctx.companyId, id);
    },
    VoidInput,
  );
  action(
    'post',
    'purchasing.approve',
    'Post an approved bill to the ledger (AP / expense or asset / input tax)',
    (tx, ctx, id, input) => postBill(tx, ctx, id, { date: input.date }),
    PostInput,
  );
  action(
    'void',
    'purchasing.manage',
    'Void a bill that is not posted, with a reason',
    (tx, ctx, id, input) => voidBill(tx, ctx, id, input.reason ?? ''),
    VoidInput,
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/purchasing/ubl-imports',
      permission: 'purchasing.manage',
      tags,
      summary:
        'Import a received UBL 2.1 / Peppol BIS 3.0 invoice as a draft bill (vendor by VAT id; createVendor to create it)',
      request: { body: body(UblImportInput) },
      responses: json(UblImportResult, 'Created', 201),
    },
    async (c) => c.json(await db.tx((tx) => importUbl(tx, ctxOf(c), c.req.valid('json'))), 201),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/purchasing/open-payables',
      permission: 'purchasing.read',
      tags,
      summary: 'Posted bills with an open amount, earliest due first (asOf, partyId, currency, dueBefore)',
      request: { query: OpenPayablesQuery },
      responses: json(z.object({ items: z.array(OpenPayable) })),
    },
    async (c) => {
      const items = await openPayables(db, ctxOf(c).companyId, c.req.valid('query'));
      return c.json(
        {
          items: items.map((i) => ({
            ...i,
            totalMinor: String(i.totalMinor),
            openMinor: String(i.openMinor),
            total: formatMoney({ amount: i.totalMinor, currency: i.currency }),
            open: formatMoney({ amount: i.openMinor, currency: i.currency }),
          })),
        },
        200,
      );
    },
  );
}
