import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { requestLang } from '../../../platform/http/errors.ts';
import { exportList } from '../../../platform/http/export.ts';
import { body, ctxOf, json } from '../../../platform/http/helpers.ts';
import { defineRoute } from '../../../platform/http/route.ts';
import type { AppContext, AppEnv, HttpDeps } from '../../../platform/http/types.ts';
import { AccountRegister, BalanceSheet, Day, Dimension, IncomeStatement, TrialBalance } from '../contract.ts';
import { resolveDimensionFilter, setTrackedDimensions, trackedDimensions } from '../service/dimensions.ts';
import { type ReportPdfInput, reportPdf } from '../service/report-pdf.ts';
import { accountRegister, balanceSheet, incomeStatement, trialBalance } from '../service/reports.ts';

/** The statements also print: `?format=pdf` is the report as an A4 PDF with company, period and printed-on. */
const ReportFormat = z.enum(['json', 'csv', 'xlsx', 'pdf']).optional();
/** One 200, two media types: the JSON report, or its PDF with ?format=pdf. */
function reportAnswer<T extends z.ZodTypeAny>(schema: T) {
  return {
    ...json(schema),
    200: {
      description: 'The report (JSON); with ?format=pdf its PDF, with ?format=csv|xlsx a spreadsheet',
      content: {
        'application/json': { schema },
        'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
  };
}
async function pdfAnswer(c: AppContext, db: HttpDeps['db'], fileName: string, input: ReportPdfInput) {
  const pdf = await reportPdf(db, ctxOf(c).companyId, requestLang(c), input);
  return c.body(new Uint8Array(pdf), 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `attachment; filename="${fileName}.pdf"`,
  }) as never;
}
/** `?dimension=department&value=dep_…` (or a department code), any date range, from the dimension balances. */
export const DimQuery = { dimension: Dimension.optional(), value: z.string().min(1).max(200).optional() };
export const dimFilter = async (
  sql: HttpDeps['db'],
  companyId: string,
  q: { dimension?: string | undefined; value?: string | undefined },
) =>
  q.dimension || q.value
    ? resolveDimensionFilter(sql, companyId, q.dimension ?? '', q.value ?? '')
    : undefined;
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
      request: { query: z.object({ asOf: Day, format: ReportFormat, ...DimQuery }) },
      responses: reportAnswer(TrialBalance),
    },
    async (c) => {
      const { asOf, format, ...q } = c.req.valid('query');
      const companyId = ctxOf(c).companyId;
      const tb = await trialBalance(db, companyId, asOf, await dimFilter(db, companyId, q));
      if (format === 'pdf')
        return pdfAnswer(c, db, `trial-balance-${asOf}`, {
          title: 'pdf.trialBalance',
          period: { asOf },
          currency: tb.currency,
          columns: [
            { header: 'code' },
            { header: 'account' },
            { header: 'debit', money: true },
            { header: 'credit', money: true },
          ],
          rows: tb.rows.map((r) => [r.code, r.account, r.debit, r.credit]),
        });
      if (format === 'csv' || format === 'xlsx') {
        return exportList<(typeof tb.rows)[number]>(
          c,
          format,
          `trial-balance-${asOf}`,
          [
            { header: 'code', value: (r) => r.code },
            { header: 'account', value: (r) => r.account },
            { header: 'debit', value: (r) => r.debit, kind: 'money', currency: () => tb.currency },
            { header: 'credit', value: (r) => r.credit, kind: 'money', currency: () => tb.currency },
          ],
          once(tb.rows),
          { labels: true },
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
      request: { query: z.object({ from: Day, to: Day, format: ReportFormat, ...DimQuery }) },
      responses: reportAnswer(IncomeStatement),
    },
    async (c) => {
      const { from, to, format, ...q } = c.req.valid('query');
      const companyId = ctxOf(c).companyId;
      const is = await incomeStatement(db, companyId, from, to, await dimFilter(db, companyId, q));
      if (format === 'pdf')
        return pdfAnswer(c, db, `income-statement-${from}-${to}`, {
          title: 'pdf.incomeStatement',
          period: { from, to },
          currency: is.currency,
          columns: [{ header: 'code' }, { header: 'account' }, { header: 'amount', money: true }],
          rows: is.rows.map((r) => [r.code, r.account, r.amount]),
        });
      if (format === 'csv' || format === 'xlsx') {
        return exportList<(typeof is.rows)[number]>(
          c,
          format,
          `income-statement-${from}-${to}`,
          [
            { header: 'code', value: (r) => r.code },
            { header: 'account', value: (r) => r.account },
            { header: 'amount', value: (r) => r.amount, kind: 'money', currency: () => is.currency },
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
      method: 'get',
      path: '/ledger/reports/balance-sheet',
      permission: 'ledger.read',
      tags,
      summary: 'Balance sheet at the end of a day',
      request: { query: z.object({ asOf: Day, format: ReportFormat, ...DimQuery }) },
      responses: reportAnswer(BalanceSheet),
    },
    async (c) => {
      const { asOf, format, ...q } = c.req.valid('query');
      const companyId = ctxOf(c).companyId;
      const bs = await balanceSheet(db, companyId, asOf, await dimFilter(db, companyId, q));
      if (format === 'pdf')
        return pdfAnswer(c, db, `balance-sheet-${asOf}`, {
          title: 'pdf.balanceSheet',
          period: { asOf },
          currency: bs.currency,
          columns: [
            { header: 'section' },
            { header: 'code' },
            { header: 'account' },
            { header: 'amount', money: true },
          ],
          rows: bs.rows.map((r) => [r.section, r.code, r.account, r.amount]),
        });
      if (format === 'csv' || format === 'xlsx') {
        return exportList<(typeof bs.rows)[number]>(
          c,
          format,
          `balance-sheet-${asOf}`,
          [
            { header: 'section', value: (r) => r.section },
            { header: 'code', value: (r) => r.code },
            { header: 'account', value: (r) => r.account },
            { header: 'amount', value: (r) => r.amount, kind: 'money', currency: () => bs.currency },
          ],
          once(bs.rows),
          { labels: true },
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
          ...DimQuery,
        }),
      },
      responses: json(AccountRegister),
    },
    async (c) => {
      const { dimension, value, ...q } = c.req.valid('query');
      const companyId = ctxOf(c).companyId;
      return c.json(
        await accountRegister(db, companyId, c.req.valid('param').accountId, {
          ...q,
          limit: q.limit ?? 100,
          dim: await dimFilter(db, companyId, { dimension, value }),
        }),
        200,
      );
    },
  );

  const Tracked = z.object({ tracked: z.array(Dimension) });
  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/ledger/dimensions',
      permission: 'ledger.read',
      tags,
      summary: 'The dimensions whose balances are tracked (department, cost_centre, project, partner)',
      responses: json(Tracked),
    },
    async (c) => c.json({ tracked: await trackedDimensions(db, ctxOf(c).companyId) }, 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'put',
      path: '/ledger/dimensions',
      permission: 'ledger.accounts.manage',
      tags,
      summary: 'Set the tracked dimensions; a newly tracked one is backfilled from the posted lines',
      request: { body: body(Tracked) },
      responses: json(Tracked),
    },
    async (c) =>
      c.json(
        { tracked: await db.tx((tx) => setTrackedDimensions(tx, ctxOf(c), c.req.valid('json').tracked)) },
        200,
      ),
  );
}
