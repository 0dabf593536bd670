import { isAppError } from '../../kernel/errors.ts';
import { formatMoney, parseMoney } from '../../kernel/money.ts';
import {
  type BankAccount,
  type CandidateItem,
  describeItem,
  expectedBankAmount,
  type ReconcileHooks,
  type StatementLineView,
  type StoredItem,
} from '../../modules/banking/index.ts';
import { accountRegister } from '../../modules/ledger/index.ts';
import { findPartyByIban } from '../../modules/parties/index.ts';
import { type OpenItem, openPayments } from '../../modules/payments/index.ts';
import type { ServiceContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/index.ts';
import { openItems } from '../order-to-cash/payment-flows.ts';
import { type RecordPaymentInput, recordPayment, voidPayment } from '../order-to-cash/payments.ts';
import { recordToReportText } from './i18n.ts';

/**
 * Bank reconciliation across modules. Gathers what a statement line can settle — open invoices and credit
 * notes (sales), open bills (purchasing), recorded payments (payments) and lines on the bank's ledger account
 * that no payment or reconciliation explains (ledger) — recognises payers by IBAN (parties), and on accept
 * records the receipts and vendor payments through the payments flow, so the documents are settled and the
 * books posted the one way they always are. Undo voids those payments (reversing their entries).
 */

const ALL_ROWS = 5000;

async function openDocuments(tx: Tx, companyId: string, account: BankAccount): Promise<CandidateItem[]> {
  const out: CandidateItem[] = [];
  for (const side of ['receivables', 'payables'] as const) {
    let items: OpenItem[];
    try {
      items = await openItems(tx, companyId, side, { currency: account.currency });
    } catch (e) {
      // The side's module (sales or purchasing) is not installed in this build: nothing to match there.
      if (isAppError(e) && e.code === 'conflict') continue;
      throw e;
    }
    for (const d of items) {
      if (d.openMinor === 0n) continue;
      const expected = expectedBankAmount(d.kind, d.openMinor);
      out.push({
        kind: d.kind,
        id: d.documentId,
        number: d.number,
        paymentReference: d.paymentReference,
        partyId: d.partyId,
        partyName: d.partyName,
        date: d.dueDate ?? d.issueDate,
        expectedMinor: expected,
        openMinor: expected,
        currency: d.currency,
        label: `${d.number} — ${d.partyName}`,
      });
    }
  }
  return out;
}

async function ledgerLines(
  tx: Tx,
  companyId: string,
  account: BankAccount,
  skipEntries: ReadonlySet<string>,
): Promise<CandidateItem[]> {
  const out: CandidateItem[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await accountRegister(tx, companyId, account.ledgerAccountId, { limit: ALL_ROWS, cursor });
    // The register is in the base currency; its amounts are the bank's only when the account is kept in it.
    if (page.currency !== account.currency) return [];
    for (const r of page.items) {
      if (skipEntries.has(r.entryId)) continue;
      const amount =
        parseMoney(r.debit || '0', page.currency).amount - parseMoney(r.credit || '0', page.currency).amount;
      if (amount === 0n) continue;
      out.push({
        kind: 'ledger_line',
        id: `${r.entryId}:${r.lineNo}`,
        number: r.number,
        paymentReference: null,
        partyId: null,
        partyName: null,
        date: r.date,
        expectedMinor: amount,
        openMinor: amount,
        currency: page.currency,
        label: `${r.number} — ${r.memo ?? r.description}`,
      });
    }
    if (!page.nextCursor) return out;
    cursor = page.nextCursor;
  }
}

async function candidates(tx: Tx, companyId: string, account: BankAccount): Promise<CandidateItem[]> {
  const payments = await openPayments(tx, companyId, { bankAccountId: account.id });
  const paymentItems: CandidateItem[] = payments
    .filter((p) => p.currency === account.currency)
    .map((p) => ({
      kind: 'payment',
      id: p.paymentId,
      number: p.number,
      paymentReference: p.reference || null,
      partyId: p.partyId,
      partyName: p.partyName,
      date: p.date,
      expectedMinor: p.signedMinor,
      openMinor: p.signedMinor,
      currency: p.currency,
      label: `${p.number} — ${p.partyName}`,
    }));
  const paymentEntries = new Set(
    payments.map((p) => p.journalEntryId).filter((x): x is string => Boolean(x)),
  );
  return [
    ...(await openDocuments(tx, companyId, account)),
    ...paymentItems,
    ...(await ledgerLines(tx, companyId, account, paymentEntries)),
  ];
}

async function partiesByIban(
  tx: Tx,
  companyId: string,
  ibans: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const iban of ibans) {
    const found = await findPartyByIban(tx, companyId, iban);
    if (found.length) out.set(iban, [...new Set(found.map((f) => f.partyId))]);
  }
  return out;
}

const PAYMENT_KIND = { invoice: 'receipt', credit_note: 'customer_refund', bill: 'vendor_payment' } as const;

/** Accepting a match of lines with documents records one payment per party and kind, allocated to the documents. */
async function settle(
  tx: Tx,
  ctx: ServiceContext,
  account: BankAccount,
  lines: readonly StatementLineView[],
  items: readonly StoredItem[],
): Promise<{ paymentIds: string[] }> {
  const docs = items.filter(
    (i) =>
      i.kind === 'invoice' || i.kind === 'credit_note' || i.kind === 'bill' || i.kind === 'vendor_credit',
  );
  if (docs.length === 0) return { paymentIds: [] };
  const date =
    lines
      .map((l) => l.bookingDate)
      .sort()
      .at(-1) ?? '';
  const reference = lines.map((l) => l.reference ?? l.remittance).find(Boolean) ?? undefined;
  const groups = new Map<string, StoredItem[]>();
  for (const d of docs) {
    if (d.kind === 'vendor_credit') {
      throw recordToReportText.error(
        'validation',
        'error.vendorRefund',
        { item: describeItem(d) },
        { item: d.id },
      );
    }
    if (!d.partyId) throw recordToReportText.error('conflict', 'error.noParty', { item: describeItem(d) });
    const key = `${d.partyId}|${d.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const paymentIds: string[] = [];
  for (const [key, group] of groups) {
    const [partyId, kind] = key.split('|') as [string, keyof typeof PAYMENT_KIND];
    const abs = (x: bigint) => (x < 0n ? -x : x);
    const total = group.reduce((a, d) => a + abs(d.amountMinor), 0n);
    const fmt = (m: bigint) => formatMoney({ amount: m, currency: account.currency });
    const input: RecordPaymentInput = {
      kind: PAYMENT_KIND[kind],
      partyId,
      bankAccountId: account.id,
      date,
      currency: account.currency,
      amount: fmt(total),
      reference: reference?.slice(0, 140),
      memo: `Bank statement line ${lines.map((l) => l.id).join(', ')}`.slice(0, 500),
      allocations: group.map((d) => ({ documentId: d.id, amount: fmt(abs(d.amountMinor)) })),
    };
    const payment = await recordPayment(tx, ctx, input, {
      description: `Bank reconciliation: ${group.map(describeItem).join(', ')}`.slice(0, 500),
    });
    paymentIds.push(payment.id);
  }
  return { paymentIds };
}

async function unsettle(
  tx: Tx,
  ctx: ServiceContext,
  paymentIds: readonly string[],
  date: string,
  reason: string,
): Promise<void> {
  for (const id of paymentIds) await voidPayment(tx, ctx, id, { date, reason });
}

/** Banking's reconciliation ports, given to `reconciliation` by the composition root (src/compose.ts). */
export const reconcileHooks: ReconcileHooks = { candidates, partiesByIban, settle, unsettle };
