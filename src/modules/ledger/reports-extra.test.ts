import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { parseMoney } from '../../kernel/money.ts';
import { type ServiceContext, SYSTEM_ACTOR } from '../../platform/context.ts';
import { makeCompany } from '../org/factories.ts';
import {
  applyTemplate,
  cashFlowStatement,
  comparativeIncomeStatement,
  createFiscalYear,
  type EntryInput,
  incomeStatement,
  postEntries,
} from './index.ts';
import { comparisonColumns } from './service/comparative.ts';

const fresh = withFreshDatabase();

/** A company on the generic chart (USD) with fiscal years 2024–2026. */
async function books(): Promise<{ ctx: ServiceContext; companyId: string; token: string }> {
  const { company, owner } = await makeCompany(fresh.db, { baseCurrency: 'USD' });
  const ctx: ServiceContext = { actor: SYSTEM_ACTOR, companyId: company.id, requestId: null };
  await fresh.db.tx(async (tx) => {
    for (const y of [2024, 2025, 2026]) await createFiscalYear(tx, ctx, y);
    await applyTemplate(tx, ctx, 'generic');
  });
  return { ctx, companyId: company.id, token: owner.token };
}

const e = (date: string, description: string, ...lines: [string, string][]): EntryInput => ({
  date,
  description,
  lines: lines.map(([account, amount]) => ({ account, amount })),
});
const cents = (s: string) => parseMoney(s, 'USD').amount;
const sum = (rows: { section: string; amount: string }[]) =>
  rows
    .filter((r) => r.section !== 'opening' && r.section !== 'closing')
    .reduce((s, r) => s + cents(r.amount), 0n);

const HISTORY: EntryInput[] = [
  e('2024-12-31', 'Capital paid in', ['1020', '10000.00'], ['3010', '-10000.00']),
  e('2025-01-10', 'Cash sale with VAT', ['1010', '1210.00'], ['4010', '-1000.00'], ['2100', '-210.00']),
  e('2025-01-15', 'Invoice', ['1100', '3000.00'], ['4020', '-3000.00']),
  e(
    '2025-02-01',
    'Customer pays, bank fee withheld',
    ['1020', '2990.00'],
    ['6200', '10.00'],
    ['1100', '-3000.00'],
  ),
  e(
    '2025-02-05',
    'Buy equipment, part on loan',
    ['1510', '5000.00'],
    ['1020', '-2000.00'],
    ['2500', '-3000.00'],
  ),
  e('2025-02-28', 'Depreciation', ['6100', '100.00'], ['1590', '-100.00']),
  e('2025-03-01', 'Rent bill', ['6010', '800.00'], ['2010', '-800.00']),
  e('2025-03-03', 'Deposit cash in bank', ['1020', '1000.00'], ['1010', '-1000.00']),
  e(
    '2025-03-20',
    'Pay rent and a third each of two bills',
    ['2010', '800.00'],
    ['6010', '1.00'],
    ['6200', '1.00'],
    ['1020', '-802.00'],
  ),
];

describe('cash-flow statement', () => {
  it('direct: cash movements by counter-account, split proportionally; indirect: from net income; both reconcile', async () => {
    const b = await books();
    await fresh.db.tx((tx) => postEntries(tx, b.ctx, HISTORY));
    const direct = await cashFlowStatement(fresh.db, b.companyId, '2025-01-01', '2025-03-31', 'direct');
    expect(direct.rows.map((r) => [r.section, r.code, r.amount])).toEqual([
      ['opening', '', '10000.00'],
      ['operating', '1100', '2990.00'],
      ['operating', '2010', '-800.00'],
      ['operating', '2100', '210.00'],
      ['operating', '4010', '1000.00'],
      ['operating', '6010', '-1.00'],
      ['operating', '6200', '-1.00'],
      ['investing', '1510', '-2000.00'],
      ['closing', '', '11398.00'],
    ]);
    expect(direct.netChange).toBe('1398.00');
    expect(direct.totals).toEqual({ operating: '3398.00', investing: '-2000.00', financing: '0.00' });
    const indirect = await cashFlowStatement(fresh.db, b.companyId, '2025-01-01', '2025-03-31', 'indirect');
    expect(indirect.rows[1]).toEqual({
      section: 'operating',
      code: '',
      account: 'Net income',
      amount: '3088.00',
    });
    expect(indirect.rows.map((r) => [r.section, r.code, r.amount])).toEqual([
      ['opening', '', '10000.00'],
      ['operating', '', '3088.00'],
      ['operating', '1590', '100.00'],
      ['operating', '2100', '210.00'],
      ['investing', '1510', '-5000.00'],
      ['financing', '2500', '3000.00'],
      ['closing', '', '11398.00'],
    ]);
    for (const cf of [direct, indirect]) expect(cents(cf.opening) + sum(cf.rows)).toBe(cents(cf.closing));
  });

  it('property: for random books, both methods reconcile opening + activity = closing', async () => {
    const accounts = [
      '1010',
      '1020',
      '1100',
      '1200',
      '1510',
      '1590',
      '2010',
      '2100',
      '2500',
      '3010',
      '4010',
      '6010',
      '6100',
    ];
    const entry = fc
      .record({
        day: fc.integer({ min: 0, max: 700 }),
        lines: fc.array(fc.tuple(fc.constantFrom(...accounts), fc.integer({ min: -50_000, max: 50_000 })), {
          minLength: 1,
          maxLength: 4,
        }),
        balancer: fc.constantFrom(...accounts),
      })
      .map(({ day, lines, balancer }) => {
        const date = new Date(Date.UTC(2024, 6, 1) + day * 86_400_000).toISOString().slice(0, 10);
        const total = lines.reduce((s, [, c]) => s + c, 0);
        const all = [...lines, [balancer, -total] as [string, number]].filter(([, c]) => c !== 0);
        return all.length < 2
          ? null
          : e(date, 'random', ...all.map(([a, c]) => [a, (c / 100).toFixed(2)] as [string, string]));
      });
    const b = await books();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(entry, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 200 }),
        async (entries, start, length) => {
          const posted = entries.filter((x): x is EntryInput => x !== null);
          if (posted.length) await fresh.db.tx((tx) => postEntries(tx, b.ctx, posted));
          run += 1;
          const from = new Date(Date.UTC(2024, 6, 1) + start * 86_400_000).toISOString().slice(0, 10);
          const to = new Date(Date.parse(from) + length * 86_400_000).toISOString().slice(0, 10);
          for (const method of ['direct', 'indirect'] as const) {
            const cf = await cashFlowStatement(fresh.db, b.companyId, from, to, method);
            expect(cents(cf.opening) + sum(cf.rows), `${method} ${from}..${to} run ${run}`).toBe(
              cents(cf.closing),
            );
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('serves GET /ledger/reports/cash-flow as CSV with the documented columns', async () => {
    const b = await books();
    await fresh.db.tx((tx) => postEntries(tx, b.ctx, HISTORY.slice(0, 3)));
    const app = testApp(fresh.db);
    const res = await app.request(
      'GET',
      '/api/v1/ledger/reports/cash-flow?from=2025-01-01&to=2025-01-31&method=direct&format=csv',
      { token: b.token },
    );
    expect(res.status).toBe(200);
    expect(res.text.split('\r\n').filter(Boolean)).toEqual([
      'section,code,account,amount',
      'opening,,Cash at the start,10000.00',
      'operating,2100,Current liabilities:VAT payable,210.00',
      'operating,4010,Revenue:Sales of goods,1000.00',
      'closing,,Cash at the end,11210.00',
    ]);
    const bad = await app.request('GET', '/api/v1/ledger/reports/cash-flow?from=2025-02-01&to=2025-01-01', {
      token: b.token,
    });
    expect(bad.status).toBe(422);
  });
});

describe('comparative income statement', () => {
  it('builds previous, last-year and monthly columns', () => {
    expect(comparisonColumns('2025-03-01', '2025-03-31', 'previous')[1]).toMatchObject({
      from: '2025-02-01',
      to: '2025-02-28',
    });
    expect(comparisonColumns('2025-01-01', '2025-06-30', 'previous')[1]).toMatchObject({
      from: '2024-07-01',
      to: '2024-12-31',
    });
    expect(comparisonColumns('2025-03-10', '2025-03-19', 'previous')[1]).toMatchObject({
      from: '2025-02-28',
      to: '2025-03-09',
    });
    expect(comparisonColumns('2024-02-01', '2024-02-29', 'last-year')[1]).toMatchObject({
      from: '2023-02-01',
      to: '2023-02-28',
    });
    expect(
      comparisonColumns('2025-01-15', '2025-03-10', 'monthly').map((c) => [c.label, c.from, c.to]),
    ).toEqual([
      ['2025-01', '2025-01-15', '2025-01-31'],
      ['2025-02', '2025-02-01', '2025-02-28'],
      ['2025-03', '2025-03-01', '2025-03-10'],
    ]);
  });

  it('gives each column the plain income statement of its period', async () => {
    const b = await books();
    await fresh.db.tx((tx) =>
      postEntries(tx, b.ctx, [
        ...HISTORY,
        e('2024-02-10', 'Last year sale', ['1010', '500.00'], ['4010', '-500.00']),
        e('2024-12-15', 'December sale', ['1010', '700.00'], ['4020', '-700.00']),
      ]),
    );
    for (const compare of ['previous', 'last-year', 'monthly'] as const) {
      const cmp = await comparativeIncomeStatement(
        fresh.db,
        b.companyId,
        '2025-01-01',
        '2025-03-31',
        compare,
      );
      expect(cmp.columns.length).toBe(compare === 'monthly' ? 3 : 2);
      for (const [k, col] of cmp.columns.entries()) {
        const plain = await incomeStatement(fresh.db, b.companyId, col.from, col.to);
        expect(cmp.net[k], `${compare} ${col.label}`).toBe(plain.net);
        const fromColumn = cmp.rows
          .filter((r) => cents(r.amounts[k] ?? '0') !== 0n)
          .map((r) => [r.code, r.amounts[k]]);
        expect(fromColumn).toEqual(plain.rows.map((r) => [r.code, r.amount]));
      }
    }
    const ly = await comparativeIncomeStatement(
      fresh.db,
      b.companyId,
      '2025-01-01',
      '2025-03-31',
      'last-year',
    );
    expect(ly.net).toEqual(['3088.00', '500.00']);
    const app = testApp(fresh.db);
    const res = await app.request(
      'GET',
      '/api/v1/ledger/reports/income-statement/comparative?from=2025-01-01&to=2025-03-31&compare=monthly',
      { token: b.token },
    );
    expect(res.status).toBe(200);
    expect(res.body.columns.map((c: { label: string }) => c.label)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
    ]);
    expect(res.body.net).toEqual(['4000.00', '-110.00', '-802.00']);
  });
});
