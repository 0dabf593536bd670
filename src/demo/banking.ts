import { openItems } from '../flows/order-to-cash/payment-flows.ts';
import { dayBefore } from '../kernel/dates.ts';
import { isAppError } from '../kernel/errors.ts';
import {
  type BankAccount,
  createBankAccount,
  defaultBankAccount,
  entryFromLine,
  importStatement,
  listBankAccounts,
  listReconciliations,
  listStatements,
  openLines,
  type Reconciliation,
} from '../modules/banking/index.ts';
import { accountBalanceIn, createAccount, findAccount } from '../modules/ledger/index.ts';
import { openPayments } from '../modules/payments/index.ts';
import type { ServiceContext } from '../platform/context.ts';
import type { Database, Tx } from '../platform/db/index.ts';
import { writeCamt053 } from '../platform/formats/camt053/write.ts';
import { writeOfx } from '../platform/formats/ofx/write.ts';
import type { StatementImport, StatementLineImport } from '../platform/formats/statement.ts';
import { demoLedgerAccount } from './ledger.ts';

/**
 * Demo banking. `seedBankingDemo` (before payments) opens a default bank account per currency and a petty
 * cash box; `seedReconciliationDemo` (after payments) imports one statement per bank account — OFX for USD,
 * CAMT.053 for EUR — whose lines are the demo's recorded payments, an invoice paid by reference, a bank fee
 * and interest, then auto-reconciles: strong proposals accepted, the fee booked as an entry. Running either
 * twice does nothing the second time.
 */

const ACCOUNTS = [
  {
    currency: 'USD',
    name: 'Operating account USD',
    ledger: 'USD',
    ids: { accountNumber: '4001234567', routingNumber: '081000032', bankName: 'First Demo Bank' },
  },
  {
    currency: 'EUR',
    name: 'Operating account EUR',
    ledger: 'EUR',
    ids: { iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', bankName: 'Commerzbank' },
  },
] as const;

export async function seedBankingDemo(db: Database, ctx: ServiceContext): Promise<number> {
  let made = 0;
  await db.tx(async (tx) => {
    for (const a of ACCOUNTS) {
      if (await defaultBankAccount(tx, ctx.companyId, a.currency)) continue;
      const ledger = await demoLedgerAccount(tx, ctx, a.ledger);
      await createBankAccount(tx, ctx, {
        name: a.name,
        currency: a.currency,
        ledgerAccountId: ledger.id,
        isDefault: true,
        ...a.ids,
      });
      made++;
    }
    const cash = await demoLedgerAccount(tx, ctx, 'cash');
    const accounts = await listBankAccounts(tx, ctx.companyId, { includeInactive: true });
    if (!accounts.some((a) => a.name === 'Petty cash')) {
      await createBankAccount(tx, ctx, {
        name: 'Petty cash',
        kind: 'cash',
        currency: 'USD',
        ledgerAccountId: cash.id,
      });
      made++;
    }
  });
  return made;
}

async function statementFor(
  tx: Tx,
  ctx: ServiceContext,
  bank: BankAccount,
  today: string,
): Promise<StatementImport> {
  const lines: StatementLineImport[] = [];
  const line = (l: Partial<StatementLineImport> & { amountMinor: bigint }) =>
    lines.push({
      bookingDate: today,
      valueDate: today,
      bankTransactionId: `DEMO-${bank.currency}-${lines.length + 1}`,
      reference: null,
      counterpartyName: null,
      counterpartyIban: null,
      remittance: null,
      source: '',
      ...l,
    });
  for (const p of await openPayments(tx, ctx.companyId, { bankAccountId: bank.id })) {
    line({
      bookingDate: p.date,
      valueDate: p.date,
      amountMinor: p.signedMinor,
      reference: p.reference || null,
      counterpartyName: p.partyName,
      remittance: `Payment ${p.number}`,
    });
  }
  try {
    const open = (await openItems(tx, ctx.companyId, 'receivables', { currency: bank.currency })).filter(
      (i) => i.kind === 'invoice',
    );
    const paid = open.at(-1);
    if (paid)
      line({
        amountMinor: paid.openMinor,
        counterpartyName: paid.partyName,
        remittance: `Invoice ${paid.number}`,
      });
  } catch (e) {
    if (!(isAppError(e) && e.code === 'conflict')) throw e; // sales not installed: no invoices to pay
  }
  line({ amountMinor: -1250n, remittance: 'Monthly account fee' });
  if (bank.currency === 'EUR') line({ amountMinor: 42n, remittance: 'Credit interest' });
  const total = lines.reduce((s, l) => s + l.amountMinor, 0n);
  const days = lines.map((l) => l.bookingDate).sort();
  // The statement continues the books: it opens at the ledger's bank balance before its first day.
  const periodFrom = `${(days[0] ?? today).slice(0, 8)}01`;
  const opening = await accountBalanceIn(
    tx,
    ctx.companyId,
    bank.ledgerAccountId,
    bank.currency,
    dayBefore(periodFrom),
  );
  return {
    format: bank.currency === 'EUR' ? 'camt053' : 'ofx',
    account: { iban: bank.iban, accountNumber: bank.accountNumber, bankId: bank.routingNumber },
    currency: bank.currency,
    statementId: `DEMO-${bank.currency}-${today.slice(0, 7)}`,
    periodFrom,
    periodTo: days.at(-1) ?? today,
    openingBalanceMinor: opening,
    closingBalanceMinor: opening + total,
    openingDerived: false,
    lines,
  };
}

export interface ReconciliationDemoResult {
  imported: number;
  accepted: number;
  booked: number;
}

export async function seedReconciliationDemo(
  db: Database,
  ctx: ServiceContext,
  { autoMatch, acceptReconciliations }: Reconciliation,
  today = '2026-11-20',
): Promise<ReconciliationDemoResult> {
  const out: ReconciliationDemoResult = { imported: 0, accepted: 0, booked: 0 };
  for (const currency of ['USD', 'EUR'] as const) {
    const bank = await defaultBankAccount(db, ctx.companyId, currency);
    if (!bank || (await listStatements(db, ctx.companyId, bank.id)).length > 0) continue;
    await db.tx(async (tx) => {
      const st = await statementFor(tx, ctx, bank, today);
      const text = st.format === 'camt053' ? writeCamt053(st, { version: '08' }) : writeOfx(st);
      const result = await importStatement(tx, ctx, {
        bankAccountId: bank.id,
        format: st.format === 'camt053' ? 'camt053' : 'ofx',
        bytes: Buffer.from(text),
        fileName: `statement-${currency}-${today.slice(0, 7)}.${st.format === 'camt053' ? 'xml' : 'ofx'}`,
      });
      out.imported += result.imported;
      await autoMatch(tx, ctx, bank.id);
      const strong = (
        await listReconciliations(tx, ctx.companyId, { bankAccountId: bank.id, status: 'proposed' })
      ).filter((r) => r.score >= 80);
      if (strong.length)
        out.accepted += (
          await acceptReconciliations(
            tx,
            ctx,
            strong.map((r) => r.id),
          )
        ).length;
      const fees =
        (await findAccount(tx, ctx.companyId, '6100')) ??
        (await createAccount(tx, ctx, { code: '6100', name: 'Bank charges', type: 'expense' }));
      for (const l of await openLines(tx, ctx.companyId, bank.id)) {
        if (l.remittance === 'Monthly account fee') {
          await entryFromLine(tx, ctx, l.id, { accountId: fees.id, description: 'Bank account fee' });
          out.booked++;
        }
      }
    });
  }
  return out;
}
