import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { AppError } from '../../kernel/errors.ts';
import { type ServiceContext, SYSTEM_ACTOR } from '../../platform/context.ts';
import { makeCompany } from '../org/factories.ts';
import {
  applyTemplate,
  balanceSheet,
  closeFiscalYear,
  comparativeIncomeStatement,
  createFiscalYear,
  type EntryInput,
  findAccount,
  incomeStatement,
  listFiscalYears,
  postEntries,
  reopenFiscalYear,
  reverseEntry,
  saveDraft,
  setPeriodLock,
  trialBalance,
  verifyLedger,
} from './index.ts';

const fresh = withFreshDatabase();

async function books(): Promise<{
  ctx: ServiceContext;
  companyId: string;
  token: string;
  years: Record<string, string>;
}> {
  const { company, owner } = await makeCompany(fresh.db, { baseCurrency: 'USD' });
  const ctx: ServiceContext = { actor: SYSTEM_ACTOR, companyId: company.id, requestId: null };
  await fresh.db.tx(async (tx) => {
    for (const y of [2025, 2026]) await createFiscalYear(tx, ctx, y);
    await applyTemplate(tx, ctx, 'generic');
  });
  const years = Object.fromEntries((await listFiscalYears(fresh.db, company.id)).map((y) => [y.name, y.id]));
  return { ctx, companyId: company.id, token: owner.token, years };
}

const e = (date: string, ...lines: [string, string][]): EntryInput => ({
  date,
  description: 'x',
  lines: lines.map(([account, amount]) => ({ account, amount })),
});

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    return err instanceof AppError ? err.code : String(err);
  }
}

const YEAR_2025 = [
  e('2025-01-02', ['1020', '10000.00'], ['3010', '-10000.00']),
  e('2025-03-10', ['1100', '5000.00'], ['4020', '-5000.00']),
  e('2025-06-30', ['6010', '1200.00'], ['1020', '-1200.00']),
  e('2025-12-31', ['6100', '300.00'], ['1590', '-300.00']),
  e('2026-01-05', ['1020', '400.00'], ['4010', '-400.00']),
];

describe('year-end close', () => {
  it('moves the year’s income and expense to retained earnings, locks the year, and keeps the books whole', async () => {
    const b = await books();
    await fresh.db.tx((tx) => postEntries(tx, b.ctx, YEAR_2025));
    const re = (await findAccount(fresh.db, b.companyId, '3100'))!;
    const before = await balanceSheet(fresh.db, b.companyId, '2025-12-31');
    const closed = await fresh.db.tx((tx) => closeFiscalYear(tx, b.ctx, b.years['2025']!, re.id));
    expect(closed).toMatchObject({ name: '2025', netIncome: '3500.00', accountsClosed: 3 });
    expect(closed.closingEntry?.date).toBe('2025-12-31');

    // The next year starts from zero; the closed year still shows its result.
    const next = await incomeStatement(fresh.db, b.companyId, '2026-01-01', '2026-12-31');
    expect(next.rows.map((r) => [r.code, r.amount])).toEqual([['4010', '400.00']]);
    const closedYear = await incomeStatement(fresh.db, b.companyId, '2025-01-01', '2025-12-31');
    expect(closedYear.net).toBe('3500.00');
    const tb = await trialBalance(fresh.db, b.companyId, '2025-12-31');
    expect(tb.rows.filter((r) => r.type === 'income' || r.type === 'expense')).toEqual([]);
    expect(tb.rows.find((r) => r.code === '3100')?.credit).toBe('3500.00');
    expect(tb.totalDebit).toBe(tb.totalCredit);

    // The balance sheet still balances; earnings are now retained earnings, not "current earnings".
    const after = await balanceSheet(fresh.db, b.companyId, '2025-12-31');
    expect(after.assets).toBe(before.assets);
    expect(after.equity).toBe(before.equity);
    expect(after.assets).toBe(
      (BigInt(after.liabilities.replace('.', '')) + BigInt(after.equity.replace('.', '')))
        .toString()
        .replace(/(\d\d)$/, '.$1'),
    );
    expect(after.rows.find((r) => r.account === 'Current earnings')).toBeUndefined();
    expect((await verifyLedger(fresh.db, b.companyId)).ok).toBe(true);

    // Every period of 2025 is locked; refusing again is idempotent and writes nothing.
    const fy = (await listFiscalYears(fresh.db, b.companyId)).find((y) => y.name === '2025')!;
    expect(fy.closedAt).not.toBeNull();
    expect(fy.periods.every((p) => p.lockedAt !== null)).toBe(true);
    expect(await codeOf(fresh.db.tx((tx) => closeFiscalYear(tx, b.ctx, fy.id, re.id)))).toBe('conflict');
    expect(
      await codeOf(
        fresh.db.tx((tx) => postEntries(tx, b.ctx, [e('2025-05-01', ['1020', '1.00'], ['4010', '-1.00'])])),
      ),
    ).toBe('period_locked');
    // The closing entry is reversible only by reopening.
    expect(
      await codeOf(fresh.db.tx((tx) => reverseEntry(tx, b.ctx, closed.closingEntry!.id, '2025-12-31'))),
    ).toBe('conflict');
    expect(
      await codeOf(fresh.db.tx((tx) => reverseEntry(tx, b.ctx, closed.closingEntry!.id, '2026-01-01'))),
    ).not.toBe('ok');
    const reopened = await fresh.db.tx((tx) => reopenFiscalYear(tx, b.ctx, fy.id, 'audit adjustment'));
    expect(reopened.reversalId).toBeTruthy();
    const tbOpen = await trialBalance(fresh.db, b.companyId, '2025-12-31');
    expect(tbOpen.rows.find((r) => r.code === '4020')?.credit).toBe('5000.00');
    expect(tbOpen.rows.find((r) => r.code === '3100')).toBeUndefined();
    expect((await verifyLedger(fresh.db, b.companyId)).ok).toBe(true);
    // … and it closes again, into the same result.
    const again = await fresh.db.tx((tx) => closeFiscalYear(tx, b.ctx, fy.id, re.id));
    expect(again.netIncome).toBe('3500.00');
    // The comparative statement leaves the closing entry out, so the closed year still shows its result.
    const cmp = await comparativeIncomeStatement(
      fresh.db,
      b.companyId,
      '2026-01-01',
      '2026-12-31',
      'last-year',
    );
    expect(cmp.net).toEqual(['400.00', '3500.00']);
  });

  it('refuses a non-equity target, an open earlier year, waiting drafts, and reopening before a later year', async () => {
    const b = await books();
    await fresh.db.tx((tx) => postEntries(tx, b.ctx, YEAR_2025));
    expect(await codeOf(fresh.db.tx((tx) => closeFiscalYear(tx, b.ctx, b.years['2025']!, '1020')))).toBe(
      'validation',
    );
    expect(await codeOf(fresh.db.tx((tx) => closeFiscalYear(tx, b.ctx, b.years['2026']!, '3100')))).toBe(
      'conflict',
    );
    await fresh.db.tx((tx) => saveDraft(tx, b.ctx, e('2025-11-11', ['6010', '5.00'], ['1020', '-5.00'])));
    expect(await codeOf(fresh.db.tx((tx) => closeFiscalYear(tx, b.ctx, b.years['2025']!, '3100')))).toBe(
      'conflict',
    );
    await fresh.db.query("DELETE FROM ledger_entries WHERE company_id = $1 AND status = 'draft'", [
      b.companyId,
    ]);
    // A locked last period does not stop the close (the close posts into it within its transaction).
    await fresh.db.tx((tx) => setPeriodLock(tx, b.ctx, '2025-12', true));
    await fresh.db.tx((tx) => closeFiscalYear(tx, b.ctx, b.years['2025']!, '3100'));
    await fresh.db.tx((tx) => closeFiscalYear(tx, b.ctx, b.years['2026']!, '3100'));
    expect(await codeOf(fresh.db.tx((tx) => reopenFiscalYear(tx, b.ctx, b.years['2025']!, 'why')))).toBe(
      'conflict',
    );
    expect((await verifyLedger(fresh.db, b.companyId)).ok).toBe(true);
  });

  it('serves POST /ledger/fiscal-years/{id}/close', async () => {
    const b = await books();
    await fresh.db.tx((tx) => postEntries(tx, b.ctx, YEAR_2025.slice(0, 3)));
    const app = testApp(fresh.db);
    const url = `/api/v1/ledger/fiscal-years/${b.years['2025']}/close`;
    const res = await app.request('POST', url, { token: b.token, body: { retainedEarnings: '3100' } });
    expect(res.status).toBe(200);
    expect(res.body.netIncome).toBe('3800.00');
    const twice = await app.request('POST', url, { token: b.token, body: { retainedEarnings: '3100' } });
    expect(twice.status).toBe(409);
  });
});
