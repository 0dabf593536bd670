import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { exportList } from '../../../platform/http/export.ts';
import { body, ctxOf, IdParam, json, noContent } from '../../../platform/http/helpers.ts';
import { defineRoute } from '../../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../../platform/http/types.ts';
import { Account, AccountInput, AccountPatch, FiscalYear, Period, RateInput } from '../contract.ts';
import { createAccount, deleteAccount, listAccounts, updateAccount } from '../service/accounts.ts';
import { CHART_EXPORT_COLUMNS, chartForExport } from '../service/chart-dimensions.ts';
import { createFiscalYear, listFiscalYears, setPeriodLock } from '../service/periods.ts';
import { listRates, setRates } from '../service/rates.ts';

export function registerAccountRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  const { db } = deps;
  const tags = ['ledger'];

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/ledger/accounts',
      permission: 'ledger.read',
      tags,
      summary: 'The chart of accounts',
      request: {
        query: z.object({
          format: z.enum(['json', 'csv', 'xlsx']).optional(),
          active: z.enum(['true', 'false']).optional(),
        }),
      },
      responses: json(z.object({ items: z.array(Account), nextCursor: z.null() })),
    },
    async (c) => {
      const { format, active } = c.req.valid('query');
      if (format === 'csv' || format === 'xlsx') {
        // The file the import reads back: parent by code, default dimensions one column each.
        const rows = await chartForExport(db, ctxOf(c).companyId, active === 'true');
        return exportList(c, format, 'accounts', CHART_EXPORT_COLUMNS, async () => ({
          items: rows,
          nextCursor: null,
        })) as never;
      }
      const items = await listAccounts(db, ctxOf(c).companyId, { activeOnly: active === 'true' });
      return c.json({ items, nextCursor: null }, 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/ledger/accounts',
      permission: 'ledger.accounts.manage',
      tags,
      summary: 'Open an account',
      request: { body: body(AccountInput) },
      responses: json(Account, 'Created', 201),
    },
    async (c) => c.json(await db.tx((tx) => createAccount(tx, ctxOf(c), c.req.valid('json'))), 201),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'patch',
      path: '/ledger/accounts/{id}',
      permission: 'ledger.accounts.manage',
      tags,
      summary: 'Change or deactivate an account',
      request: { params: IdParam(), body: body(AccountPatch) },
      responses: json(Account),
    },
    async (c) =>
      c.json(
        await db.tx((tx) => updateAccount(tx, ctxOf(c), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'delete',
      path: '/ledger/accounts/{id}',
      permission: 'ledger.accounts.manage',
      tags,
      summary: 'Delete an account without postings',
      request: { params: IdParam() },
      responses: noContent(),
    },
    async (c) => {
      await db.tx((tx) => deleteAccount(tx, ctxOf(c), c.req.valid('param').id));
      return c.body(null, 204);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/ledger/fiscal-years',
      permission: 'ledger.read',
      tags,
      summary: 'Fiscal years and their periods',
      responses: json(z.object({ items: z.array(FiscalYear) })),
    },
    async (c) => c.json({ items: await listFiscalYears(db, ctxOf(c).companyId) }, 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/ledger/fiscal-years',
      permission: 'ledger.period.lock',
      tags,
      summary: 'Open a fiscal year (12 monthly periods)',
      request: { body: body(z.object({ year: z.number().int().min(1900).max(2200) })) },
      responses: json(FiscalYear, 'Created', 201),
    },
    async (c) => c.json(await db.tx((tx) => createFiscalYear(tx, ctxOf(c), c.req.valid('json').year)), 201),
  );

  for (const locked of [true, false]) {
    defineRoute(
      app,
      deps,
      {
        method: 'post',
        path: locked ? '/ledger/periods/{period}/lock' : '/ledger/periods/{period}/unlock',
        permission: 'ledger.period.lock',
        tags,
        summary: locked ? 'Lock a period (YYYY-MM)' : 'Unlock a period, with a reason',
        request: {
          params: z.object({ period: z.string().regex(/^\d{4}-\d{2}$/, 'must be YYYY-MM') }),
          body: body(z.object({ reason: z.string().max(500).optional() })),
        },
        responses: json(Period),
      },
      async (c) =>
        c.json(
          await db.tx((tx) =>
            setPeriodLock(tx, ctxOf(c), c.req.valid('param').period, locked, c.req.valid('json').reason),
          ),
          200,
        ),
    );
  }

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/ledger/rates',
      permission: 'ledger.read',
      tags,
      summary: 'Exchange rates',
      request: { query: z.object({ currency: z.string().length(3).toUpperCase().optional() }) },
      responses: json(
        z.object({ items: z.array(z.object({ currency: z.string(), date: z.string(), rate: z.string() })) }),
      ),
    },
    async (c) =>
      c.json({ items: await listRates(db, ctxOf(c).companyId, c.req.valid('query').currency) }, 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/ledger/rates',
      permission: 'ledger.rates.manage',
      tags,
      summary: 'Set exchange rates (base per unit)',
      request: { body: body(z.object({ rates: z.array(RateInput).min(1).max(10_000) })) },
      responses: json(z.object({ saved: z.number() })),
    },
    async (c) =>
      c.json({ saved: await db.tx((tx) => setRates(tx, ctxOf(c), c.req.valid('json').rates)) }, 200),
  );
}
