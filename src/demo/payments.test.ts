import { describe, expect, it } from 'vitest';
import { issueInvoices, postBill } from '../../test/support/compose.ts';
import { withFreshDatabase } from '../../test/support/db.ts';
import { setRates } from '../modules/ledger/index.ts';
import { makeParty } from '../modules/parties/factories.ts';
import { listPayments, listRuns } from '../modules/payments/index.ts';
import { makePurchasing } from '../modules/purchasing/factories.ts';
import { getBill, saveBill, submitBill } from '../modules/purchasing/index.ts';
import { makeDraft, makeSales } from '../modules/sales/factories.ts';
import { getInvoice } from '../modules/sales/index.ts';
import { seedPaymentsDemo } from './payments.ts';

const fresh = withFreshDatabase();

describe('payments demo', () => {
  it('pays one invoice in full and one in part, opening a bank account where none exists; twice is once', async () => {
    const f = await makeSales(fresh.db, { baseCurrency: 'EUR' });
    const line = { description: 'Work', quantity: '1', unit: 'HUR', unitPrice: '100', taxCode: 'S21' };
    const a = await makeDraft(fresh.db, f, { currency: 'EUR', issueDate: '2026-11-01', lines: [line] });
    const b = await makeDraft(fresh.db, f, { currency: 'EUR', issueDate: '2026-11-02', lines: [line] });
    await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [a.id, b.id]));
    const result = await seedPaymentsDemo(fresh.db, f.ctx);
    expect(result.receipts).toBe(2);
    const statuses = [
      (await getInvoice(fresh.db, f.companyId, a.id)).status,
      (await getInvoice(fresh.db, f.companyId, b.id)).status,
    ];
    expect(statuses.sort()).toEqual(['paid', 'partially_paid']);
    expect(await seedPaymentsDemo(fresh.db, f.ctx)).toEqual({ receipts: 0, runs: 0 });
    expect((await listPayments(fresh.db, f.companyId)).items).toHaveLength(2);
  });

  it('releases one payment run per bank format when bills are due', async () => {
    const f = await makePurchasing(fresh.db, { baseCurrency: 'EUR' });
    await fresh.db.tx((tx) => setRates(tx, f.ctx, [{ currency: 'USD', date: '2025-01-01', rate: '0.9' }]));
    const eu = await makeParty(fresh.db, f.companyId, {
      vendor: true,
      customer: false,
      currency: 'EUR',
      legalName: 'Papier GmbH',
      address: { country: 'DE' },
      bank: { iban: true },
    });
    const us = await makeParty(fresh.db, f.companyId, {
      vendor: true,
      customer: false,
      currency: 'USD',
      legalName: 'Paper Co',
      address: { country: 'US' },
      bank: { kind: 'us', routingNumber: '071000013', accountNumber: '5551234', accountType: 'checking' },
    });
    const ids: string[] = [];
    for (const [vendor, currency] of [
      [eu, 'EUR'],
      [us, 'USD'],
    ] as const) {
      const b = await fresh.db.tx((tx) =>
        saveBill(tx, f.ctx, {
          vendorId: vendor.id,
          vendorInvoiceNumber: `D-${currency}`,
          issueDate: '2026-11-01',
          dueDate: '2026-11-15',
          currency,
          lines: [
            {
              description: 'Paper',
              accountId: f.accounts.supplies.id,
              taxCode: 'S21',
              quantity: '1',
              unitPrice: '100.00',
            },
          ],
        }),
      );
      await fresh.db.tx((tx) => submitBill(tx, f.ctx, b.id));
      await fresh.db.tx((tx) => postBill(tx, f.ctx, b.id));
      ids.push(b.id);
    }
    const result = await seedPaymentsDemo(fresh.db, f.ctx);
    expect(result.runs).toBe(2);
    const runs = (await listRuns(fresh.db, f.companyId)).items;
    expect(runs.map((r) => [r.format, r.status]).sort()).toEqual([
      ['nacha', 'released'],
      ['sepa', 'released'],
    ]);
    for (const id of ids) expect((await getBill(fresh.db, f.companyId, id)).status).toBe('paid');
  });
});
