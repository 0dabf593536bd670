import { describe, expect, it } from 'vitest';
import { issueInvoices, steward } from '../../test/support/compose.ts';
import { withFreshDatabase } from '../../test/support/db.ts';
import { listBankAccounts, listStatements, reconciliationReport } from '../modules/banking/index.ts';
import { makeDraft, makeSales } from '../modules/sales/factories.ts';
import { seedBankingDemo, seedReconciliationDemo } from './banking.ts';
import { seedPaymentsDemo } from './payments.ts';

const fresh = withFreshDatabase();

describe('banking demo', () => {
  it('opens accounts, imports an OFX and a CAMT statement matching the demo payments, reconciles; twice is a no-op', async () => {
    const f = await makeSales(fresh.db, { baseCurrency: 'USD' });
    for (const currency of ['USD', 'EUR', 'USD', 'EUR', 'EUR']) {
      const d = await makeDraft(fresh.db, f, {
        currency,
        issueDate: '2026-11-02',
        lines: [{ description: 'Supplies', quantity: '3', unit: 'C62', unitPrice: '120', taxCode: 'S21' }],
      });
      await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [d.id]));
    }
    expect(await seedBankingDemo(fresh.db, f.ctx)).toBe(3);
    await seedPaymentsDemo(fresh.db, f.ctx);
    const first = await seedReconciliationDemo(fresh.db, f.ctx, steward.banking);
    expect(first.imported).toBeGreaterThanOrEqual(6);
    expect(first.booked).toBe(2);
    expect(first.accepted).toBeGreaterThanOrEqual(4);
    const accounts = await listBankAccounts(fresh.db, f.companyId);
    expect(accounts.map((a) => a.name).sort()).toEqual([
      'Operating account EUR',
      'Operating account USD',
      'Petty cash',
    ]);
    for (const a of accounts.filter((x) => x.kind === 'bank')) {
      const [st] = await listStatements(fresh.db, f.companyId, a.id);
      expect(st?.format).toBe(a.currency === 'EUR' ? 'camt053' : 'ofx');
      expect(st?.continuity).toBe('ok');
      const report = await reconciliationReport(fresh.db, f.companyId, st?.id as string);
      expect(report.totals.unmatched).toBe(a.currency === 'EUR' ? 1 : 0); // the EUR interest is left for a human
      expect(report.differences.statementArithmetic).toBe('0.00');
    }
    expect(await seedBankingDemo(fresh.db, f.ctx)).toBe(0);
    expect(await seedReconciliationDemo(fresh.db, f.ctx, steward.banking)).toEqual({
      imported: 0,
      accepted: 0,
      booked: 0,
    });
  });
});
