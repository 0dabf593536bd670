import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { AppError } from '../../kernel/errors.ts';
import { verifyAuditChain } from '../../platform/audit/index.ts';
import { makeLedger } from './factories.ts';
import {
  balanceSheet,
  getEntry,
  incomeStatement,
  postDraft,
  postEntries,
  reverseEntry,
  saveDraft,
  setPeriodLock,
  setRates,
  submitDraft,
  trialBalance,
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

describe('posting', () => {
  it('posts a balanced entry, keeps balances and reports that agree', async () => {
    const l = await makeLedger(fresh.db);
    await fresh.db.tx((tx) =>
      postEntries(tx, l.ctx, [
        {
          date: '2025-01-01',
          description: 'Opening',
          lines: [
            { account: '1000', debit: '10000.00' },
            { account: '3000', credit: '10000.00' },
          ],
        },
        {
          date: '2025-01-05',
          description: 'Invoice',
          lines: [
            { account: '1100', debit: '1200.00' },
            { account: '4000', credit: '1200.00' },
          ],
        },
        {
          date: '2025-01-31',
          description: 'Rent',
          lines: [
            { account: '6000', debit: '800.00' },
            { account: '2000', credit: '800.00' },
          ],
        },
        {
          date: '2025-02-03',
          description: 'Pay rent',
          lines: [
            { account: '2000', debit: '800.00' },
            { account: '1000', credit: '800.00' },
          ],
        },
      ]),
    );
    const tb = await trialBalance(fresh.db, l.companyId, '2025-02-03');
    expect(tb.rows.map((r) => [r.code, r.debit, r.credit])).toEqual([
      ['1000', '9200.00', ''],
      ['1100', '1200.00', ''],
      ['3000', '', '10000.00'],
      ['4000', '', '1200.00'],
      ['6000', '800.00', ''],
    ]);
    expect(tb.totalDebit).toBe(tb.totalCredit);
    const tbJan = await trialBalance(fresh.db, l.companyId, '2025-01-30');
    expect(tbJan.rows.find((r) => r.code === '6000')).toBeUndefined();
    const is = await incomeStatement(fresh.db, l.companyId, '2025-01-01', '2025-02-03');
    expect(is.rows.map((r) => [r.code, r.amount])).toEqual([
      ['4000', '1200.00'],
      ['6000', '-800.00'],
    ]);
    expect(is.net).toBe('400.00');
    const bs = await balanceSheet(fresh.db, l.companyId, '2025-02-03');
    expect(bs.assets).toBe('10400.00');
    expect(bs.equity).toBe('10400.00');
    expect((await verifyLedger(fresh.db, l.companyId)).ok).toBe(true);
    expect((await verifyAuditChain(fresh.db)).ok).toBe(true);
  });

  it('refuses bad entries with a stable code and writes nothing', async () => {
    const l = await makeLedger(fresh.db);
    const post = (
      lines: { account: string; debit?: string; credit?: string; amount?: string; currency?: string }[],
      date = '2025-03-01',
    ) => codeOf(fresh.db.tx((tx) => postEntries(tx, l.ctx, [{ date, description: 'x', lines }])));
    expect(
      await post([
        { account: '1000', debit: '1.00' },
        { account: '4000', credit: '2.00' },
      ]),
    ).toBe('unbalanced_entry');
    expect(
      await post([
        { account: '9999', debit: '1.00' },
        { account: '4000', credit: '1.00' },
      ]),
    ).toBe('validation');
    expect(
      await post([
        { account: '1000', debit: '1.001' },
        { account: '4000', credit: '1.001' },
      ]),
    ).toBe('validation');
    expect(
      await post([
        { account: '1000', debit: '1e3' },
        { account: '4000', credit: '1e3' },
      ]),
    ).toBe('validation');
    expect(
      await post([
        { account: '1000', debit: '1000000000000000.01' },
        { account: '4000', credit: '1000000000000000.01' },
      ]),
    ).toBe('validation');
    expect(
      await post([
        { account: '1000', debit: '0' },
        { account: '4000', credit: '0' },
      ]),
    ).toBe('validation');
    expect(await post([{ account: '1000', debit: '1.00' }])).toBe('validation');
    expect(
      await post([
        { account: '1010', debit: '1.00', currency: 'USD' },
        { account: '4000', credit: '1.00' },
      ]),
    ).toBe('validation');
    expect(
      await post(
        [
          { account: '1000', debit: '1.00' },
          { account: '4000', credit: '1.00' },
        ],
        '2024-06-01',
      ),
    ).toBe('validation');
    expect(
      await post(
        [
          { account: '1000', debit: '1.00' },
          { account: '4000', credit: '1.00' },
        ],
        '2025-02-30',
      ),
    ).toBe('validation');
    const rows = await fresh.db.query('SELECT 1 FROM ledger_lines WHERE company_id = $1', [l.companyId]);
    expect(rows.rowCount).toBe(0);
  });

  it('converts foreign currency at the stored rate and balances per currency and in base', async () => {
    const l = await makeLedger(fresh.db);
    await fresh.db.tx((tx) => setRates(tx, l.ctx, [{ currency: 'EUR', date: '2025-01-01', rate: '1.10' }]));
    const [posted] = await fresh.db.tx((tx) =>
      postEntries(tx, l.ctx, [
        {
          date: '2025-03-10',
          description: 'EUR sale',
          lines: [
            { account: '1010', debit: '100.00' },
            { account: '1100', debit: '10.00' },
            { account: '4000', credit: '120.00' },
          ],
        },
      ]),
    );
    const entry = await getEntry(fresh.db, l.companyId, posted!.id);
    expect(entry.lines?.[0]).toMatchObject({
      currency: 'EUR',
      debit: '100.00',
      baseAmount: '110.00',
      rate: '1.1',
    });
    expect(
      await codeOf(
        fresh.db.tx((tx) =>
          postEntries(tx, l.ctx, [
            {
              date: '2025-03-10',
              description: 'x',
              lines: [
                { account: '1010', debit: '100.00' },
                { account: '4000', credit: '100.00' },
              ],
            },
          ]),
        ),
      ),
    ).toBe('unbalanced_entry');
    expect((await verifyLedger(fresh.db, l.companyId)).ok).toBe(true);
  });

  it('reverses once; the pair nets to zero; posted facts cannot be edited', async () => {
    const l = await makeLedger(fresh.db);
    const [e] = await fresh.db.tx((tx) =>
      postEntries(tx, l.ctx, [
        {
          date: '2025-04-01',
          description: 'Sale',
          lines: [
            { account: '1100', debit: '50.00' },
            { account: '4000', credit: '50.00' },
          ],
        },
      ]),
    );
    const { reversal, copy } = await fresh.db.tx((tx) =>
      reverseEntry(tx, l.ctx, e!.id, '2025-04-02', { correctedCopy: true }),
    );
    expect(copy?.status).toBe('draft');
    expect((await trialBalance(fresh.db, l.companyId, '2025-04-30')).rows).toEqual([]);
    expect(await codeOf(fresh.db.tx((tx) => reverseEntry(tx, l.ctx, e!.id, '2025-04-03')))).toBe('conflict');
    expect(await codeOf(fresh.db.tx((tx) => reverseEntry(tx, l.ctx, reversal.id, '2025-04-03')))).toBe(
      'conflict',
    );
    await expect(
      fresh.db.query('UPDATE ledger_lines SET amount = 1 WHERE entry_id = $1', [e!.id]),
    ).rejects.toThrow(/immutable/);
    await expect(
      fresh.db.query("UPDATE ledger_entries SET description = 'x' WHERE id = $1", [e!.id]),
    ).rejects.toThrow(/reverse/);
    await expect(fresh.db.query('DELETE FROM ledger_entries WHERE id = $1', [e!.id])).rejects.toThrow(
      /reverse/,
    );
  });

  it('refuses postings and reversals inside a locked period, naming it; unlock needs a reason', async () => {
    const l = await makeLedger(fresh.db);
    const [e] = await fresh.db.tx((tx) =>
      postEntries(tx, l.ctx, [
        {
          date: '2025-05-10',
          description: 'Sale',
          lines: [
            { account: '1100', debit: '5.00' },
            { account: '4000', credit: '5.00' },
          ],
        },
      ]),
    );
    await fresh.db.tx((tx) => setPeriodLock(tx, l.ctx, '2025-05', true));
    const err = await fresh.db
      .tx((tx) =>
        postEntries(tx, l.ctx, [
          {
            date: '2025-05-11',
            description: 'x',
            lines: [
              { account: '1100', debit: '5.00' },
              { account: '4000', credit: '5.00' },
            ],
          },
        ]),
      )
      .catch((x) => x);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('period_locked');
    expect(err.message).toContain('2025-05');
    expect(await codeOf(fresh.db.tx((tx) => reverseEntry(tx, l.ctx, e!.id, '2025-05-20')))).toBe(
      'period_locked',
    );
    expect(await codeOf(fresh.db.tx((tx) => setPeriodLock(tx, l.ctx, '2025-05', false)))).toBe('validation');
    await fresh.db.tx((tx) => setPeriodLock(tx, l.ctx, '2025-05', false, 'late invoice'));
    expect(await codeOf(fresh.db.tx((tx) => reverseEntry(tx, l.ctx, e!.id, '2025-05-20')))).toBe('ok');
  });

  it('drafts are posted once, through submission', async () => {
    const l = await makeLedger(fresh.db);
    const draft = await fresh.db.tx((tx) =>
      saveDraft(tx, l.ctx, {
        date: '2025-06-01',
        description: 'Draft',
        lines: [
          { account: '6000', debit: '9.00' },
          { account: '1000', credit: '9.00' },
        ],
      }),
    );
    expect(draft.status).toBe('draft');
    expect((await fresh.db.tx((tx) => submitDraft(tx, l.ctx, draft.id))).status).toBe('pending_approval');
    const results = await Promise.all(
      [1, 2].map(() => codeOf(fresh.db.tx((tx) => postDraft(tx, l.ctx, draft.id)))),
    );
    expect(results.sort()).toEqual(['conflict', 'ok']);
    expect((await getEntry(fresh.db, l.companyId, draft.id)).status).toBe('posted');
    expect((await verifyLedger(fresh.db, l.companyId)).ok).toBe(true);
  });

  it('property: random balanced entries keep the trial balance balanced and the books verified', async () => {
    const l = await makeLedger(fresh.db);
    const accounts = ['1000', '1100', '2000', '3000', '4000', '6000'];
    const entryArb = fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 1, max: 12 }),
      legs: fc.array(
        fc.record({ account: fc.constantFrom(...accounts), cents: fc.integer({ min: 1, max: 10_000_000 }) }),
        { minLength: 1, maxLength: 4 },
      ),
      against: fc.constantFrom(...accounts),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(entryArb, { minLength: 1, maxLength: 20 }), async (entries) => {
        const inputs = entries.map((e) => {
          const total = e.legs.reduce((s, x) => s + BigInt(x.cents), 0n);
          const fmt = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;
          return {
            date: `2026-${String(e.month).padStart(2, '0')}-${String(e.day).padStart(2, '0')}`,
            description: 'random',
            lines: [
              ...e.legs.map((x) => ({ account: x.account, debit: fmt(BigInt(x.cents)) })),
              { account: e.against, credit: fmt(total) },
            ],
          };
        });
        await fresh.db.tx((tx) => postEntries(tx, l.ctx, inputs));
        const tb = await trialBalance(fresh.db, l.companyId, '2026-12-31');
        expect(tb.totalDebit).toBe(tb.totalCredit);
      }),
      { numRuns: 15 },
    );
    expect((await verifyLedger(fresh.db, l.companyId)).ok).toBe(true);
  });
});

describe('the approval gate at the posting choke point', () => {
  it('holds what a policy covers on every path, and posts it once when the approval executes', async () => {
    const { setApprovalGate } = await import('../../platform/approvals/index.ts');
    const l = await makeLedger(fresh.db);
    const restoreGate = setApprovalGate(async (_tx, ctx, subject) => {
      if (ctx.approvalRequestId === 'req-ok') return { kind: 'proceed' };
      return Number(String(subject.data.amount).split('.')[0]) >= 1000
        ? { kind: 'pending', requestId: 'req-1' }
        : { kind: 'proceed' };
    });
    try {
      const results = await fresh.db.tx((tx) =>
        postEntries(tx, l.ctx, [
          {
            date: '2025-07-01',
            description: 'Small',
            lines: [
              { account: '6000', debit: '10.00' },
              { account: '1000', credit: '10.00' },
            ],
          },
          {
            date: '2025-07-01',
            description: 'Big',
            lines: [
              { account: '6000', debit: '25000.00' },
              { account: '1000', credit: '25000.00' },
            ],
          },
        ]),
      );
      expect(results.map((r) => r.status)).toEqual(['posted', 'pending_approval']);
      const big = results[1]!;
      expect(big.approvalRequestId).toBe('req-1');
      expect((await getEntry(fresh.db, l.companyId, big.id)).status).toBe('pending_approval');
      expect((await trialBalance(fresh.db, l.companyId, '2025-07-31')).totalDebit).toBe('10.00');
      // The maker trying again (post the held draft) is held again, never posted.
      expect((await fresh.db.tx((tx) => postDraft(tx, l.ctx, big.id))).status).toBe('pending_approval');
      // The approval engine executes it once.
      const approved = await fresh.db.tx((tx) =>
        postDraft(tx, { ...l.ctx, approvalRequestId: 'req-ok' } as typeof l.ctx, big.id),
      );
      expect(approved.status).toBe('posted');
      expect(
        await codeOf(
          fresh.db.tx((tx) =>
            postDraft(tx, { ...l.ctx, approvalRequestId: 'req-ok' } as typeof l.ctx, big.id),
          ),
        ),
      ).toBe('conflict');
      expect((await trialBalance(fresh.db, l.companyId, '2025-07-31')).totalDebit).toBe('25010.00');
      expect((await verifyLedger(fresh.db, l.companyId)).ok).toBe(true);
    } finally {
      // The gate the process was composed with, not a proceed-everything one: later files in this worker
      // (document approval, bill approval) need the real policies.
      restoreGate();
    }
  });
});

describe('accounts', () => {
  it('renaming a parent renames its sub-accounts; a taken code or name is a conflict naming it', async () => {
    const { createAccount, updateAccount, getAccount } = await import('./index.ts');
    const l = await makeLedger(fresh.db);
    const parent = await fresh.db.tx((tx) =>
      createAccount(tx, l.ctx, { code: '5000', name: 'Operating', type: 'expense' }),
    );
    const child = await fresh.db.tx((tx) =>
      createAccount(tx, l.ctx, { code: '5100', name: 'Travel', type: 'expense', parentId: parent.id }),
    );
    const grandchild = await fresh.db.tx((tx) =>
      createAccount(tx, l.ctx, { code: '5110', name: 'Taxi', type: 'expense', parentId: child.id }),
    );
    await fresh.db.tx((tx) => updateAccount(tx, l.ctx, parent.id, { name: 'Overheads' }));
    expect((await getAccount(fresh.db, l.companyId, child.id)).fullName).toBe('Overheads:Travel');
    expect((await getAccount(fresh.db, l.companyId, grandchild.id)).fullName).toBe('Overheads:Travel:Taxi');
    const err = await fresh.db
      .tx((tx) => updateAccount(tx, l.ctx, child.id, { code: '5000' }))
      .catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('conflict');
    expect(err.message).toContain('5000');
  });
});

describe('report dates', () => {
  it('refuses a day that does not exist instead of rolling it into the next month', async () => {
    const l = await makeLedger(fresh.db);
    expect(await codeOf(trialBalance(fresh.db, l.companyId, '2025-02-30'))).toBe('validation');
    expect(await codeOf(incomeStatement(fresh.db, l.companyId, '2025-01-01', '2025-04-31'))).toBe(
      'validation',
    );
  });
});
