import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { AppError } from '../../kernel/errors.ts';
import { makeDepartment } from '../org/factories.ts';
import { makeLedger } from './factories.ts';
import {
  comparativeIncomeStatement,
  createAccount,
  type Dimension,
  getEntry,
  incomeStatement,
  postEntries,
  resolveDimensionFilter,
  setTrackedDimensions,
  trialBalance,
  updateAccount,
  verifyLedger,
} from './index.ts';

const fresh = withFreshDatabase();

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    return err instanceof AppError ? err.code : String(err);
  }
}

describe('default dimensions', () => {
  it('fills a line’s empty dimensions from its account and checks the department', async () => {
    const l = await makeLedger(fresh.db);
    const dep = await makeDepartment(fresh.db, l.companyId, { code: 'OPS' });
    const other = await makeLedger(fresh.db);
    const foreign = await makeDepartment(fresh.db, other.companyId);
    const travel = await fresh.db.tx((tx) =>
      createAccount(tx, l.ctx, {
        code: '6100',
        name: 'Travel',
        type: 'expense',
        defaultDimensions: { departmentId: dep.id, project: 'P-1' },
      }),
    );
    expect(travel.defaultDimensions).toEqual({ departmentId: dep.id, project: 'P-1' });
    expect(
      await codeOf(
        fresh.db.tx((tx) =>
          updateAccount(tx, l.ctx, travel.id, { defaultDimensions: { departmentId: foreign.id } }),
        ),
      ),
    ).toBe('validation');
    const updated = await fresh.db.tx((tx) =>
      updateAccount(tx, l.ctx, travel.id, { defaultDimensions: { departmentId: dep.id, costCentre: 'CC9' } }),
    );
    expect(updated.defaultDimensions).toEqual({ departmentId: dep.id, costCentre: 'CC9' });
    const [posted] = await fresh.db.tx((tx) =>
      postEntries(tx, l.ctx, [
        {
          date: '2025-03-03',
          description: 'Trip',
          lines: [
            { account: '6100', debit: '50.00', project: 'P-7' },
            { account: '1000', credit: '50.00' },
          ],
        },
      ]),
    );
    const lines = (
      await fresh.db.query<{ line_no: number; d: string | null; c: string | null; p: string | null }>(
        `SELECT line_no, department_id AS d, cost_centre AS c, project AS p FROM ledger_lines
          WHERE company_id = $1 AND entry_id = $2 ORDER BY line_no`,
        [l.companyId, posted?.id],
      )
    ).rows;
    expect(lines).toEqual([
      { line_no: 1, d: dep.id, c: 'CC9', p: 'P-7' },
      { line_no: 2, d: null, c: null, p: null },
    ]);
    expect((await getEntry(fresh.db, l.companyId, posted?.id ?? '')).id).toBe(posted?.id);
    expect((await verifyLedger(fresh.db, l.companyId)).ok).toBe(true);
  });
});

describe('balances by dimension', () => {
  it('backfills on tracking, keeps them at posting, and reports by department (code or id)', async () => {
    const l = await makeLedger(fresh.db);
    const dep = await makeDepartment(fresh.db, l.companyId, { code: 'SALES' });
    const post = (date: string, amount: string, departmentId?: string) =>
      fresh.db.tx((tx) =>
        postEntries(tx, l.ctx, [
          {
            date,
            description: 'sale',
            lines: [
              { account: '1100', debit: amount, departmentId },
              { account: '4000', credit: amount, departmentId },
            ],
          },
        ]),
      );
    await post('2025-01-10', '100.00', dep.id);
    await post('2025-01-11', '7.00');
    expect(await codeOf(resolveDimensionFilter(fresh.db, l.companyId, 'department', 'SALES'))).toBe(
      'validation',
    );
    expect(await fresh.db.tx((tx) => setTrackedDimensions(tx, l.ctx, ['project', 'department']))).toEqual([
      'department',
      'project',
    ]);
    await post('2025-02-05', '20.00', dep.id);
    const dim = await resolveDimensionFilter(fresh.db, l.companyId, 'department', 'sales');
    expect(dim).toEqual({ dimension: 'department', value: dep.id });
    const tb = await trialBalance(fresh.db, l.companyId, '2025-02-28', dim);
    expect(tb.rows.map((r) => [r.code, r.debit, r.credit])).toEqual([
      ['1100', '120.00', ''],
      ['4000', '', '120.00'],
    ]);
    const is = await incomeStatement(fresh.db, l.companyId, '2025-02-01', '2025-02-28', dim);
    expect(is.rows.map((r) => [r.code, r.amount])).toEqual([['4000', '20.00']]);
    const cmp = await comparativeIncomeStatement(
      fresh.db,
      l.companyId,
      '2025-01-01',
      '2025-02-28',
      'monthly',
      dim,
    );
    expect(cmp.rows.map((r) => [r.code, ...r.amounts])).toEqual([['4000', '100.00', '20.00']]);
    // Any range, not only whole months: the edges come from the daily dimension balances.
    expect((await trialBalance(fresh.db, l.companyId, '2025-02-04', dim)).totalDebit).toBe('100.00');
    expect((await trialBalance(fresh.db, l.companyId, '2025-02-05', dim)).totalDebit).toBe('120.00');
    expect((await incomeStatement(fresh.db, l.companyId, '2025-01-11', '2025-02-05', dim)).net).toBe('20.00');
    expect((await verifyLedger(fresh.db, l.companyId)).ok).toBe(true);
    // A kept figure that disagrees with the lines is found.
    await fresh.db.query(
      `UPDATE ledger_balances_dim_monthly SET base_amount = base_amount + 1 WHERE company_id = $1 AND account_id = $2`,
      [l.companyId, l.accounts.sales.id],
    );
    const bad = await verifyLedger(fresh.db, l.companyId);
    expect(bad.problems.map((p) => p.kind)).toContain('balance_mismatch');
    // Turning tracking off drops the dimension's balances; on again rebuilds them.
    await fresh.db.tx((tx) => setTrackedDimensions(tx, l.ctx, []));
    expect((await verifyLedger(fresh.db, l.companyId)).ok).toBe(true);
    await fresh.db.tx((tx) => setTrackedDimensions(tx, l.ctx, ['department']));
    expect((await verifyLedger(fresh.db, l.companyId)).ok).toBe(true);
    expect((await trialBalance(fresh.db, l.companyId, '2025-02-28', dim)).totalDebit).toBe('120.00');
  });

  it('property: for tracked dimensions, dimension balances sum to the account balances', async () => {
    const DIMS: Dimension[] = ['department', 'cost_centre', 'project', 'partner'];
    const lineArb = fc.record({
      account: fc.constantFrom('1000', '1100', '2000', '4000', '6000'),
      cents: fc.integer({ min: 1, max: 100_000 }),
      costCentre: fc.option(fc.constantFrom('A', 'B'), { nil: undefined }),
      project: fc.option(fc.constantFrom('X', 'Y', 'Z'), { nil: undefined }),
      partner: fc.option(fc.constantFrom('acme', 'globex'), { nil: undefined }),
    });
    const entryArb = fc.record({
      day: fc.integer({ min: 0, max: 364 }),
      lines: fc.array(lineArb, { minLength: 1, maxLength: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(entryArb, { minLength: 1, maxLength: 12 }),
        fc.subarray(DIMS),
        fc.integer({ min: 0, max: 12 }),
        async (entries, tracked, switchAt) => {
          const l = await makeLedger(fresh.db, { years: [2025] });
          const dep = await makeDepartment(fresh.db, l.companyId);
          const inputs = entries.map((e, i) => ({
            date: new Date(Date.UTC(2025, 0, 1 + e.day)).toISOString().slice(0, 10),
            description: `e${i}`,
            lines: [
              ...e.lines.map((x, j) => ({
                account: x.account,
                debit: (x.cents / 100).toFixed(2),
                costCentre: x.costCentre,
                project: x.project,
                partner: x.partner,
                departmentId: j % 2 === 0 ? dep.id : undefined,
              })),
              {
                account: '3000',
                credit: (e.lines.reduce((s, x) => s + x.cents, 0) / 100).toFixed(2),
                project: 'X',
              },
            ],
          }));
          // Some entries before tracking is turned on (backfilled), the rest after (kept at posting).
          const cut = Math.min(switchAt, inputs.length);
          if (cut > 0) await fresh.db.tx((tx) => postEntries(tx, l.ctx, inputs.slice(0, cut)));
          await fresh.db.tx((tx) => setTrackedDimensions(tx, l.ctx, tracked));
          if (cut < inputs.length) await fresh.db.tx((tx) => postEntries(tx, l.ctx, inputs.slice(cut)));
          const mismatches = await fresh.db.query(
            `WITH dims AS (SELECT dimension, account_id, currency, month, sum(amount) AS amount, sum(base_amount) AS base
                             FROM ledger_balances_dim_monthly WHERE company_id = $1 GROUP BY 1, 2, 3, 4),
                  untagged AS (
                    SELECT d.dimension, l.account_id, l.currency, date_trunc('month', l.entry_date)::date AS month,
                           sum(l.amount) AS amount, sum(l.base_amount) AS base
                      FROM ledger_lines l CROSS JOIN unnest($2::text[]) AS d(dimension)
                     WHERE l.company_id = $1 AND CASE d.dimension WHEN 'department' THEN l.department_id
                             WHEN 'cost_centre' THEN l.cost_centre WHEN 'project' THEN l.project ELSE l.partner END IS NULL
                     GROUP BY 1, 2, 3, 4),
                  total AS (SELECT d.dimension, m.account_id, m.currency, m.month, m.amount, m.base_amount AS base
                              FROM ledger_balances_monthly m CROSS JOIN unnest($2::text[]) AS d(dimension) WHERE m.company_id = $1)
             SELECT t.* FROM total t
               LEFT JOIN dims USING (dimension, account_id, currency, month)
               LEFT JOIN untagged u USING (dimension, account_id, currency, month)
              WHERE coalesce(dims.amount, 0) + coalesce(u.amount, 0) <> t.amount
                 OR coalesce(dims.base, 0) + coalesce(u.base, 0) <> t.base`,
            [l.companyId, tracked],
          );
          expect(mismatches.rows).toEqual([]);
          const untrackedRows = await fresh.db.query(
            'SELECT 1 FROM ledger_balances_dim_monthly WHERE company_id = $1 AND NOT dimension = ANY($2::text[])',
            [l.companyId, tracked],
          );
          expect(untrackedRows.rowCount).toBe(0);
          expect((await verifyLedger(fresh.db, l.companyId)).problems).toEqual([]);
        },
      ),
      { numRuns: 12 },
    );
  });
});
