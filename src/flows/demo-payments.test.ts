import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../test/support/db.ts';
import './sales-ledger.ts';
import { listPayments } from '../modules/payments/index.ts';
import { makeDraft, makeSales } from '../modules/sales/factories.ts';
import { getInvoice, issueInvoices } from '../modules/sales/index.ts';
import { seedPaymentsDemo } from './demo-payments.ts';

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
});
