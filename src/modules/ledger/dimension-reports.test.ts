import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { parseMoney } from '../../kernel/money.ts';
import { SYSTEM_ACTOR } from '../../platform/context.ts';
import { makeCompany, makeDepartment } from '../org/factories.ts';
import { makeLedger } from './factories.ts';
import {
  accountRegister,
  applyTemplate,
  balanceSheet,
  balancesBetween,
  cashFlowStatement,
  createAccount,
  createFiscalYear,
  type DimensionFilter,
  findAccount,
  incomeStatement,
  postEntries,
  resolveDimensionFilter,
  setTrackedDimensions,
  trialBalance,
  verifyLedger,
} from './index.ts';

/**
 * Dimension reports over any date range (whole months from the monthly dimension balances, the edges from the
 * daily ones) against a recomputation from the journal lines.
 */
const fresh = withFreshDatabase();
const minor = (s: string) => parseMoney(s, 'USD').amount;
const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);

/** Per account, the base sum of the lines with project = value dated in [from, to] (from null: all before). */
async function fromLines(companyId: string, value: string, from: string | null, to: string) {
  const rows = (
    await fresh.db.query<{ account_id: string; s: string }>(
      `SELECT account_id, sum(base_amount)::text AS s FROM ledger_lines
        WHERE company_id = $1 AND project = $2 AND entry_date <= $4::date AND ($3::date IS NULL OR entry_date >= $3::date)
        GROUP BY account_id HAVING sum(base_amount) <> 0 ORDER BY account_id`,
      [companyId, value, from, to],
    )
  ).rows;
  return rows.map((r) => [r.account_id, BigInt(r.s)] as const);
}

describe('dimension reports over any date range', () => {
  it('property: balances, balance sheet, cash flow and register by project equal the lines', async () => {
    const lineArb = fc.record({
      account: fc.constantFrom('1000', '1050', '1100', '2000', '4000', '6000'),
      cents: fc.integer({ min: -50_000, max: 50_000 }).filter((n) => n !== 0),
      project: fc.option(fc.constantFrom('X', 'Y'), { nil: undefined }),
    });
    const entryArb = fc.record({
      day: fc.integer({ min: 0, max: 364 }),
      lines: fc.array(lineArb, { minLength: 1, maxLength: 4 }),
      closeProject: fc.option(fc.constantFrom('X', 'Y'), { nil: undefined }),
    });
    // Range ends anywhere, or snapped to an entry's day (so lines fall on the edges of partial months).
    const rangeArb = fc.tuple(
      fc.integer({ min: -40, max: 400 }),
      fc.integer({ min: -40, max: 400 }),
      fc.boolean(),
      fc.boolean(),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(entryArb, { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 0, max: 14 }),
        fc.array(rangeArb, { minLength: 1, maxLength: 4 }),
        async (entries, switchAt, ranges) => {
          const l = await makeLedger(fresh.db, { years: [2024, 2025, 2026] });
          await fresh.db.tx((tx) =>
            createAccount(tx, l.ctx, { code: '1050', name: 'Till', type: 'asset', subtype: 'cash' }),
          );
          const inputs = entries.map((e, i) => {
            const total = e.lines.reduce((s, x) => s + x.cents, 0);
            const amount = (c: number) => (c / 100).toFixed(2);
            return {
              date: day(e.day),
              description: `e${i}`,
              lines: [
                ...e.lines.map((x) => ({ account: x.account, amount: amount(x.cents), project: x.project })),
                ...(total === 0
                  ? []
                  : [{ account: '3000', amount: amount(-total), project: e.closeProject }]),
              ],
            };
          });
          const cut = Math.min(switchAt, inputs.length);
          if (cut > 0) await fresh.db.tx((tx) => postEntries(tx, l.ctx, inputs.slice(0, cut)));
          await fresh.db.tx((tx) => setTrackedDimensions(tx, l.ctx, ['project']));
          if (cut < inputs.length) await fresh.db.tx((tx) => postEntries(tx, l.ctx, inputs.slice(cut)));
          expect((await verifyLedger(fresh.db, l.companyId)).problems).toEqual([]);
          const dim: DimensionFilter = { dimension: 'project', value: 'X' };
          for (const [a0, b0, snapA, snapB] of ranges) {
            const snap = (n: number, yes: boolean) =>
              yes ? (entries[Math.abs(n) % entries.length]?.day ?? n) : n;
            const [a, b] = [snap(a0, snapA), snap(b0, snapB)];
            const [from, to] = [day(Math.min(a, b)), day(Math.max(a, b))];
            const got = (await balancesBetween(fresh.db, l.companyId, to, from, dim))
              .map((b) => [b.accountId, b.base] as const)
              .sort((a, b) => (a[0] < b[0] ? -1 : 1));
            expect(got).toEqual(await fromLines(l.companyId, 'X', from, to));
            const asOf = (await balancesBetween(fresh.db, l.companyId, to, undefined, dim))
              .map((b) => [b.accountId, b.base] as const)
              .sort((a, b) => (a[0] < b[0] ? -1 : 1));
            const expected = await fromLines(l.companyId, 'X', null, to);
            expect(asOf).toEqual(expected);
            const sumOf = (pred: (id: string) => boolean) =>
              expected.filter(([id]) => pred(id)).reduce((s, [, v]) => s + v, 0n);
            // Balance sheet: the tagged lines only; what their untagged other sides hold is `untagged`.
            const bs = await balanceSheet(fresh.db, l.companyId, to, dim);
            const assets = (await balancesBetween(fresh.db, l.companyId, to, undefined, dim))
              .filter((b) => b.type === 'asset')
              .reduce((s, b) => s + b.base, 0n);
            expect(minor(bs.assets)).toBe(assets);
            expect(minor(bs.untagged)).toBe(sumOf(() => true));
            expect(minor(bs.assets) - minor(bs.liabilities) - minor(bs.equity)).toBe(minor(bs.untagged));
            // Income statement by dimension: income and expenses of the range.
            const is = await incomeStatement(fresh.db, l.companyId, from, to, dim);
            const movement = await fromLines(l.companyId, 'X', from, to);
            const ie = movement
              .filter(([id]) => id === l.accounts.sales.id || id === l.accounts.rent.id)
              .reduce((s, [, v]) => s - v, 0n);
            expect(minor(is.net)).toBe(ie);
            // Cash flow by dimension, both methods: opening + activity = closing, and closing = tagged cash.
            const cashIds = new Set(
              (
                await fresh.db.query<{ id: string }>(
                  `SELECT id FROM ledger_accounts WHERE company_id = $1 AND subtype IN ('bank', 'cash')`,
                  [l.companyId],
                )
              ).rows.map((r) => r.id),
            );
            for (const method of ['direct', 'indirect'] as const) {
              const cf = await cashFlowStatement(fresh.db, l.companyId, from, to, method, dim);
              const activity = cf.rows
                .filter((r) => r.section !== 'opening' && r.section !== 'closing')
                .reduce((s, r) => s + minor(r.amount), 0n);
              expect(minor(cf.opening) + activity).toBe(minor(cf.closing));
              expect(minor(cf.closing)).toBe(sumOf((id) => cashIds.has(id)));
            }
            // Register of the till by project X: each running balance is the tagged lines up to that line.
            const till = [...cashIds][0] as string;
            let cursor: string | undefined;
            do {
              const page = await accountRegister(fresh.db, l.companyId, till, {
                from,
                to,
                limit: 3,
                cursor,
                dim,
              });
              for (const r of page.items) {
                const s = (
                  await fresh.db.query<{ s: string | null }>(
                    `SELECT sum(base_amount)::text AS s FROM ledger_lines WHERE company_id = $1 AND account_id = $2 AND project = 'X'
                        AND (entry_date, entry_id, line_no) <= ($3::date, $4, $5::smallint)`,
                    [l.companyId, till, r.date, r.entryId, r.lineNo],
                  )
                ).rows[0]?.s;
                expect(minor(r.balance)).toBe(BigInt(s ?? '0'));
              }
              cursor = page.nextCursor ?? undefined;
            } while (cursor);
          }
        },
      ),
      { numRuns: 10 },
    );
  });

  it('reports a part of a month by department and agrees with the trial balance of whole months', async () => {
    const l = await makeLedger(fresh.db);
    const dep = await makeDepartment(fresh.db, l.companyId, { code: 'OPS' });
    await fresh.db.tx((tx) => setTrackedDimensions(tx, l.ctx, ['department']));
    const sale = (date: string, amount: string) => ({
      date,
      description: 'sale',
      lines: [
        { account: '1000', debit: amount, departmentId: dep.id },
        { account: '4000', credit: amount, departmentId: dep.id },
      ],
    });
    await fresh.db.tx((tx) =>
      postEntries(tx, l.ctx, [
        sale('2025-01-31', '1.00'),
        sale('2025-02-01', '10.00'),
        sale('2025-02-15', '100.00'),
      ]),
    );
    const dim = await resolveDimensionFilter(fresh.db, l.companyId, 'department', 'OPS');
    const is = await incomeStatement(fresh.db, l.companyId, '2025-01-31', '2025-02-14', dim);
    expect(is.net).toBe('11.00');
    expect((await trialBalance(fresh.db, l.companyId, '2025-02-14', dim)).totalDebit).toBe('11.00');
    expect((await trialBalance(fresh.db, l.companyId, '2025-02-28', dim)).totalDebit).toBe('111.00');
    const bs = await balanceSheet(fresh.db, l.companyId, '2025-02-01', dim);
    expect([bs.assets, bs.equity, bs.untagged]).toEqual(['11.00', '11.00', '0.00']);
    const reg = await accountRegister(fresh.db, l.companyId, l.accounts.bank.id, {
      from: '2025-02-01',
      limit: 10,
      dim,
    });
    expect(reg.items.map((r) => r.balance)).toEqual(['11.00', '111.00']);
  });

  it('serves the balance sheet, register, cash flow and comparative statement by dimension over HTTP', async () => {
    const { company, owner } = await makeCompany(fresh.db, { baseCurrency: 'USD' });
    const ctx = { actor: SYSTEM_ACTOR, companyId: company.id, requestId: null };
    await fresh.db.tx(async (tx) => {
      await createFiscalYear(tx, ctx, 2025);
      await applyTemplate(tx, ctx, 'generic');
      await setTrackedDimensions(tx, ctx, ['project']);
    });
    const entry = (date: string, amount: string, project?: string) => ({
      date,
      description: `sale ${date}`,
      lines: [
        { account: '1020', debit: amount, project },
        { account: '4010', credit: amount, project },
      ],
    });
    await fresh.db.tx((tx) =>
      postEntries(tx, ctx, [
        entry('2025-03-10', '40.00', 'P1'),
        entry('2025-03-20', '2.00', 'P1'),
        entry('2025-03-20', '500.00'),
        entry('2025-04-02', '7.00', 'P1'),
      ]),
    );
    const app = testApp(fresh.db);
    const get = (path: string) => app.request('GET', `/api/v1${path}`, { token: owner.token });
    const bs = await get('/ledger/reports/balance-sheet?asOf=2025-03-15&dimension=project&value=P1');
    expect(bs.status).toBe(200);
    expect([bs.body.assets, bs.body.equity, bs.body.untagged]).toEqual(['40.00', '40.00', '0.00']);
    const bank = (await findAccount(fresh.db, company.id, '1020'))?.id;
    const reg = await get(`/ledger/reports/register/${bank}?from=2025-03-15&dimension=project&value=P1`);
    expect(reg.body.items.map((r: { debit: string; balance: string }) => [r.debit, r.balance])).toEqual([
      ['2.00', '42.00'],
      ['7.00', '49.00'],
    ]);
    const cf = await get(
      '/ledger/reports/cash-flow?from=2025-03-11&to=2025-04-30&method=direct&dimension=project&value=P1&format=csv',
    );
    expect(cf.text.split('\r\n').filter(Boolean)).toEqual([
      'section,code,account,amount',
      'opening,,Cash at the start,40.00',
      'operating,4010,Revenue:Sales of goods,9.00',
      'closing,,Cash at the end,49.00',
    ]);
    const cmp = await get(
      '/ledger/reports/income-statement/comparative?from=2025-04-01&to=2025-04-02&compare=previous&dimension=project&value=P1',
    );
    expect(cmp.body.rows.map((r: { amounts: string[] }) => r.amounts)).toEqual([['7.00', '0.00']]);
    const untracked = await get('/ledger/reports/balance-sheet?asOf=2025-03-15&dimension=partner&value=x');
    expect(untracked.status).toBe(422);
  });
});
