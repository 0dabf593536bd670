import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { exportList } from '../../../platform/http/export.ts';
import { ctxOf, json } from '../../../platform/http/helpers.ts';
import { defineRoute } from '../../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../../platform/http/types.ts';
import { Day } from '../contract.ts';
import { accountRegister, balanceSheet, incomeStatement, trialBalance } from '../service/reports.ts';

const Format = z.enum(['json', 'csv', 'xlsx']).optional();
const once =
  <T>(items: T[]) =>
  async () => ({ items, nextCursor: null });

export function registerReportRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  const { db } = deps;
  const tags = ['ledger reports'];

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/ledger/reports/trial-balance',
      permission: 'ledger.read',
      tags,
      summary: 'Trial balance at the end of a day',
      request: { query: z.object({ asOf: Day, format: Format }) },
      responses: json(z.any()),
    },
    async (c) => {
      const { asOf, format } = c.req.valid('query');
      const tb = await trialBalance(db, ctxOf(c).companyId, asOf);
      if (format === 'csv' || format === 'xlsx') {
        return exportList<(typeof tb.rows)[number]>(
          c,
          format,
          `trial-balance-${asOf}`,
          [
            { header: 'code', value: (r) => r.code },
            { header: 'account', value: (r) => r.account },
            { header: 'debit', value: (r) => r.debit },
            { header: 'credit', value: (r) => r.credit },
          ],
          once(tb.rows),
        ) as never;
      }
      return c.json(tb, 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/ledger/reports/income-statement',
      permission: 'ledger.read',
      tags,
      summary: 'Income statement for a period',
      request: { query: z.object({ from: Day, to: Day, format: Format }) },
      responses: json(z.any()),
    },
    async (c) => {
      const { from, to, format } = c.req.valid('query');
      const is = await incomeStatement(db, ctxOf(c).companyId, from, to);
      if (format === 'csv' || format === 'xlsx') {
        return exportList<(typeof is.rows)[number]>(
          c,
          format,
          `income-statement-${from}-${to}`,
          [
            { header: 'code', value: (r) => r.code },
            { header: 'account', value: (r) => r.account },
            { header: 'amount', value: (r) => r.amount },
          ],
          once(is.rows),
        ) as never;
      }
      return c.json(is, 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/ledger/reports/balance-sheet',
      permission: 'ledger.read',
      tags,
      summary: 'Balance sheet at the end of a day',
      request: { query: z.object({ asOf: Day, format: Format }) },
      responses: json(z.any()),
    },
    async (c) => {
      const { asOf, format } = c.req.valid('query');
      const bs = await balanceSheet(db, ctxOf(c).companyId, asOf);
      if (format === 'csv' || format === 'xlsx') {
        return exportList<(typeof bs.rows)[number]>(
          c,
          format,
          `balance-sheet-${asOf}`,
          [
            { header: 'section', value: (r) => r.section },
            { header: 'code', value: (r) => r.code },
            { header: 'account', value: (r) => r.account },
            { header: 'amount', value: (r) => r.amount },
          ],
          once(bs.rows),
        ) as never;
      }
      return c.json(bs, 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/ledger/reports/register/{accountId}',
      permission: 'ledger.read',
      tags,
      summary: "An account's lines with running balance",
      request: {
        params: z.object({ accountId: z.string().max(100) }),
        query: z.object({
          from: Day.optional(),
          to: Day.optional(),
          limit: z.coerce.number().int().min(1).max(500).optional(),
          cursor: z.string().max(500).optional(),
        }),
      },
      responses: json(z.any()),
    },
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await accountRegister(db, ctxOf(c).companyId, c.req.valid('param').accountId, {
          ...q,
          limit: q.limit ?? 100,
        }),
        200,
      );
    },
  );
}
