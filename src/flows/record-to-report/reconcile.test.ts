import { describe, expect, it } from 'vitest';
import {
  acceptReconciliations,
  autoMatch,
  issueInvoices,
  manualMatch,
  undoReconciliation,
} from '../../../test/support/compose.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { makeBankAccount } from '../../modules/banking/factories.ts';
import {
  entryFromLine,
  importStatement,
  listReconciliations,
  reconciliationReport,
  statementLines,
} from '../../modules/banking/index.ts';
import { createAccount, getEntry } from '../../modules/ledger/index.ts';
import { makeParty, randomIban } from '../../modules/parties/factories.ts';
import { listPayments } from '../../modules/payments/index.ts';
import { makeDraft, makeSales, type SalesFixture } from '../../modules/sales/factories.ts';
import { getInvoice } from '../../modules/sales/index.ts';
import type { Database } from '../../platform/db/index.ts';
import { writeCamt053 } from '../../platform/formats/camt053/write.ts';

const fresh = withFreshDatabase();

async function issued(db: Database, f: SalesFixture, price: string, partyId = f.customer.id) {
  const d = await makeDraft(db, f, {
    partyId,
    currency: 'EUR',
    lines: [{ description: 'Work', quantity: '1', unit: 'HUR', unitPrice: price, taxCode: 'S21' }],
  });
  await db.tx((tx) => issueInvoices(tx, f.ctx, [d.id]));
  return getInvoice(db, f.companyId, d.id);
}

const cents = (s: string) => BigInt(s.replace('.', ''));

async function setup() {
  const f = await makeSales(fresh.db, { baseCurrency: 'EUR' });
  const bank = await makeBankAccount(fresh.db, f.companyId, { currency: 'EUR', isDefault: true });
  const payerIban = randomIban('DE');
  const payer = await makeParty(fresh.db, f.companyId, {
    legalName: 'Beta Retail GmbH',
    currency: 'EUR',
    bank: { iban: payerIban },
    ctx: f.ctx,
  });
  const a = await issued(fresh.db, f, '1000'); // 1210.00, paid by reference
  const b = await issued(fresh.db, f, '500'); // 605.00, paid in part by reference
  const c = await issued(fresh.db, f, '200', payer.id); // 242.00, paid by amount from the payer's IBAN
  const fees = await fresh.db.tx((tx) =>
    createAccount(tx, f.ctx, { code: '6800', name: 'Bank fees', type: 'expense' }),
  );
  const camt = writeCamt053({
    format: 'camt053',
    account: { iban: bank.iban, accountNumber: null, bankId: null },
    currency: 'EUR',
    statementId: 'STMT-2026-03',
    periodFrom: '2026-03-01',
    periodTo: '2026-03-31',
    openingBalanceMinor: 0n,
    closingBalanceMinor: cents(a.total) + 30000n + cents(c.total) - 250n,
    openingDerived: false,
    lines: [
      {
        bookingDate: '2026-03-20',
        valueDate: null,
        amountMinor: cents(a.total),
        bankTransactionId: 'T1',
        reference: null,
        counterpartyName: 'Acme Trading',
        counterpartyIban: null,
        remittance: `Invoice ${a.number}`,
        source: '',
      },
      {
        bookingDate: '2026-03-21',
        valueDate: null,
        amountMinor: 30000n,
        bankTransactionId: 'T2',
        reference: b.number,
        counterpartyName: 'Acme Trading',
        counterpartyIban: null,
        remittance: null,
        source: '',
      },
      {
        bookingDate: '2026-03-22',
        valueDate: null,
        amountMinor: cents(c.total),
        bankTransactionId: 'T3',
        reference: null,
        counterpartyName: 'BETA',
        counterpartyIban: payerIban,
        remittance: 'thanks',
        source: '',
      },
      {
        bookingDate: '2026-03-31',
        valueDate: null,
        amountMinor: -250n,
        bankTransactionId: 'T4',
        reference: null,
        counterpartyName: null,
        counterpartyIban: null,
        remittance: 'Account fee',
        source: '',
      },
    ],
  });
  const imported = await fresh.db.tx((tx) =>
    importStatement(tx, f.ctx, { bankAccountId: bank.id, format: 'camt053', bytes: Buffer.from(camt) }),
  );
  const statementId = imported.statements[0]?.id as string;
  return { f, bank, a, b, c, fees, statementId, payer };
}

describe('bank reconciliation (flow)', () => {
  it('proposes with reasons, accepts in bulk (receipts recorded), books a fee, reports, undoes', async () => {
    const { f, bank, a, b, c, fees, statementId } = await setup();
    const run = await fresh.db.tx((tx) => autoMatch(tx, f.ctx, bank.id));
    expect(run).toMatchObject({ lines: 4, proposals: 3 });
    const proposed = await listReconciliations(fresh.db, f.companyId, {
      bankAccountId: bank.id,
      status: 'proposed',
    });
    const byRule = Object.fromEntries(proposed.map((p) => [p.rule, p]));
    expect(byRule.reference_amount?.items).toEqual([
      expect.objectContaining({ kind: 'invoice', id: a.id, amount: a.total }),
    ]);
    expect(byRule.reference_amount?.reasons.map((r) => r.field)).toEqual([
      'reference',
      'amount',
      'counterparty_name',
    ]);
    expect(byRule.amount_party).toMatchObject({ score: 90, items: [expect.objectContaining({ id: c.id })] });
    expect(byRule.amount_party?.reasons[1]?.field).toBe('counterparty_iban');
    expect(byRule.reference_partial?.items).toEqual([
      expect.objectContaining({ id: b.id, amount: '300.00' }),
    ]);

    const accepted = await fresh.db.tx((tx) =>
      acceptReconciliations(
        tx,
        f.ctx,
        proposed.map((p) => p.id),
      ),
    );
    expect(accepted.every((r) => r.status === 'accepted' && r.createdPaymentIds.length === 1)).toBe(true);
    expect((await getInvoice(fresh.db, f.companyId, a.id)).status).toBe('paid');
    expect(await getInvoice(fresh.db, f.companyId, b.id)).toMatchObject({
      status: 'partially_paid',
      open: '305.00',
    });
    expect((await getInvoice(fresh.db, f.companyId, c.id)).status).toBe('paid');
    const payments = (await listPayments(fresh.db, f.companyId, {})).items;
    expect(payments.map((p) => [p.kind, p.amount]).sort()).toEqual([
      ['receipt', '1210.00'],
      ['receipt', '242.00'],
      ['receipt', '300.00'],
    ]);
    // accepting again is refused: the proposal is no longer proposed
    const again = await fresh.db
      .tx((tx) => acceptReconciliations(tx, f.ctx, [proposed[0]?.id as string]))
      .catch((e) => e);
    expect(again.code).toBe('conflict');

    const lines = await statementLines(fresh.db, f.companyId, statementId);
    const fee = lines.find((l) => l.amount === '-2.50');
    const booked = await fresh.db.tx((tx) =>
      entryFromLine(tx, f.ctx, fee?.id as string, { accountId: fees.id }),
    );
    const entry = await getEntry(fresh.db, f.companyId, booked.createdEntryIds[0] as string);
    expect(entry.lines?.map((l) => [l.accountId, l.debit, l.credit])).toEqual(
      expect.arrayContaining([
        [bank.ledgerAccountId, null, '2.50'],
        [fees.id, '2.50', null],
      ]),
    );

    const report = await reconciliationReport(fresh.db, f.companyId, statementId);
    expect(report.totals).toMatchObject({ lines: 4, matched: 4, unmatched: 0 });
    expect(report.differences.statementArithmetic).toBe('0.00');
    expect(report.differences.closingVersusLedger).toBe('0.00');

    // undo the full payment of A: its receipt is voided, A is open again, its line is free
    const undone = await fresh.db.tx((tx) =>
      undoReconciliation(tx, f.ctx, byRule.reference_amount?.id as string),
    );
    expect(undone.status).toBe('undone');
    expect((await getInvoice(fresh.db, f.companyId, a.id)).status).toBe('issued');
    const freed = (await statementLines(fresh.db, f.companyId, statementId)).find(
      (l) => l.bankTransactionId === 'T1',
    );
    expect(freed?.reconciliationId).toBeNull();
    expect((await reconciliationReport(fresh.db, f.companyId, statementId)).totals).toMatchObject({
      matched: 3,
      unmatched: 1,
    });
    // and match it again by hand
    const manual = await fresh.db.tx((tx) =>
      manualMatch(tx, f.ctx, { lineIds: [freed?.id as string], items: [{ kind: 'invoice', id: a.id }] }),
    );
    expect(manual).toMatchObject({ status: 'accepted', rule: 'manual' });
    expect((await getInvoice(fresh.db, f.companyId, a.id)).status).toBe('paid');
    const audit = await fresh.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE company_id = $1 AND entity_type = 'bank_reconciliation' ORDER BY seq`,
      [f.companyId],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'accept',
      'accept',
      'accept',
      'entry_from_line',
      'undo',
      'accept',
    ]);
  });

  it('accepting the same proposal twice at once records one receipt; the other is a conflict', async () => {
    const { f, bank, a } = await setup();
    await fresh.db.tx((tx) => autoMatch(tx, f.ctx, bank.id));
    const proposed = await listReconciliations(fresh.db, f.companyId, {
      bankAccountId: bank.id,
      status: 'proposed',
    });
    const target = proposed.find((p) => p.items.some((i) => i.id === a.id))?.id as string;
    const results = await Promise.allSettled(
      [1, 2].map(() => fresh.db.tx((tx) => acceptReconciliations(tx, f.ctx, [target]))),
    );
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason.code).toBe('conflict');
    const payments = (await listPayments(fresh.db, f.companyId, {})).items;
    expect(payments).toHaveLength(1);
    expect((await getInvoice(fresh.db, f.companyId, a.id)).status).toBe('paid');
  });

  it('refuses a manual match whose amounts differ, and a line reconciled twice, writing nothing', async () => {
    const { f, bank, a, c, statementId } = await setup();
    const lines = await statementLines(fresh.db, f.companyId, statementId);
    const t1 = lines.find((l) => l.bankTransactionId === 'T1')?.id as string;
    const t3 = lines.find((l) => l.bankTransactionId === 'T3')?.id as string;
    const differ = await fresh.db
      .tx((tx) =>
        manualMatch(tx, f.ctx, {
          lineIds: [t1],
          items: [
            { kind: 'invoice', id: a.id },
            { kind: 'invoice', id: c.id },
          ],
        }),
      )
      .catch((e) => e);
    expect(differ.details).toMatchObject({ reason: 'amounts_differ' });
    await fresh.db.tx((tx) =>
      manualMatch(tx, f.ctx, { lineIds: [t1], items: [{ kind: 'invoice', id: a.id }] }),
    );
    const twice = await fresh.db
      .tx((tx) => manualMatch(tx, f.ctx, { lineIds: [t1, t3], items: [{ kind: 'invoice', id: c.id }] }))
      .catch((e) => e);
    expect(twice.code).toBe('conflict');
    const run = await fresh.db.tx((tx) => autoMatch(tx, f.ctx, bank.id));
    expect(run.lines).toBe(3);
  });
});
