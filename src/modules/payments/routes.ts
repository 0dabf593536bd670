import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { formatMoney, parseMoney } from '../../kernel/money.ts';
import { exportList } from '../../platform/http/export.ts';
import { body, ctxOf, IdParam, json } from '../../platform/http/helpers.ts';
import { defineRoute } from '../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../platform/http/types.ts';
import {
  CreditBalanceList,
  OpenItemList,
  OpenItemsQuery,
  Payment,
  PaymentBankAccountList,
  PaymentFilterQuery,
  PaymentInput,
  PaymentPage,
  PaymentRun,
  PaymentRunPage,
  PaymentSettings,
  RunFilterQuery,
  RunInput,
  RunItemPatch,
  SettingsInput,
  VoidInput,
} from './contract.ts';
import { creditBalances, getPayment, listPayments, type PaymentView } from './service/payments.ts';
import type { PaymentFlows } from './service/ports.ts';
import { cancelRun, getRun, listRuns, type RunView, readRunFile, updateRunItem } from './service/runs.ts';

/** A run as JSON: items without their bigint amounts (the decimal strings are there). */
const runJson = (r: RunView) => ({ ...r, items: r.items.map(({ amountMinor: _m, ...i }) => i) });

/** Payments, customer credit, payment settings, and payment runs with their bank files. */
export function registerPaymentRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps, flows: PaymentFlows): void {
  const { db } = deps;
  const tags = ['payments'];
  const runTags = ['payment runs'];
  const route = defineRoute;

  route(
    app,
    deps,
    {
      method: 'get',
      path: '/payments',
      permission: 'payments.read',
      tags,
      summary: 'Payments, newest first (filter by kind, party, bank account, status); ?format=csv|xlsx',
      request: { query: PaymentFilterQuery },
      responses: json(PaymentPage),
    },
    async (c) => {
      const { format, ...f } = c.req.valid('query');
      const companyId = ctxOf(c).companyId;
      if (format === 'csv' || format === 'xlsx') {
        return exportList<PaymentView>(
          c,
          format,
          'payments',
          [
            { header: 'number', value: (p) => p.number },
            { header: 'kind', value: (p) => p.kind, words: true },
            { header: 'date', value: (p) => p.date, kind: 'date' },
            { header: 'party', value: (p) => p.partyName },
            { header: 'currency', value: (p) => p.currency },
            { header: 'amount', value: (p) => p.amount, kind: 'money', currency: (p) => p.currency },
            { header: 'credit', value: (p) => p.credit, kind: 'money', currency: (p) => p.currency },
            { header: 'write_off', value: (p) => p.writeOff, kind: 'money', currency: (p) => p.currency },
            { header: 'reference', value: (p) => p.reference },
            { header: 'status', value: (p) => p.status, words: true },
          ],
          (cursor, limit) => listPayments(db, companyId, { ...f, cursor, limit }),
          { labels: true },
        ) as never;
      }
      return c.json(await listPayments(db, companyId, f), 200);
    },
  );

  route(
    app,
    deps,
    {
      method: 'post',
      path: '/payments',
      permission: 'payments.manage',
      tags,
      summary:
        'Record a receipt, vendor payment, refund or application of credit with its allocations (Idempotency-Key)',
      request: { body: body(PaymentInput) },
      responses: json(Payment, 'Recorded', 201),
    },
    async (c) => c.json(await db.tx((tx) => flows.recordPayment(tx, ctxOf(c), c.req.valid('json'))), 201),
  );

  route(
    app,
    deps,
    {
      method: 'post',
      path: '/payments/{id}/void',
      permission: 'payments.manage',
      tags,
      summary: 'Void a payment: reverse its entry and settlements (documents reopen)',
      request: { params: IdParam(), body: body(VoidInput) },
      responses: json(Payment),
    },
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await db.tx((tx) => flows.voidPayment(tx, ctxOf(c), id, c.req.valid('json'))), 200);
    },
  );

  route(
    app,
    deps,
    {
      method: 'get',
      path: '/payments/open-items',
      permission: 'payments.read',
      tags,
      summary: 'Open invoices (receivables) or bills (payables) a payment can settle',
      request: { query: OpenItemsQuery },
      responses: json(OpenItemList),
    },
    async (c) => {
      const { side, ...f } = c.req.valid('query');
      const items = await db.tx((tx) => flows.openItems(tx, ctxOf(c).companyId, side, f));
      return c.json(
        {
          // Each document in its own currency's decimals (JPY none, BHD three): the kernel's formatting.
          items: items.map(({ totalMinor, openMinor, ...i }) => ({
            ...i,
            total: formatMoney({ amount: totalMinor, currency: i.currency }),
            open: formatMoney({ amount: openMinor, currency: i.currency }),
          })),
        },
        200,
      );
    },
  );

  route(
    app,
    deps,
    {
      method: 'get',
      path: '/payments/bank-accounts',
      permission: 'payments.read',
      tags,
      summary: 'Active company bank accounts a payment can move through (id, name, currency)',
      responses: json(PaymentBankAccountList),
    },
    async (c) => c.json({ items: await db.tx((tx) => flows.bankAccounts(tx, ctxOf(c).companyId)) }, 200),
  );

  route(
    app,
    deps,
    {
      method: 'get',
      path: '/payments/credit',
      permission: 'payments.read',
      tags,
      summary: "Customers' credit balances (over-payments not yet applied or refunded)",
      request: { query: z.object({ partyId: z.string().max(100).optional() }) },
      responses: json(CreditBalanceList),
    },
    async (c) =>
      c.json({ items: await creditBalances(db, ctxOf(c).companyId, c.req.valid('query').partyId) }, 200),
  );

  route(
    app,
    deps,
    {
      method: 'get',
      path: '/payments/settings',
      permission: 'payments.read',
      tags,
      summary: 'Write-off account and limit, customer credit and vendor advance accounts',
      responses: json(PaymentSettings),
    },
    async (c) => c.json(await db.tx((tx) => flows.settings(tx, ctxOf(c).companyId)), 200),
  );

  route(
    app,
    deps,
    {
      method: 'put',
      path: '/payments/settings',
      permission: 'payments.settings',
      tags,
      summary: 'Change the write-off account and limit and the credit accounts',
      request: { body: body(SettingsInput) },
      responses: json(PaymentSettings),
    },
    async (c) => c.json(await db.tx((tx) => flows.saveSettings(tx, ctxOf(c), c.req.valid('json'))), 200),
  );

  route(
    app,
    deps,
    {
      method: 'get',
      path: '/payments/{id}',
      permission: 'payments.read',
      tags,
      summary: 'One payment with its allocations',
      request: { params: IdParam() },
      responses: json(Payment),
    },
    async (c) => c.json(await getPayment(db, ctxOf(c).companyId, c.req.valid('param').id), 200),
  );

  // Payment runs --------------------------------------------------------------------------------------------

  route(
    app,
    deps,
    {
      method: 'get',
      path: '/payment-runs',
      permission: 'banking.payment_runs.read',
      tags: runTags,
      summary: 'Payment runs, newest first',
      request: { query: RunFilterQuery },
      responses: json(PaymentRunPage),
    },
    async (c) => c.json(await listRuns(db, ctxOf(c).companyId, c.req.valid('query')), 200),
  );

  route(
    app,
    deps,
    {
      method: 'post',
      path: '/payment-runs',
      permission: 'banking.payment_runs.manage',
      tags: runTags,
      summary: 'Propose a run: open bills due by a day (optionally one vendor) in the bank account currency',
      request: { body: body(RunInput) },
      responses: json(PaymentRun, 'Proposed', 201),
    },
    async (c) =>
      c.json(runJson(await db.tx((tx) => flows.proposeRun(tx, ctxOf(c), c.req.valid('json')))), 201),
  );

  route(
    app,
    deps,
    {
      method: 'get',
      path: '/payment-runs/{id}',
      permission: 'banking.payment_runs.read',
      tags: runTags,
      summary: 'One run with its items',
      request: { params: IdParam() },
      responses: json(PaymentRun),
    },
    async (c) => c.json(runJson(await getRun(db, ctxOf(c).companyId, c.req.valid('param').id)), 200),
  );

  route(
    app,
    deps,
    {
      method: 'patch',
      path: '/payment-runs/{id}/items/{itemId}',
      permission: 'banking.payment_runs.manage',
      tags: runTags,
      summary: 'Drop a bill from the proposal or change the amount paid',
      request: {
        params: z.object({ id: z.string().max(100), itemId: z.string().max(100) }),
        body: body(RunItemPatch),
      },
      responses: json(PaymentRun),
    },
    async (c) => {
      const { id, itemId } = c.req.valid('param');
      const p = c.req.valid('json');
      return c.json(
        await db.tx(async (tx) => {
          const run = await getRun(tx, ctxOf(c).companyId, id);
          return runJson(
            await updateRunItem(tx, ctxOf(c), id, itemId, {
              included: p.included,
              amountMinor: p.amount === undefined ? undefined : parseMoney(p.amount, run.currency).amount,
            }),
          );
        }),
        200,
      );
    },
  );

  route(
    app,
    deps,
    {
      method: 'post',
      path: '/payment-runs/{id}/release',
      permission: 'banking.payment_runs.manage',
      tags: runTags,
      summary:
        'Release (or submit for approval): pay the bills, post, write the bank file. Once only (Idempotency-Key)',
      request: { params: IdParam() },
      responses: json(PaymentRun),
    },
    async (c) =>
      c.json(runJson(await db.tx((tx) => flows.releaseRun(tx, ctxOf(c), c.req.valid('param').id))), 200),
  );

  route(
    app,
    deps,
    {
      method: 'post',
      path: '/payment-runs/{id}/cancel',
      permission: 'banking.payment_runs.manage',
      tags: runTags,
      summary: 'Cancel a draft run',
      request: { params: IdParam() },
      responses: json(PaymentRun),
    },
    async (c) => c.json(runJson(await db.tx((tx) => cancelRun(tx, ctxOf(c), c.req.valid('param').id))), 200),
  );

  route(
    app,
    deps,
    {
      method: 'get',
      path: '/payment-runs/{id}/file',
      permission: 'banking.payment_runs.file',
      tags: runTags,
      summary: 'Download the bank file of a released run (SEPA XML or NACHA); the read is audited',
      request: { params: IdParam() },
      responses: {
        200: {
          description: 'The bank file',
          content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
        },
      },
    },
    async (c) => {
      const file = await db.tx((tx) => readRunFile(tx, ctxOf(c), c.req.valid('param').id));
      return c.body(file.content, 200, {
        'Content-Type':
          file.format === 'sepa' ? 'application/xml; charset=utf-8' : 'text/plain; charset=us-ascii',
        'Content-Disposition': `attachment; filename="${file.name.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
        ETag: `"${file.sha256}"`,
      }) as never;
    },
  );
}
