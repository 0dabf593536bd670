import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { writeCamt053 } from '../../platform/formats/camt053/write.ts';
import { makeLedger } from '../ledger/factories.ts';
import { cashFlowStatement, getAccount, postEntries, setRates } from '../ledger/index.ts';
import { makeBankAccount } from './factories.ts';
import { importStatement, reconciliationReport } from './index.ts';

const fresh = withFreshDatabase();

/** Issue #11: a bank's ledger account is cash, and a foreign-currency statement is compared in its own currency. */
describe('bank-linked ledger accounts', () => {
  it('count as cash once linked: the subtype is set (audited) and the cash-flow statement sees the money', async () => {
    const l = await makeLedger(fresh.db, { baseCurrency: 'EUR' });
    expect(l.accounts.bank.subtype).toBeNull();
    const bank = await makeBankAccount(fresh.db, l.companyId, {
      currency: 'EUR',
      ledgerAccountId: l.accounts.bank.id,
      ctx: l.ctx,
    });
    expect((await getAccount(fresh.db, l.companyId, bank.ledgerAccountId)).subtype).toBe('bank');
    const audit = await fresh.db.query(
      `SELECT changes FROM audit_events
        WHERE company_id = $1 AND entity_type = 'ledger_account' AND entity_id = $2 AND action = 'update'`,
      [l.companyId, l.accounts.bank.id],
    );
    expect(audit.rows).toHaveLength(1);
    expect(JSON.stringify(audit.rows[0]?.changes)).toContain('bank');

    const till = await makeBankAccount(fresh.db, l.companyId, {
      currency: 'EUR',
      kind: 'cash',
      iban: null,
      ledgerAccountId: l.accounts.receivable.id,
      ctx: l.ctx,
    });
    expect((await getAccount(fresh.db, l.companyId, till.ledgerAccountId)).subtype).toBe('cash');

    await fresh.db.tx((tx) =>
      postEntries(tx, l.ctx, [
        {
          date: '2026-02-02',
          description: 'Owner pays in capital',
          lines: [
            { account: '1000', debit: '5000.00' },
            { account: '3000', credit: '5000.00' },
          ],
        },
      ]),
    );
    const cf = await cashFlowStatement(fresh.db, l.companyId, '2026-02-01', '2026-02-28');
    expect(cf).toMatchObject({ opening: '0.00', closing: '5000.00', netChange: '5000.00' });
  });

  it('reconcile a foreign-currency statement against the balance in the statement currency, not the base value', async () => {
    const l = await makeLedger(fresh.db, { baseCurrency: 'EUR' });
    const bank = await makeBankAccount(fresh.db, l.companyId, {
      currency: 'USD',
      ledgerAccountId: l.accounts.bank.id,
      ctx: l.ctx,
    });
    // 1 USD = 0.9 EUR on the day: the ledger holds $1,000.00 worth €900.00 in base.
    await fresh.db.tx(async (tx) => {
      await setRates(tx, l.ctx, [{ currency: 'USD', date: '2026-03-01', rate: '0.9' }]);
      await postEntries(tx, l.ctx, [
        {
          date: '2026-03-05',
          description: 'Customer receipt in USD',
          lines: [
            { account: '1000', debit: '1000.00', currency: 'USD' },
            { account: '4000', credit: '1000.00', currency: 'USD' },
          ],
        },
      ]);
    });
    const camt = writeCamt053({
      format: 'camt053',
      account: { iban: bank.iban, accountNumber: null, bankId: null },
      currency: 'USD',
      statementId: 'USD-2026-03',
      periodFrom: '2026-03-01',
      periodTo: '2026-03-31',
      openingBalanceMinor: 0n,
      closingBalanceMinor: 100000n,
      openingDerived: false,
      lines: [
        {
          bookingDate: '2026-03-05',
          valueDate: null,
          amountMinor: 100000n,
          bankTransactionId: 'U1',
          reference: null,
          counterpartyName: 'Acme Inc.',
          counterpartyIban: null,
          remittance: 'Invoice 1',
          source: '',
        },
      ],
    });
    const imported = await fresh.db.tx((tx) =>
      importStatement(tx, l.ctx, { bankAccountId: bank.id, format: 'camt053', bytes: Buffer.from(camt) }),
    );
    const report = await reconciliationReport(fresh.db, l.companyId, imported.statements[0]?.id as string);
    expect(report.currency).toBe('USD');
    expect(report.differences.ledgerBalance).toBe('1000.00');
    expect(report.differences.closingVersusLedger).toBe('0.00');
  });

  it('the migration marks the accounts linked before the fix as cash, and leaves the rest', async () => {
    const l = await makeLedger(fresh.db, { baseCurrency: 'EUR' });
    const bank = await makeBankAccount(fresh.db, l.companyId, {
      ledgerAccountId: l.accounts.bank.id,
      ctx: l.ctx,
    });
    // as a bank account linked before the fix left it
    await fresh.db.query('UPDATE ledger_accounts SET subtype = NULL WHERE company_id = $1 AND id = $2', [
      l.companyId,
      bank.ledgerAccountId,
    ]);
    await fresh.db.query(readFileSync('migrations/20261207T2010_bank_linked_cash.sql', 'utf8'));
    expect((await getAccount(fresh.db, l.companyId, bank.ledgerAccountId)).subtype).toBe('bank');
    expect((await getAccount(fresh.db, l.companyId, l.accounts.sales.id)).subtype).toBeNull();
  });
});
