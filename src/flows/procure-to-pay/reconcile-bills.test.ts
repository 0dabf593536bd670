import { describe, expect, it } from 'vitest';
import {
  acceptReconciliations,
  autoMatch,
  postBill,
  undoReconciliation,
} from '../../../test/support/compose.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { companyIban, makeBankAccount } from '../../modules/banking/factories.ts';
import { importStatement, listReconciliations } from '../../modules/banking/index.ts';
import { randomIban } from '../../modules/parties/factories.ts';
import { addBankAccount } from '../../modules/parties/index.ts';
import { listPayments } from '../../modules/payments/index.ts';
import { makeBill, makePurchasing } from '../../modules/purchasing/factories.ts';
import { getBill, submitBill } from '../../modules/purchasing/index.ts';
import { writeCamt053 } from '../../platform/formats/camt053/write.ts';
import { recordPayment } from '../order-to-cash/payments.ts';

const fresh = withFreshDatabase();

/** Money out: a bill paid from the bank (matched by its number) becomes a vendor payment; a recorded payment is cleared. */
describe('bank reconciliation of bills and recorded payments', () => {
  it('matches a debit line to a posted bill (vendor payment recorded) and another to a recorded vendor payment', async () => {
    const f = await makePurchasing(fresh.db, { baseCurrency: 'EUR' });
    const bank = await makeBankAccount(fresh.db, f.companyId, { currency: 'EUR', iban: companyIban('DE') });
    const vendorIban = randomIban('DE');
    await fresh.db.tx((tx) => addBankAccount(tx, f.ctx, f.vendor.id, { iban: vendorIban }));
    const posted = async (unitPrice: string) => {
      const bill = await makeBill(fresh.db, f, {
        currency: 'EUR',
        dueDate: '2026-03-15',
        lines: [
          {
            description: 'Paper',
            accountId: f.accounts.supplies.id,
            taxCode: 'S21',
            quantity: '1',
            unitPrice,
          },
        ],
      });
      await fresh.db.tx((tx) => submitBill(tx, f.ctx, bill.id));
      return fresh.db.tx((tx) => postBill(tx, f.ctx, bill.id));
    };
    const a = await posted('1000.00'); // 1210.00, paid straight from the bank
    const b = await posted('100.00'); // 121.00, paid through a recorded payment first
    const paid = await fresh.db.tx((tx) =>
      recordPayment(tx, f.ctx, {
        kind: 'vendor_payment',
        partyId: f.vendor.id,
        bankAccountId: bank.id,
        date: '2026-03-14',
        currency: 'EUR',
        amount: '121.00',
        reference: 'PAY-B',
        allocations: [{ documentId: b.id, amount: '121.00' }],
      }),
    );
    const file = writeCamt053({
      format: 'camt053',
      account: { iban: bank.iban, accountNumber: null, bankId: null },
      currency: 'EUR',
      statementId: 'S-OUT',
      periodFrom: '2026-03-01',
      periodTo: '2026-03-31',
      openingBalanceMinor: 500000n,
      closingBalanceMinor: 500000n - 121000n - 12100n,
      openingDerived: false,
      lines: [
        {
          bookingDate: '2026-03-15',
          valueDate: null,
          amountMinor: -121000n,
          bankTransactionId: 'O1',
          reference: null,
          counterpartyName: f.vendor.legalName,
          counterpartyIban: vendorIban,
          remittance: `Bill ${a.vendorInvoiceNumber}`,
          source: '',
        },
        {
          bookingDate: '2026-03-16',
          valueDate: null,
          amountMinor: -12100n,
          bankTransactionId: 'O2',
          reference: 'PAY-B',
          counterpartyName: f.vendor.legalName,
          counterpartyIban: vendorIban,
          remittance: null,
          source: '',
        },
      ],
    });
    await fresh.db.tx((tx) =>
      importStatement(tx, f.ctx, { bankAccountId: bank.id, format: 'camt053', bytes: Buffer.from(file) }),
    );
    const run = await fresh.db.tx((tx) => autoMatch(tx, f.ctx, bank.id));
    expect(run.proposals).toBe(2);
    const proposed = await listReconciliations(fresh.db, f.companyId, {
      bankAccountId: bank.id,
      status: 'proposed',
    });
    const kinds = Object.fromEntries(proposed.map((p) => [p.items[0]?.kind, p]));
    expect(kinds.bill?.items[0]?.id).toBe(a.id);
    expect(kinds.payment?.items[0]?.id).toBe(paid.id);
    const accepted = await fresh.db.tx((tx) =>
      acceptReconciliations(
        tx,
        f.ctx,
        proposed.map((p) => p.id),
      ),
    );
    const billRec = accepted.find((r) => r.items[0]?.kind === 'bill');
    expect(billRec?.createdPaymentIds).toHaveLength(1);
    expect(accepted.find((r) => r.items[0]?.kind === 'payment')?.createdPaymentIds).toEqual([]);
    expect((await getBill(fresh.db, f.companyId, a.id)).status).toBe('paid');
    const payments = (await listPayments(fresh.db, f.companyId, {})).items;
    expect(payments.map((p) => [p.kind, p.amount, p.status]).sort()).toEqual([
      ['vendor_payment', '121.00', 'posted'],
      ['vendor_payment', '1210.00', 'posted'],
    ]);
    // undoing the bill match voids the vendor payment it recorded; the bill is open again
    await fresh.db.tx((tx) => undoReconciliation(tx, f.ctx, billRec?.id as string));
    expect((await getBill(fresh.db, f.companyId, a.id)).status).not.toBe('paid');
    // and a recorded payment already cleared is not offered again
    const again = await fresh.db.tx((tx) => autoMatch(tx, f.ctx, bank.id));
    const offered = await listReconciliations(fresh.db, f.companyId, {
      bankAccountId: bank.id,
      status: 'proposed',
    });
    expect(again.lines).toBe(1);
    expect(offered.flatMap((p) => p.items.map((i) => i.id))).toEqual([a.id]);
  });
});
