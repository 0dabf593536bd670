import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPayment } from '../../src/flows/order-to-cash/payments.ts';
import { makeBankAccount } from '../../src/modules/banking/factories.ts';
import { insertRun, markReleased, saveRunFile } from '../../src/modules/payments/index.ts';
import { makeDraft, makeSales } from '../../src/modules/sales/factories.ts';
import { writeAch } from '../../src/platform/formats/nacha/ach.ts';
import { issueInvoices } from '../support/compose.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { runCli } from '../support/process.ts';
import { sharedPath } from '../support/shared-dir.ts';

/** `steward payment list` and `steward payment-run list|export` as a child process. */
describe('steward payment and payment-run CLI', () => {
  let fresh: FreshDatabase;
  let env: Record<string, string>;
  let companyId: string;
  let released = '';
  let draft = '';
  beforeAll(async () => {
    fresh = await freshDatabase();
    env = { DATABASE_URL: fresh.url };
    const db = fresh.db;
    const f = await makeSales(db, { baseCurrency: 'EUR' });
    companyId = f.companyId;
    const bank = await makeBankAccount(db, companyId, { currency: 'EUR' });
    const usd = await makeBankAccount(db, companyId, {
      currency: 'USD',
      iban: null,
      accountNumber: '987654321',
      routingNumber: '081000032',
    });
    const d = await makeDraft(db, f, {
      currency: 'EUR',
      lines: [{ description: 'Work', quantity: '1', unit: 'HUR', unitPrice: '100', taxCode: 'S21' }],
    });
    await db.tx((tx) => issueInvoices(tx, f.ctx, [d.id]));
    await db.tx((tx) =>
      recordPayment(tx, f.ctx, {
        kind: 'receipt',
        partyId: f.customer.id,
        bankAccountId: bank.id,
        date: '2026-03-20',
        currency: 'EUR',
        amount: '121.00',
        allocations: [{ documentId: d.id, amount: '121.00' }],
      }),
    );
    // A released NACHA run and a draft one, written through the payments module's own storage.
    const item = {
      documentId: 'bill_x',
      documentNumber: 'B-1',
      partyId: f.customer.id,
      partyName: 'Acme Supplies',
      dueDate: '2026-03-10',
      openMinor: 175025n,
      paymentReference: null,
      controlAccountId: f.accounts.receivable.id,
    };
    const base = {
      bankAccountId: usd.id,
      currency: 'USD',
      format: 'nacha' as const,
      executionDate: '2026-03-16',
      dueBy: '2026-03-15',
      partyId: null,
      note: '',
      items: [item],
    };
    await db.tx(async (tx) => {
      const run = await insertRun(tx, f.ctx, base);
      await markReleased(tx, f.ctx, run.id, false);
      const content = writeAch({
        immediateDestination: '081000032',
        immediateDestinationName: 'Some Bank',
        immediateOrigin: '1987654321',
        immediateOriginName: 'Test Co',
        createdAt: new Date('2026-03-16T08:00:00Z'),
        batches: [
          {
            secCode: 'CCD',
            companyName: 'Test Co',
            companyId: '1987654321',
            entryDescription: 'VENDOR PAY',
            effectiveDate: '2026-03-16',
            odfiRouting: '081000032',
            entries: [
              {
                accountType: 'checking',
                routingNumber: '071000013',
                accountNumber: '12345678',
                amountMinor: 175025n,
                idNumber: 'B-1',
                name: 'Acme Supplies',
              },
            ],
          },
        ],
      });
      await saveRunFile(tx, f.ctx, run.id, { format: 'nacha', name: `${run.number}.ach`, content });
      released = run.id;
      draft = (await insertRun(tx, f.ctx, base)).id;
    });
  });
  afterAll(async () => {
    if (fresh) await dropFreshDatabase(fresh);
  });

  it('lists payments and runs as JSON and exports a released run’s file; refuses the wrong format and drafts', async () => {
    const co = ['--company', companyId];
    const payments = await runCli(['payment', 'list', '--json', ...co], { env });
    expect(payments.code).toBe(0);
    expect(
      (JSON.parse(payments.stdout) as { number: string; amount: string }[]).map((p) => [p.number, p.amount]),
    ).toEqual([['RCPT-2026-000001', '121.00']]);
    const runs = await runCli(['payment-run', 'list', '--json', ...co], { env });
    expect(runs.code).toBe(0);
    const list = JSON.parse(runs.stdout) as { id: string; status: string; total: string }[];
    expect(list.map((r) => r.status).sort()).toEqual(['draft', 'released']);
    const out = join(tmpdir(), `run-${process.pid}.ach`);
    const exp = await runCli(['payment-run', 'export', released, '--format', 'nacha', '--out', out, ...co], {
      env,
    });
    expect(exp.code).toBe(0);
    expect(exp.stdout).toContain(`wrote ${out}`);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toMatch(/^101 081000032/);
    expect(
      execFileSync('python3', [sharedPath('oracles', 'achcheck.py'), out], { encoding: 'utf8' }).trim(),
    ).toBe(`${out} OK`);
    const wrong = await runCli(['payment-run', 'export', released, '--format', 'sepa', '--out', out, ...co], {
      env,
    });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain('use --format nacha');
    const notYet = await runCli(['payment-run', 'export', draft, '--format', 'nacha', '--out', out, ...co], {
      env,
    });
    expect(notYet.code).not.toBe(0);
    expect(notYet.stderr).toContain('release it first');
    const usage = await runCli(['payment-run', 'export', released, '--format', 'csv', '--out', out, ...co], {
      env,
    });
    expect(usage.code).toBe(2);
  }, 120_000);
});
