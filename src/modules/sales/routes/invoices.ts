import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { formatMoney } from '../../../kernel/money.ts';
import { authorize } from '../../../platform/access/index.ts';
import { exportList } from '../../../platform/http/export.ts';
import { body, ctxOf, IdParam, json, noContent, principalOf } from '../../../platform/http/helpers.ts';
import { defineRoute } from '../../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../../platform/http/types.ts';
import {
  BatchIssued,
  BatchIssueInput,
  CreditNoteInput,
  DraftInput,
  EmailInput,
  InvoiceDetail,
  InvoiceFilter,
  InvoicePage,
  InvoiceView,
  IssueInput,
  MailQueued,
  OpenReceivables,
} from '../contract.ts';
import { createCreditNote } from '../service/credit-note.ts';
import { documentPdf, documentUbl, emailInvoice } from '../service/documents.ts';
import { duplicateInvoice } from '../service/duplicate.ts';
import { createDraft, deleteDraft, getInvoice, updateDraft } from '../service/invoices.ts';
import type { SalesIssuing } from '../service/issue.ts';
import { invoiceTotals, listInvoices } from '../service/list.ts';
import { openReceivables, settlementsOf } from '../service/settlements.ts';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Invoices and credit notes: drafts, issue (one or a batch), credit notes, open items. */
export function registerInvoiceRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: HttpDeps,
  { issueInvoices }: SalesIssuing,
): void {
  const { db } = deps;
  const tags = ['sales'];

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/sales/invoices',
      permission: 'sales.read',
      tags,
      summary:
        'Invoices and credit notes, newest first or by `sort` (status: draft, issued, partially_paid, paid, credited, open, overdue; issue dates from/to); the first page carries the totals of the whole filtered set per currency',
      request: { query: InvoiceFilter },
      responses: json(InvoicePage),
    },
    async (c) => {
      const { format, cursor, limit, ...filter } = c.req.valid('query');
      const companyId = ctxOf(c).companyId;
      if (format === 'csv' || format === 'xlsx')
        return exportList<z.output<typeof InvoiceView>>(
          c,
          format,
          'invoices',
          [
            { header: 'number', value: (i) => i.number },
            { header: 'kind', value: (i) => i.kind, words: true },
            { header: 'status', value: (i) => i.status, words: true },
            { header: 'customer', value: (i) => i.customer },
            { header: 'issue_date', value: (i) => i.issueDate, kind: 'date' },
            { header: 'due_date', value: (i) => i.dueDate, kind: 'date' },
            { header: 'currency', value: (i) => i.currency },
            { header: 'net', value: (i) => i.net, kind: 'money', currency: (i) => i.currency },
            { header: 'tax', value: (i) => i.tax, kind: 'money', currency: (i) => i.currency },
            { header: 'total', value: (i) => i.total, kind: 'money', currency: (i) => i.currency },
            { header: 'paid', value: (i) => i.paid, kind: 'money', currency: (i) => i.currency },
            { header: 'open', value: (i) => i.open, kind: 'money', currency: (i) => i.currency },
            { header: 'id', value: (i) => i.id },
            { header: 'overdue_days', value: (i) => i.daysOverdue, kind: 'number' },
          ],
          (cur, lim) => listInvoices(db, companyId, filter, cur, lim),
          { labels: true },
        ) as never;
      const page = await listInvoices(db, companyId, filter, cursor, limit ?? 50);
      if (cursor) return c.json(page, 200);
      const totals = (await invoiceTotals(db, companyId, filter)).map((t) => ({
        currency: t.currency,
        count: t.count,
        total: formatMoney({ amount: t.totalMinor, currency: t.currency }),
        open: formatMoney({ amount: t.openMinor, currency: t.currency }),
      }));
      return c.json({ ...page, totals }, 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/sales/invoices',
      permission: 'sales.manage',
      tags,
      summary: 'Create a draft invoice (no number until it is issued)',
      request: { body: body(DraftInput) },
      responses: json(InvoiceView, 'Created', 201),
    },
    async (c) =>
      c.json(
        await db.tx((tx) => createDraft(tx, ctxOf(c), { ...c.req.valid('json'), kind: 'invoice' })),
        201,
      ),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/sales/invoices/{id}',
      permission: 'sales.read',
      tags,
      summary: 'One invoice or credit note (by id or number) with lines, tax breakdown and settlements',
      request: { params: IdParam() },
      responses: json(InvoiceDetail),
    },
    async (c) => {
      const companyId = ctxOf(c).companyId;
      const inv = await getInvoice(db, companyId, c.req.valid('param').id);
      const settlements = (await settlementsOf(db, companyId, inv.id)).map((s) => ({
        settlementId: s.settlementId,
        amount: formatMoney({ amount: s.amountMinor, currency: inv.currency }),
        date: s.date,
        reversedAt: s.reversedAt,
      }));
      return c.json({ ...inv, settlements }, 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'put',
      path: '/sales/invoices/{id}',
      permission: 'sales.manage',
      tags,
      summary: 'Replace a draft (send version to refuse overwriting someone else’s change)',
      request: { params: IdParam(), body: body(DraftInput.extend({ version: z.number().int().optional() })) },
      responses: json(InvoiceView),
    },
    async (c) =>
      c.json(
        await db.tx((tx) => updateDraft(tx, ctxOf(c), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'delete',
      path: '/sales/invoices/{id}',
      permission: 'sales.manage',
      tags,
      summary: 'Delete a draft (issued documents are credited, never deleted)',
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
      path: '/sales/invoices/{id}/issue',
      permission: 'sales.issue',
      tags,
      summary:
        'Issue a draft: legal number, buyer snapshot, exchange rate, posting (send an Idempotency-Key)',
      request: { params: IdParam(), body: body(IssueInput) },
      responses: json(InvoiceView),
    },
    async (c) => {
      const ctx = ctxOf(c);
      const id = c.req.valid('param').id;
      await db.tx((tx) => issueInvoices(tx, ctx, [id], c.req.valid('json')));
      return c.json(await getInvoice(db, ctx.companyId, id), 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/sales/invoices/issue-batch',
      permission: 'sales.issue',
      tags,
      summary: 'Issue up to 10,000 drafts at once, all or nothing, numbered in creation order',
      request: { body: body(BatchIssueInput) },
      responses: json(BatchIssued),
    },
    async (c) => {
      const { ids, issueDate } = c.req.valid('json');
      const out = await db.tx((tx) => issueInvoices(tx, ctxOf(c), ids, { issueDate }));
      return c.json(
        {
          issued: out.length,
          items: out.map((o) => ({ id: o.id, number: o.number, issueDate: o.issueDate })),
        },
        200,
      );
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/sales/invoices/{id}/duplicate',
      permission: 'sales.manage',
      tags,
      summary:
        'A new draft invoice like this one: same customer, currency and lines, dated today with the same payment term',
      request: { params: IdParam() },
      responses: json(InvoiceView, 'Created', 201),
    },
    async (c) => {
      const ctx = ctxOf(c);
      const today = new Date().toISOString().slice(0, 10);
      const copy = await db.tx((tx) => duplicateInvoice(tx, ctx, c.req.valid('param').id, today));
      return c.json(copy, 201);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/sales/invoices/{id}/credit-note',
      permission: 'sales.manage',
      tags,
      summary:
        'Credit an issued invoice in full (no lines) or in part; issue: true issues it at once (needs sales.issue)',
      request: { params: IdParam(), body: body(CreditNoteInput) },
      responses: json(InvoiceView, 'Created', 201),
    },
    async (c) => {
      const ctx = ctxOf(c);
      const input = c.req.valid('json');
      if (input.issue) authorize(principalOf(c), 'sales.issue');
      const cn = await db.tx(async (tx) => {
        const draft = await createCreditNote(tx, ctx, c.req.valid('param').id, input);
        if (input.issue) await issueInvoices(tx, ctx, [draft.id], { issueDate: input.issueDate });
        return draft;
      });
      return c.json(await getInvoice(db, ctx.companyId, cn.id), 201);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/sales/invoices/{id}/pdf',
      permission: 'sales.read',
      tags,
      summary: 'The PDF of an issued invoice or credit note (lang: en, cs, es; default the buyer’s)',
      request: { params: IdParam(), query: z.object({ lang: z.enum(['en', 'cs', 'es']).optional() }) },
      responses: {
        200: {
          description: 'PDF',
          content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
        },
      },
    },
    async (c) => {
      const { number, pdf } = await db.tx((tx) =>
        documentPdf(tx, ctxOf(c), c.req.valid('param').id, c.req.valid('query').lang),
      );
      return c.body(new Uint8Array(pdf), 200, {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `attachment; filename="${number.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf"`,
      }) as never;
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/sales/invoices/{id}/ubl',
      permission: 'sales.read',
      tags,
      summary: 'The UBL 2.1 / Peppol BIS Billing 3.0 XML of an issued invoice or credit note',
      request: { params: IdParam() },
      responses: {
        200: {
          description: 'UBL XML',
          content: { 'application/xml': { schema: z.string().openapi({ description: 'UBL 2.1 XML' }) } },
        },
      },
    },
    async (c) => {
      const { number, xml } = await documentUbl(db, ctxOf(c).companyId, c.req.valid('param').id);
      return c.body(xml, 200, {
        'Content-Type': 'application/xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="${number.replace(/[^A-Za-z0-9._-]/g, '_')}.xml"`,
      }) as never;
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/sales/invoices/{id}/email',
      permission: 'sales.manage',
      tags,
      summary: 'E-mail an issued invoice to the customer (or "to"), in the customer’s language',
      request: { params: IdParam(), body: body(EmailInput) },
      responses: json(MailQueued),
    },
    async (c) =>
      c.json(
        await db.tx((tx) => emailInvoice(tx, ctxOf(c), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/sales/open-items',
      permission: 'sales.read',
      tags,
      summary: 'Open receivables (invoices positive, credit notes negative), optionally as of a date',
      request: {
        query: z.object({
          asOf: Day.optional(),
          partyId: z.string().max(100).optional(),
          currency: z.string().length(3).optional(),
        }),
      },
      responses: json(OpenReceivables),
    },
    async (c) => {
      const items = await openReceivables(db, ctxOf(c).companyId, c.req.valid('query'));
      return c.json(
        {
          items: items.map((i) => ({
            ...i,
            total: formatMoney({ amount: i.totalMinor, currency: i.currency }),
            open: formatMoney({ amount: i.openMinor, currency: i.currency }),
            totalMinor: String(i.totalMinor),
            openMinor: String(i.openMinor),
          })),
        },
        200,
      );
    },
  );
}
