import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postBill } from '../../../test/support/compose.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { getEntry } from '../ledger/index.ts';
import { makeBill, makePurchasing } from './factories.ts';
import { applySettlement, getBill, openPayables, reverseSettlement, submitBill, voidBill } from './index.ts';

const fresh = withFreshDatabase();

async function posted(f: Awaited<ReturnType<typeof makePurchasing>>, over = {}) {
  const bill = await makeBill(fresh.db, f, over);
  await fresh.db.tx((tx) => submitBill(tx, f.ctx, bill.id));
  return fresh.db.tx((tx) => postBill(tx, f.ctx, bill.id));
}

describe('bills', () => {
  it('computes totals with the tax calculator, defaults the due date from the vendor terms', async () => {
    const f = await makePurchasing(fresh.db);
    const bill = await makeBill(fresh.db, f, {
      lines: [
        { description: 'Paper', accountId: '6100', taxCode: 'S21', quantity: '3', unitPrice: '100.00' },
        { description: 'Books', accountId: f.accounts.supplies.id, taxCode: 'S12', unitPrice: '50.00' },
      ],
    });
    expect(bill.status).toBe('draft');
    expect(bill.net).toBe('350.00');
    expect(bill.tax).toBe('69.00');
    expect(bill.total).toBe('419.00');
    expect(bill.dueDate).toBe('2026-03-16');
    expect(bill.lines).toHaveLength(2);
    expect(bill.lines[0]?.accountId).toBe(f.accounts.supplies.id);
  });

  it('refuses a line on an income or liability account, naming the line and how to fix it', async () => {
    const f = await makePurchasing(fresh.db);
    await expect(
      makeBill(fresh.db, f, { lines: [{ accountId: '343', taxCode: 'S21', unitPrice: '10.00' }] }),
    ).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringMatching(/Line 1: 343 VAT is a liability account/),
    });
  });

  it('warns about a duplicate (same number, or same amount and date) and saves only when confirmed', async () => {
    const f = await makePurchasing(fresh.db);
    const first = await makeBill(fresh.db, f, { vendorInvoiceNumber: 'INV-1' });
    const err = await makeBill(fresh.db, f, { vendorInvoiceNumber: 'inv-1', issueDate: '2026-04-01' }).catch(
      (e) => e,
    );
    expect(err.code).toBe('conflict');
    expect(err.details.reason).toBe('possible_duplicate');
    expect(err.details.candidates).toEqual([
      expect.objectContaining({ id: first.id, reason: 'same_number' }),
    ]);
    const sameAmount = await makeBill(fresh.db, f, { vendorInvoiceNumber: 'INV-2' }).catch((e) => e);
    expect(sameAmount.details.candidates[0].reason).toBe('same_amount_and_date');
    const count = await fresh.db.query(
      'SELECT count(*)::int AS n FROM purchasing_bills WHERE company_id = $1',
      [f.companyId],
    );
    expect(count.rows[0]?.n).toBe(1);
    const saved = await makeBill(fresh.db, f, { vendorInvoiceNumber: 'INV-1', confirmDuplicate: true });
    expect(saved.status).toBe('draft');
  });

  it('submits (no policy: approved at once), posts AP / expense / input tax through the ledger', async () => {
    const f = await makePurchasing(fresh.db);
    const bill = await makeBill(fresh.db, f);
    await expect(fresh.db.tx((tx) => postBill(tx, f.ctx, bill.id))).rejects.toMatchObject({
      code: 'conflict',
    });
    const approved = await fresh.db.tx((tx) => submitBill(tx, f.ctx, bill.id));
    expect(approved.status).toBe('approved');
    const done = await fresh.db.tx((tx) => postBill(tx, f.ctx, bill.id));
    expect(done.status).toBe('posted');
    const entry = await getEntry(fresh.db, f.companyId, done.entryId as string);
    const byAccount = Object.fromEntries(
      (entry.lines ?? []).map((l) => [l.accountId, l.debit ?? `-${l.credit}`]),
    );
    expect(byAccount[f.accounts.supplies.id]).toBe('1000.00');
    expect(byAccount[f.accounts.vat.id]).toBe('210.00');
    expect(byAccount[f.accounts.payable.id]).toBe('-1210.00');
    await expect(fresh.db.tx((tx) => postBill(tx, f.ctx, bill.id))).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(fresh.db.tx((tx) => voidBill(tx, f.ctx, bill.id, 'oops'))).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('self-assesses reverse charge: input and output tax for the same amount, AP only the net', async () => {
    const f = await makePurchasing(fresh.db);
    const done = await posted(f, {
      reverseChargeRate: '21',
      lines: [{ description: 'Consulting (EU)', accountId: '6100', taxCode: 'AE', unitPrice: '1000.00' }],
    });
    expect(done.total).toBe('1000.00');
    const entry = await getEntry(fresh.db, f.companyId, done.entryId as string);
    const amt = (l: { debit: string | null; credit: string | null }) => l.debit ?? `-${l.credit}`;
    const vat = (entry.lines ?? [])
      .filter((l) => l.accountId === f.accounts.vat.id)
      .map(amt)
      .sort();
    expect(vat).toEqual(['-210.00', '210.00']);
    const ap = (entry.lines ?? []).find((l) => l.accountId === f.accounts.payable.id);
    expect(ap && amt(ap)).toBe('-1000.00');
    await expect(
      makeBill(fresh.db, f, { lines: [{ accountId: '6100', taxCode: 'AE', unitPrice: '5.00' }] }),
    ).rejects.toMatchObject({ code: 'validation', message: expect.stringMatching(/reverseChargeRate/) });
  });
});

describe('open payables and settlements', () => {
  it('lists posted bills with their open amount, as of a date, due before a date; status follows settlements', async () => {
    const f = await makePurchasing(fresh.db);
    const a = await posted(f, { issueDate: '2026-03-01', dueDate: '2026-03-10' });
    const b = await posted(f, {
      issueDate: '2026-03-05',
      dueDate: '2026-04-30',
      lines: [{ accountId: '6100', taxCode: 'S21', unitPrice: '200.00' }],
    });
    await makeBill(fresh.db, f, {
      issueDate: '2026-03-06',
      lines: [{ accountId: '6100', taxCode: 'S21', unitPrice: '7.00' }],
    });
    let open = await openPayables(fresh.db, f.companyId);
    expect(open.map((o) => o.documentId)).toEqual([a.id, b.id]);
    expect(open[0]).toMatchObject({
      kind: 'bill',
      partyId: f.vendor.id,
      totalMinor: 121000n,
      openMinor: 121000n,
      controlAccountId: f.accounts.payable.id,
      currency: 'CZK',
    });
    expect(
      (await openPayables(fresh.db, f.companyId, { dueBefore: '2026-03-31' })).map((o) => o.documentId),
    ).toEqual([a.id]);

    const r1 = await fresh.db.tx((tx) =>
      applySettlement(tx, f.ctx, {
        documentId: a.id,
        settlementId: 'pay_1',
        amountMinor: 21000n,
        date: '2026-03-08',
      }),
    );
    expect(r1).toMatchObject({ status: 'partially_paid', openMinor: 100000n });
    await expect(
      fresh.db.tx((tx) =>
        applySettlement(tx, f.ctx, {
          documentId: a.id,
          settlementId: 'pay_2',
          amountMinor: 100001n,
          date: '2026-03-09',
        }),
      ),
    ).rejects.toMatchObject({ code: 'validation' });
    await expect(
      fresh.db.tx((tx) =>
        applySettlement(tx, f.ctx, {
          documentId: a.id,
          settlementId: 'pay_1',
          amountMinor: 1n,
          date: '2026-03-09',
        }),
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
    const r2 = await fresh.db.tx((tx) =>
      applySettlement(tx, f.ctx, {
        documentId: a.id,
        settlementId: 'pay_2',
        amountMinor: 100000n,
        date: '2026-03-20',
      }),
    );
    expect(r2.status).toBe('paid');
    open = await openPayables(fresh.db, f.companyId);
    expect(open.map((o) => o.documentId)).toEqual([b.id]);
    const asOf = await openPayables(fresh.db, f.companyId, { asOf: '2026-03-10' });
    expect(asOf.find((o) => o.documentId === a.id)?.openMinor).toBe(100000n);
    expect(asOf.find((o) => o.documentId === b.id)).toBeDefined();
    expect(
      (await openPayables(fresh.db, f.companyId, { asOf: '2026-03-02' })).map((o) => o.documentId),
    ).toEqual([a.id]);

    await fresh.db.tx((tx) => reverseSettlement(tx, f.ctx, { settlementId: 'pay_2' }));
    expect((await getBill(fresh.db, f.companyId, a.id)).status).toBe('partially_paid');
    const draft = await makeBill(fresh.db, f, {
      vendorInvoiceNumber: 'X-9',
      lines: [{ accountId: '6100', taxCode: 'S21', unitPrice: '9.00' }],
    });
    await expect(
      fresh.db.tx((tx) =>
        applySettlement(tx, f.ctx, {
          documentId: draft.id,
          settlementId: 'pay_3',
          amountMinor: 1n,
          date: '2026-03-09',
        }),
      ),
    ).rejects.toMatchObject({ code: 'validation', message: expect.stringMatching(/Post it first/) });
  });

  it('never settles more than the total, whatever the sequence of partial payments (property)', async () => {
    const f = await makePurchasing(fresh.db);
    const bill = await posted(f, {
      vendorInvoiceNumber: 'PROP-1',
      lines: [{ accountId: '6100', taxCode: 'S21', unitPrice: '100.00' }],
    });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.bigInt({ min: 1n, max: 6000n }), { minLength: 1, maxLength: 6 }),
        async (amounts) => {
          const ids: string[] = [];
          for (const amountMinor of amounts) {
            n += 1;
            const id = `p_${n}`;
            const ok = await fresh.db
              .tx((tx) =>
                applySettlement(tx, f.ctx, {
                  documentId: bill.id,
                  settlementId: id,
                  amountMinor,
                  date: '2026-03-10',
                }),
              )
              .then(() => true)
              .catch(() => false);
            if (ok) ids.push(id);
          }
          const now = await getBill(fresh.db, f.companyId, bill.id);
          expect(BigInt(now.openMinor)).toBeGreaterThanOrEqual(0n);
          for (const id of ids) await fresh.db.tx((tx) => reverseSettlement(tx, f.ctx, { settlementId: id }));
          expect((await getBill(fresh.db, f.companyId, bill.id)).status).toBe('posted');
        },
      ),
      { numRuns: 15 },
    );
  });

  it('two concurrent payments of the whole bill: one settles, the other is refused (FOR UPDATE)', async () => {
    const f = await makePurchasing(fresh.db);
    const bill = await posted(f, { vendorInvoiceNumber: 'RACE-1' });
    const pay = (n: string) =>
      fresh.db
        .tx((tx) =>
          applySettlement(tx, f.ctx, {
            documentId: bill.id,
            settlementId: n,
            amountMinor: 121000n,
            date: '2026-03-10',
          }),
        )
        .then(() => 'ok')
        .catch((e: { code?: string }) => e.code ?? 'error');
    const results = await Promise.all([pay('race_a'), pay('race_b')]);
    expect(results.sort()).toEqual(['ok', 'validation']);
    const now = await getBill(fresh.db, f.companyId, bill.id);
    expect(now).toMatchObject({ status: 'paid', openMinor: '0' });
  });
});
