import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postBill } from '../../../test/support/compose.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { sharedPath } from '../../../test/support/shared-dir.ts';
import { companyIban, makeBankAccount } from '../../modules/banking/factories.ts';
import { randomIban } from '../../modules/parties/factories.ts';
import { addBankAccount } from '../../modules/parties/index.ts';
import { readRunFile } from '../../modules/payments/index.ts';
import { makeBill, makePurchasing } from '../../modules/purchasing/factories.ts';
import { getBill, submitBill } from '../../modules/purchasing/index.ts';
import { checkPain001 } from '../../platform/formats/sepa/pain001.ts';
import { recordPayment, voidPayment } from '../order-to-cash/payments.ts';
import { proposeRun, releaseRun } from './payment-run.ts';

const fresh = withFreshDatabase();

/** Vendor payments and payment runs against purchasing's real bills (posted to AP through the ledger). */
async function setup() {
  const f = await makePurchasing(fresh.db, { baseCurrency: 'EUR' });
  const bank = await makeBankAccount(fresh.db, f.companyId, {
    currency: 'EUR',
    iban: companyIban('DE'),
    bic: 'COBADEFFXXX',
  });
  await fresh.db.tx((tx) => addBankAccount(tx, f.ctx, f.vendor.id, { iban: randomIban('DE') }));
  const posted = async (dueDate: string, unitPrice: string) => {
    const bill = await makeBill(fresh.db, f, {
      currency: 'EUR',
      dueDate,
      lines: [
        { description: 'Paper', accountId: f.accounts.supplies.id, taxCode: 'S21', quantity: '1', unitPrice },
      ],
    });
    await fresh.db.tx((tx) => submitBill(tx, f.ctx, bill.id));
    return fresh.db.tx((tx) => postBill(tx, f.ctx, bill.id));
  };
  return { f, bank, posted };
}

describe('vendor payments on real bills', () => {
  it('pays a bill in part, voids it, and a run pays what is due into a valid SEPA file, once', async () => {
    const { f, bank, posted } = await setup();
    const a = await posted('2026-03-10', '1000.00'); // 1210.00
    const b = await posted('2026-03-12', '100.00'); // 121.00
    const later = await posted('2026-05-01', '50.00');
    const p = await fresh.db.tx((tx) =>
      recordPayment(tx, f.ctx, {
        kind: 'vendor_payment',
        partyId: f.vendor.id,
        bankAccountId: bank.id,
        date: '2026-03-05',
        currency: 'EUR',
        amount: '200.00',
        allocations: [{ documentId: a.id, amount: '200.00' }],
      }),
    );
    expect((await getBill(fresh.db, f.companyId, a.id)).status).toBe('partially_paid');
    await fresh.db.tx((tx) => voidPayment(tx, f.ctx, p.id, { date: '2026-03-06', reason: 'wrong bill' }));
    expect((await getBill(fresh.db, f.companyId, a.id)).status).toBe('posted');

    const run = await fresh.db.tx((tx) =>
      proposeRun(tx, f.ctx, { bankAccountId: bank.id, dueBy: '2026-03-31', executionDate: '2026-03-20' }),
    );
    expect(run.items.map((i) => i.documentId).sort()).toEqual([a.id, b.id].sort());
    expect(run.items.some((i) => i.documentId === later.id)).toBe(false);
    const released = await fresh.db.tx((tx) => releaseRun(tx, f.ctx, run.id));
    expect(released.status).toBe('released');
    await expect(fresh.db.tx((tx) => releaseRun(tx, f.ctx, run.id))).rejects.toThrow(/already released/);
    expect((await getBill(fresh.db, f.companyId, a.id)).status).toBe('paid');
    expect((await getBill(fresh.db, f.companyId, b.id)).status).toBe('paid');
    const file = await fresh.db.tx((tx) => readRunFile(tx, f.ctx, run.id));
    expect(checkPain001(file.content)).toEqual([]);
    expect(file.content).toContain('<CtrlSum>1331.00</CtrlSum>');
    const path = join(mkdtempSync(join(tmpdir(), 'pp-')), 'run.xml');
    writeFileSync(path, file.content);
    const xsd = sharedPath(
      'fixtures',
      'iso20022',
      'epc',
      'EPC132-08_2023_V1.0_SCT_C2PSP_pain.001.001.09.xsd',
    );
    execFileSync('xmllint', ['--noout', '--schema', xsd, path], { stdio: 'pipe' });
  });
});
