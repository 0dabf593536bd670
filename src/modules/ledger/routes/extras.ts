import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { exportList } from '../../../platform/http/export.ts';
import { body, ctxOf, IdParam, json } from '../../../platform/http/helpers.ts';
import { defineRoute } from '../../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../../platform/http/types.ts';
import {
  AccountImportReport,
  CashFlowStatement,
  CloseResult,
  ComparativeIncomeStatement,
  Day,
  ReopenResult,
} from '../contract.ts';
import { cashFlowStatement } from '../service/cashflow.ts';
import { applyTemplate, importAccounts } from '../service/chart.ts';
import { closeFiscalYear, reopenFiscalYear } from '../service/close.ts';
import { comparativeIncomeStatement } from '../service/comparative.ts';
import { readTable } from '../service/table-file.ts';
import { DimQuery, dimFilter } from './reports.ts';

/** Chart templates and account import, the cash-flow and comparative reports, and year-end close. */
const Format = z.enum(['json', 'csv', 'xlsx']).optional();
const once =
  <T>(items: T[]) =>
  async () => ({ items, nextCursor: null });

export const ImportInput = z.object({
  format: z.enum(['csv', 'xlsx']),
  /** CSV text, or the XLSX file in base64. */
  content: z.string().max(20_000_000),
  dryRun: z.boolean().optional(),
});

export function registerLedgerExtraRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  const { db } = deps;
  const tags = ['ledger'];

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/ledger/accounts/template',
      permission: 'ledger.accounts.manage',
      tags,
      summary: 'Start the chart of accounts from a template (generic, us, cz, es)',
      request: { body: body(z.object({ template: z.enum(['generic', 'us', 'cz', 'es']) })) },
      responses: json(z.object({ template: z.string(), created: z.number(), replaced: z.number() })),
    },
    async (c) => c.json(await db.tx((tx) => applyTemplate(tx, ctxOf(c), c.req.valid('json').template)), 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/ledger/accounts/import',
      permission: 'ledger.accounts.manage',
      tags,
      summary:
        'Import accounts from CSV/XLSX (code,name,type,subtype,parent,currency,name_en,name_cs,name_es,default_department,default_cost_centre,default_project,default_partner); dryRun checks only',
      request: { body: body(ImportInput) },
      responses: json(AccountImportReport),
    },
    async (c) => {
      const input = c.req.valid('json');
      const bytes =
        input.format === 'csv' ? Buffer.from(input.content, 'utf8') : Buffer.from(input.content, 'base64');
      const table = await readTable(input.format, bytes);
      return c.json(
        await db.tx((tx) => importAccounts(tx, ctxOf(c), table, { dryRun: input.dryRun ?? false })),
        200,
      );
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/ledger/reports/cash-flow',
      permission: 'ledger.read',
      tags: ['ledger reports'],
      summary: 'Cash-flow statement (direct or indirect); CSV columns section,code,account,amount',
      request: {
        query: z.object({
          from: Day,
          to: Day,
          method: z.enum(['direct', 'indirect']).optional(),
          format: Format,
          ...DimQuery,
        }),
      },
      responses: json(CashFlowStatement),
    },
    async (c) => {
      const { from, to, method, format, ...q } = c.req.valid('query');
      const companyId = ctxOf(c).companyId;
      const dim = await dimFilter(db, companyId, q);
      const cf = await cashFlowStatement(db, companyId, from, to, method ?? 'direct', dim);
      if (format === 'csv' || format === 'xlsx') {
        return exportList<(typeof cf.rows)[number]>(
          c,
          format,
          `cash-flow-${cf.method}-${from}-${to}`,
          [
            { header: 'section', value: (r) => r.section },
            { header: 'code', value: (r) => r.code },
            { header: 'account', value: (r) => r.account },
            { header: 'amount', value: (r) => r.amount, kind: 'money', currency: () => cf.currency },
          ],
          once(cf.rows),
          { labels: true },
        ) as never;
      }
      return c.json(cf, 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/ledger/reports/income-statement/comparative',
      permission: 'ledger.read',
      tags: ['ledger reports'],
      summary: 'Income statement with columns: previous period, same period last year, or month by month',
      request: {
        query: z.object({
          from: Day,
          to: Day,
          compare: z.enum(['previous', 'last-year', 'monthly']).optional(),
          format: Format,
          ...DimQuery,
        }),
      },
      responses: json(ComparativeIncomeStatement),
    },
    async (c) => {
      const { from, to, compare, format, ...q } = c.req.valid('query');
      const companyId = ctxOf(c).companyId;
      const dim = await dimFilter(db, companyId, q);
      const is = await comparativeIncomeStatement(db, companyId, from, to, compare ?? 'previous', dim);
      if (format === 'csv' || format === 'xlsx') {
        return exportList<(typeof is.rows)[number]>(
          c,
          format,
          `income-statement-${compare ?? 'previous'}-${from}-${to}`,
          [
            { header: 'code', value: (r) => r.code },
            { header: 'account', value: (r) => r.account },
            ...is.columns.map((col, k) => ({
              header: col.label,
              value: (r: (typeof is.rows)[number]) => r.amounts[k],
              kind: 'money' as const,
              currency: () => is.currency,
            })),
          ],
          once(is.rows),
          { labels: true },
        ) as never;
      }
      return c.json(is, 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/ledger/fiscal-years/{id}/close',
      permission: 'ledger.period.lock',
      tags,
      summary: 'Close a fiscal year: income and expense into retained earnings, periods locked',
      request: {
        params: IdParam(),
        body: body(z.object({ retainedEarnings: z.string().min(1).max(100) })),
      },
      responses: json(CloseResult),
    },
    async (c) =>
      c.json(
        await db.tx((tx) =>
          closeFiscalYear(tx, ctxOf(c), c.req.valid('param').id, c.req.valid('json').retainedEarnings),
        ),
        200,
      ),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/ledger/fiscal-years/{id}/reopen',
      permission: 'ledger.period.lock',
      tags,
      summary: 'Reopen a closed fiscal year (reverses the closing entry), with a reason',
      request: { params: IdParam(), body: body(z.object({ reason: z.string().min(1).max(500) })) },
      responses: json(ReopenResult),
    },
    async (c) =>
      c.json(
        await db.tx((tx) =>
          reopenFiscalYear(tx, ctxOf(c), c.req.valid('param').id, c.req.valid('json').reason),
        ),
        200,
      ),
  );
}
