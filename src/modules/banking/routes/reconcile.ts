import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { formatMoney, parseMoney } from '../../../kernel/money.ts';
import { body, ctxOf, IdParam, json, noContent } from '../../../platform/http/helpers.ts';
import { defineRoute } from '../../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../../platform/http/types.ts';
import {
  AcceptInput,
  AutoMatchInput,
  AutoMatchResult,
  CandidateList,
  EntryFromLineInput,
  ManualMatchInput,
  ReconciliationList,
  ReconciliationReport,
  Reconciliation as ReconciliationView,
  StatementLineList,
} from '../contract.ts';
import { bankingText } from '../i18n.ts';
import { getBankAccount } from '../service/accounts.ts';
import { entryFromLine, listReconciliations, rejectReconciliation } from '../service/reconcile.ts';
import type { Reconciliation } from '../service/reconcile-ports.ts';
import { reconciliationReport } from '../service/report.ts';
import { linesByIds, openLines } from '../service/statements.ts';

export function registerReconcileRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: HttpDeps,
  { autoMatch, acceptReconciliations, candidatesFor, manualMatch, undoReconciliation }: Reconciliation,
): void {
  const { db } = deps;
  const tags = ['banking reconciliation'];
  const act = 'banking.reconcile';

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/banking/accounts/{id}/auto-match',
      permission: act,
      tags,
      summary: "Propose matches for the account's unreconciled lines (replaces earlier proposals)",
      request: { params: IdParam(), body: body(AutoMatchInput) },
      responses: json(AutoMatchResult),
    },
    async (c) =>
      c.json(await db.tx((tx) => autoMatch(tx, ctxOf(c), c.req.valid('param').id, c.req.valid('json'))), 200),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/banking/accounts/{id}/reconciliations',
      permission: 'banking.read',
      tags,
      summary:
        'Reconciliations of an account (?status=proposed for the workbench), strongest first, with lines, items and reasons',
      request: {
        params: IdParam(),
        query: z.object({ status: z.enum(['proposed', 'accepted', 'rejected', 'undone']).optional() }),
      },
      responses: json(ReconciliationList),
    },
    async (c) =>
      c.json(
        {
          items: await listReconciliations(db, ctxOf(c).companyId, {
            bankAccountId: c.req.valid('param').id,
            status: c.req.valid('query').status,
          }),
        },
        200,
      ),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/banking/accounts/{id}/candidates',
      permission: 'banking.read',
      tags,
      summary: 'Open items a line can be matched with by hand: invoices, bills, payments, ledger lines',
      request: { params: IdParam() },
      responses: json(CandidateList),
    },
    async (c) => {
      const { companyId } = ctxOf(c);
      const account = await getBankAccount(db, companyId, c.req.valid('param').id);
      const items = await db.tx((tx) => candidatesFor(tx, companyId, account.id));
      return c.json(
        {
          items: items.map(({ expectedMinor: _, openMinor, ...i }) => ({
            ...i,
            open: formatMoney({ amount: openMinor, currency: account.currency }),
          })),
        },
        200,
      );
    },
  );
  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/banking/accounts/{id}/open-lines',
      permission: 'banking.read',
      tags,
      summary: 'Statement lines of the account not reconciled yet, oldest first',
      request: { params: IdParam() },
      responses: json(StatementLineList),
    },
    async (c) => {
      const lines = await openLines(db, ctxOf(c).companyId, c.req.valid('param').id);
      return c.json({ items: lines.map(({ amountMinor: _, ...l }) => l) }, 200);
    },
  );
  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/banking/reconciliations/accept',
      permission: act,
      tags,
      summary: 'Accept proposed matches in bulk (records the receipts and payments)',
      request: { body: body(AcceptInput) },
      responses: json(ReconciliationList),
    },
    async (c) =>
      c.json(
        { items: await db.tx((tx) => acceptReconciliations(tx, ctxOf(c), c.req.valid('json').ids)) },
        200,
      ),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/banking/reconciliations/{id}/reject',
      permission: act,
      tags,
      summary: 'Reject a proposed match',
      request: { params: IdParam() },
      responses: noContent(),
    },
    async (c) => {
      await db.tx((tx) => rejectReconciliation(tx, ctxOf(c), c.req.valid('param').id));
      return c.body(null, 204);
    },
  );
  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/banking/reconciliations/{id}/undo',
      permission: act,
      tags,
      summary:
        'Undo an accepted reconciliation: void the payments and reverse the entries it created, free its lines',
      request: { params: IdParam(), body: body(z.object({ reason: z.string().max(500).optional() })) },
      responses: json(ReconciliationView),
    },
    async (c) =>
      c.json(
        await db.tx((tx) =>
          undoReconciliation(tx, ctxOf(c), c.req.valid('param').id, { reason: c.req.valid('json').reason }),
        ),
        200,
      ),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/banking/reconciliations/manual',
      permission: act,
      tags,
      summary: 'Match lines with items by hand and accept at once',
      request: { body: body(ManualMatchInput) },
      responses: json(ReconciliationView),
    },
    async (c) => {
      const input = c.req.valid('json');
      const result = await db.tx(async (tx) => {
        const [first] = await linesByIds(tx, ctxOf(c).companyId, input.lineIds.slice(0, 1));
        if (!first) throw bankingText.error('validation', 'error.noLines');
        return manualMatch(tx, ctxOf(c), {
          lineIds: input.lineIds,
          items: input.items.map((i) => ({
            kind: i.kind,
            id: i.id,
            amountMinor: i.amount ? parseMoney(i.amount, first.currency).amount : undefined,
          })),
        });
      });
      return c.json(result, 200);
    },
  );
  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/banking/lines/{id}/entry',
      permission: act,
      tags,
      summary: 'Book a statement line as a journal entry (bank fee, interest) and mark it reconciled',
      request: { params: IdParam(), body: body(EntryFromLineInput) },
      responses: json(ReconciliationView),
    },
    async (c) =>
      c.json(
        await db.tx((tx) => entryFromLine(tx, ctxOf(c), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/banking/statements/{id}/report',
      permission: 'banking.read',
      tags,
      summary: 'Reconciliation report of a statement: matched, unmatched, differences',
      request: { params: IdParam() },
      responses: json(ReconciliationReport),
    },
    async (c) => c.json(await reconciliationReport(db, ctxOf(c).companyId, c.req.valid('param').id), 200),
  );
}
