import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issueInvoices } from '../../../test/support/compose.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { makeBankAccount } from '../../modules/banking/factories.ts';
import { getEntry } from '../../modules/ledger/index.ts';
import { creditBalances, listPayments, partyCredit } from '../../modules/payments/index.ts';
import { makeDraft, makeSales, type SalesFixture } from '../../modules/sales/factories.ts';
import { getInvoice, openReceivables } from '../../modules/sales/index.ts';
import type { Database } from '../../platform/db/index.ts';
import { recordPayment, voidPayment } from './payments.ts';

const fresh = withFreshDatabase();

async function issued(
  db: Database,
  f: SalesFixture,
  price = '1000',
): Promise<{ id: string; total: string; number: string }> {
  const d = await makeDraft(db, f, {
    currency: 'EUR',
    lines: [{ description: 'Work', quantity: '1', unit: 'HUR', unitPrice: price, taxCode: 'S21' }],
  });
  await db.tx((tx) => issueInvoices(tx, f.ctx, [d.id]));
  const inv = await getInvoice(db, f.companyId, d.id);
  return { id: inv.id, total: inv.total, number: inv.number ?? '' };
}

async function setup() {
  const f = await makeSales(fresh.db, { baseCurrency: 'EUR' });
  const bank = await makeBankAccount(fresh.db, f.companyId, { currency: 'EUR' });
  return { f, bank };
}

function balanced(lines: { debit: string | null; credit: string | null }[] | null): boolean {
  const cents = (s: string | null) => BigInt((s ?? '0').replace('.', ''));
  const d = (lines ?? []).reduce((s, l) => s + cents(l.debit), 0n);
  const c = (lines ?? []).reduce((s, l) => s + cents(l.credit), 0n);
  return d === c && d > 0n;
}

describe('receipts', () => {
  it('allocates one receipt over two invoices: partial, full with a write-off, the rest kept as credit', async () => {
    const { f, bank } = await setup();
    const a = await issued(fresh.db, f, '1000'); // 1210.00
    const b = await issued(fresh.db, f, '100'); // 121.00
    const receipt = {
      kind: 'receipt' as const,
      partyId: f.customer.id,
      bankAccountId: bank.id,
      date: '2026-03-20',
      currency: 'EUR',
      amount: '1000.00',
      reference: 'bank ref 1',
      allocations: [
        { documentId: a.id, amount: '800.00' },
        { documentId: b.id, amount: '120.98', writeOff: '0.02' },
      ],
    };
    // Money left over never becomes credit silently: the request must say so, and until then nothing is written.
    const silent = await fresh.db.tx((tx) => recordPayment(tx, f.ctx, receipt)).catch((e) => e);
    expect(silent).toMatchObject({
      code: 'validation',
      message: expect.stringContaining(`79.02 EUR would be kept as credit for ${f.customer.legalName}`),
      details: { reason: 'payments.unallocated_needs_confirmation', unallocated: '79.02', currency: 'EUR' },
    });
    expect((await listPayments(fresh.db, f.companyId)).items).toHaveLength(0);
    expect((await getInvoice(fresh.db, f.companyId, a.id)).open).toBe('1210.00');
    const p = await fresh.db.tx((tx) => recordPayment(tx, f.ctx, { ...receipt, allowUnallocated: true }));
    expect(p.number).toBe('RCPT-2026-000001');
    expect(p.credit).toBe('79.02');
    expect(p.writeOff).toBe('0.02');
    expect((await getInvoice(fresh.db, f.companyId, a.id)).status).toBe('partially_paid');
    expect((await getInvoice(fresh.db, f.companyId, a.id)).open).toBe('410.00');
    expect((await getInvoice(fresh.db, f.companyId, b.id)).status).toBe('paid');
    const entry = await getEntry(fresh.db, f.companyId, p.journalEntryId ?? '');
    expect(entry.status).toBe('posted');
    expect(balanced(entry.lines)).toBe(true);
    expect(entry.lines?.map((l) => [l.accountId, l.debit, l.credit])).toEqual(
      expect.arrayContaining([
        [bank.ledgerAccountId, '1000.00', null],
        [f.accounts.receivable.id, null, '800.00'],
        [f.accounts.receivable.id, null, '121.00'],
      ]),
    );
    expect(entry.lines?.filter((l) => l.debit === '0.02')).toHaveLength(1);
    expect(entry.lines?.filter((l) => l.credit === '79.02')).toHaveLength(1);
    expect(await creditBalances(fresh.db, f.companyId)).toEqual([
      { partyId: f.customer.id, partyName: f.customer.legalName, currency: 'EUR', credit: '79.02' },
    ]);

    // The credit settles part of the rest of invoice a later, with no bank movement.
    const applied = await fresh.db.tx((tx) =>
      recordPayment(tx, f.ctx, {
        kind: 'credit_application',
        partyId: f.customer.id,
        date: '2026-03-25',
        currency: 'EUR',
        amount: '79.02',
        allocations: [{ documentId: a.id, amount: '79.02' }],
      }),
    );
    expect(applied.credit).toBe('-79.02');
    expect(await partyCredit(fresh.db, f.companyId, f.customer.id, 'EUR')).toBe(0n);
    expect((await getInvoice(fresh.db, f.companyId, a.id)).open).toBe('330.98');

    // Spending credit that is not there is refused.
    await expect(
      fresh.db.tx((tx) =>
        recordPayment(tx, f.ctx, {
          kind: 'customer_refund',
          partyId: f.customer.id,
          bankAccountId: bank.id,
          date: '2026-03-26',
          currency: 'EUR',
          amount: '1.00',
          allocations: [],
        }),
      ),
    ).rejects.toThrow(/has 0.00 EUR of credit/);
  });

  it('refuses more than is open and writes nothing; voiding reopens the invoice', async () => {
    const { f, bank } = await setup();
    const a = await issued(fresh.db, f, '100'); // 121.00
    const attempt = (amount: string) =>
      fresh.db.tx((tx) =>
        recordPayment(tx, f.ctx, {
          kind: 'receipt',
          partyId: f.customer.id,
          bankAccountId: bank.id,
          date: '2026-03-20',
          currency: 'EUR',
          amount: '500.00',
          allocations: [{ documentId: a.id, amount }],
          allowUnallocated: true,
        }),
      );
    await expect(attempt('121.01')).rejects.toThrow(/more than the 121.00 EUR still open/);
    expect((await listPayments(fresh.db, f.companyId)).items).toHaveLength(0);
    const wrongBank = await makeBankAccount(fresh.db, f.companyId, {
      currency: 'USD',
      iban: null,
      accountNumber: '123456789',
      routingNumber: '081000032',
    });
    await expect(
      fresh.db.tx((tx) =>
        recordPayment(tx, f.ctx, {
          kind: 'receipt',
          partyId: f.customer.id,
          bankAccountId: wrongBank.id,
          date: '2026-03-20',
          currency: 'EUR',
          amount: '1.00',
          allocations: [],
        }),
      ),
    ).rejects.toThrow(/is in USD; the payment is in EUR/);

    const p = await attempt('121.00');
    expect((await getInvoice(fresh.db, f.companyId, a.id)).status).toBe('paid');
    const voided = await fresh.db.tx((tx) =>
      voidPayment(tx, f.ctx, p.id, { date: '2026-03-21', reason: 'bounced' }),
    );
    expect(voided.status).toBe('voided');
    expect((await getInvoice(fresh.db, f.companyId, a.id)).open).toBe('121.00');
    expect(await partyCredit(fresh.db, f.companyId, f.customer.id, 'EUR')).toBe(0n);
    await expect(
      fresh.db.tx((tx) => voidPayment(tx, f.ctx, p.id, { date: '2026-03-21', reason: 'again' })),
    ).rejects.toThrow(/already voided/);
  });

  it('two receipts racing for the same open amount: one wins, the other is refused', async () => {
    const { f, bank } = await setup();
    const a = await issued(fresh.db, f, '100');
    const pay = () =>
      fresh.db.tx((tx) =>
        recordPayment(tx, f.ctx, {
          kind: 'receipt',
          partyId: f.customer.id,
          bankAccountId: bank.id,
          date: '2026-03-20',
          currency: 'EUR',
          amount: '121.00',
          allocations: [{ documentId: a.id, amount: '121.00' }],
        }),
      );
    const results = await Promise.allSettled([pay(), pay()]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((await getInvoice(fresh.db, f.companyId, a.id)).status).toBe('paid');
  });

  it('whatever receipts are tried, settled never exceeds an invoice total and allocations + credit = amount (property)', async () => {
    const { f, bank } = await setup();
    const invoices = [
      await issued(fresh.db, f, '100'),
      await issued(fresh.db, f, '250'),
      await issued(fresh.db, f, '40'),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ doc: fc.integer({ min: 0, max: 2 }), cents: fc.integer({ min: 1, max: 20000 }) }),
          { minLength: 1, maxLength: 3 },
        ),
        fc.integer({ min: 0, max: 5000 }),
        async (allocs, extra) => {
          const uniq = [...new Map(allocs.map((x) => [x.doc, x])).values()];
          const sum = uniq.reduce((s, x) => s + BigInt(x.cents), 0n);
          const amount = sum + BigInt(extra);
          const fmt = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;
          try {
            const p = await fresh.db.tx((tx) =>
              recordPayment(tx, f.ctx, {
                kind: 'receipt',
                partyId: f.customer.id,
                bankAccountId: bank.id,
                date: '2026-03-20',
                currency: 'EUR',
                amount: fmt(amount),
                allocations: uniq.map((x) => ({
                  documentId: invoices[x.doc]?.id ?? '',
                  amount: fmt(BigInt(x.cents)),
                })),
              }),
            );
            const allocated = p.allocations.reduce((s, x) => s + BigInt(x.amount.replace('.', '')), 0n);
            expect(allocated + BigInt(p.credit.replace('.', ''))).toBe(amount);
          } catch (e) {
            expect((e as { code?: string }).code).toBe('validation');
          }
          for (const o of await openReceivables(fresh.db, f.companyId, { partyId: f.customer.id }))
            expect(o.openMinor > 0n).toBe(true);
          for (const inv of invoices) {
            const v = await getInvoice(fresh.db, f.companyId, inv.id);
            expect(BigInt(v.paid.replace('.', '')) <= BigInt(v.total.replace('.', ''))).toBe(true);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('foreign currency: the receivable leaves at the invoice rate, the bank enters at the payment rate, the difference is a realised gain', async () => {
    const f = await makeSales(fresh.db); // base CZK; EUR at 25.125 from 2025-01-01
    const bank = await makeBankAccount(fresh.db, f.companyId, { currency: 'EUR' });
    const d = await makeDraft(fresh.db, f, {
      currency: 'EUR',
      lines: [{ description: 'Work', quantity: '1', unit: 'HUR', unitPrice: '100', taxCode: 'S21' }],
    });
    await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [d.id]));
    expect((await getInvoice(fresh.db, f.companyId, d.id)).exchangeRate).toBe('25.125');
    const p = await fresh.db.tx((tx) =>
      recordPayment(tx, f.ctx, {
        kind: 'receipt',
        partyId: f.customer.id,
        bankAccountId: bank.id,
        date: '2026-03-20',
        currency: 'EUR',
        amount: '121.00',
        rate: '25.5',
        allocations: [{ documentId: d.id, amount: '121.00' }],
      }),
    );
    expect(p.rate).toBe('25.5');
    const entry = await getEntry(fresh.db, f.companyId, p.journalEntryId ?? '');
    const byAccount = (id: string) => entry.lines?.find((l) => l.accountId === id);
    expect(byAccount(bank.ledgerAccountId)?.baseAmount).toBe('3085.50'); // 121 × 25.5
    expect(byAccount(f.accounts.receivable.id)?.baseAmount).toBe('-3040.13'); // 121 × 25.125, half up
    const fx = entry.lines?.find((l) => l.memo === 'realised exchange difference');
    expect([fx?.currency, fx?.credit, fx?.accountName]).toEqual([
      'CZK',
      '45.37',
      'Income:Realised exchange gains',
    ]);
    expect((await getInvoice(fresh.db, f.companyId, d.id)).status).toBe('paid');
  });
});
