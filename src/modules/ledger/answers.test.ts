import { z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { type ServiceContext, SYSTEM_ACTOR } from '../../platform/context.ts';
import { makeCompany } from '../org/factories.ts';
import {
  AccountImportReport,
  AccountRegister,
  BalanceSheet,
  CashFlowStatement,
  CloseResult,
  ComparativeIncomeStatement,
  EntrySummary,
  FiscalYear,
  IncomeStatement,
  Period,
  Recurring,
  RecurringRun,
  ReopenResult,
  TrialBalance,
} from './contract.ts';
import { applyTemplate, createFiscalYear, type EntryInput, listFiscalYears, postEntries } from './index.ts';

/**
 * The typed answers of the ledger routes are what the routes really send: each answer, read back through its
 * schema, is unchanged (a field the schema lacks would be stripped, a wrong or missing one would throw).
 */
const fresh = withFreshDatabase();

function typed<T extends z.ZodTypeAny>(schema: T, res: { status: number; body: unknown }, status = 200) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(schema.parse(res.body)).toEqual(res.body);
  return res.body as z.infer<T>;
}

const e = (date: string, ...lines: [string, string][]): EntryInput => ({
  date,
  description: 'x',
  lines: lines.map(([account, amount]) => ({ account, amount })),
});

describe('the ledger routes answer what their contract says', () => {
  it('for fiscal years, periods, import, reports, recurring entries and the year-end close', async () => {
    const { company, owner } = await makeCompany(fresh.db, { baseCurrency: 'USD' });
    const ctx: ServiceContext = { actor: SYSTEM_ACTOR, companyId: company.id, requestId: null };
    await fresh.db.tx(async (tx) => {
      for (const y of [2025, 2026]) await createFiscalYear(tx, ctx, y);
      await applyTemplate(tx, ctx, 'generic');
      await postEntries(tx, ctx, [
        e('2025-01-02', ['1020', '10000.00'], ['3010', '-10000.00']),
        e('2025-03-10', ['1020', '5000.00'], ['4020', '-5000.00']),
        e('2025-06-30', ['6010', '1200.00'], ['1020', '-1200.00']),
      ]);
    });
    const app = testApp(fresh.db);
    const token = owner.token;
    const get = (path: string) => app.request('GET', `/api/v1${path}`, { token });
    const send = (method: string, path: string, body: unknown) =>
      app.request(method, `/api/v1${path}`, { token, body });

    const years = typed(z.object({ items: z.array(FiscalYear) }), await get('/ledger/fiscal-years'));
    expect(years.items.map((y) => y.periods.length)).toEqual([12, 12]);
    // The journal list sends rows without lines and with their total (JournalEntrySummary), not whole entries.
    const journal = typed(
      z.object({ items: z.array(EntrySummary), nextCursor: z.string().nullable() }),
      await get('/ledger/entries'),
    );
    expect(journal.items.map((r) => r.total)).toEqual(['1200.00', '5000.00', '10000.00']);
    typed(FiscalYear, await send('POST', '/ledger/fiscal-years', { year: 2027 }), 201);
    expect(typed(Period, await send('POST', '/ledger/periods/2027-03/lock', {})).lockedAt).not.toBeNull();
    typed(Period, await send('POST', '/ledger/periods/2027-03/unlock', { reason: 'typo' }));

    const csv = 'code,name,type\n7000,Travel,expense\n';
    const dry = typed(
      AccountImportReport,
      await send('POST', '/ledger/accounts/import', { format: 'csv', content: csv, dryRun: true }),
    );
    expect(dry).toEqual({ dryRun: true, rows: 1, created: 0, errors: [] });

    const tb = typed(TrialBalance, await get('/ledger/reports/trial-balance?asOf=2025-12-31'));
    expect(tb.totalDebit).toBe(tb.totalCredit);
    typed(IncomeStatement, await get('/ledger/reports/income-statement?from=2025-01-01&to=2025-12-31'));
    typed(BalanceSheet, await get('/ledger/reports/balance-sheet?asOf=2025-12-31'));
    const bank = tb.rows.find((r) => r.code === '1020');
    const register = typed(AccountRegister, await get(`/ledger/reports/register/${bank?.accountId}`));
    expect(register.items).toHaveLength(3);
    typed(CashFlowStatement, await get('/ledger/reports/cash-flow?from=2025-01-01&to=2025-12-31'));
    typed(
      CashFlowStatement,
      await get('/ledger/reports/cash-flow?from=2025-01-01&to=2025-12-31&method=indirect'),
    );
    const cmp = typed(
      ComparativeIncomeStatement,
      await get('/ledger/reports/income-statement/comparative?from=2025-01-01&to=2025-03-31&compare=monthly'),
    );
    expect(cmp.columns).toHaveLength(3);

    const rent = {
      name: 'Rent',
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1',
      startDate: '2026-01-01',
      description: 'Monthly rent',
      lines: [
        { account: '6010', debit: '800.00' },
        { account: '1020', credit: '800.00' },
      ],
    };
    const made = typed(Recurring, await send('POST', '/ledger/recurring', rent), 201);
    typed(z.object({ items: z.array(Recurring), nextCursor: z.null() }), await get('/ledger/recurring'));
    typed(Recurring, await get(`/ledger/recurring/${made.id}`));
    const one = typed(
      RecurringRun,
      await send('POST', `/ledger/recurring/${made.id}/run`, { through: '2026-02-28' }),
    );
    expect(one.generated.map((g) => g.occurrence)).toEqual(['2026-01-31', '2026-02-28']);
    typed(RecurringRun, await send('POST', '/ledger/recurring/run', { through: '2026-03-31' }));
    expect(
      typed(Recurring, await send('PATCH', `/ledger/recurring/${made.id}`, { active: false })).generated,
    ).toBe(3);

    const fy2025 = years.items.find((y) => y.startDate === '2025-01-01');
    const closed = typed(
      CloseResult,
      await send('POST', `/ledger/fiscal-years/${fy2025?.id}/close`, { retainedEarnings: '3100' }),
    );
    expect(closed.closingEntry?.status).toBe('posted');
    const reopened = typed(
      ReopenResult,
      await send('POST', `/ledger/fiscal-years/${fy2025?.id}/reopen`, { reason: 'audit adjustment' }),
    );
    expect(reopened.reversalId).not.toBeNull();
    expect(
      (await listFiscalYears(fresh.db, company.id)).find((y) => y.id === fy2025?.id)?.closedAt,
    ).toBeNull();
  });
});
