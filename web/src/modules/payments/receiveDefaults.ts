import type { BankAccountOption, OpenItem, PaymentKind } from './paymentsApi';

/** What the receive page can be opened with (invoice *Receive payment*, bill *Pay*): kept in the URL. */
export interface ReceiveSearch {
  kind?: string;
  partyId?: string;
  documentId?: string;
}

export const RECEIVE_SEARCH = ['kind', 'partyId', 'documentId'] as const;

const KINDS: readonly PaymentKind[] = ['receipt', 'vendor_payment', 'customer_refund', 'credit_application'];
export const kindOf = (s: string | undefined): PaymentKind =>
  KINDS.includes(s as PaymentKind) ? (s as PaymentKind) : 'receipt';

/**
 * The bank account a payment from this party most likely moves through: one in the currency of the document
 * it was opened for, else of the party's open documents (soonest due first), else of the party, else the first.
 * Money booked through an account in another currency could only become unallocated credit.
 */
export function suggestBank(
  banks: readonly BankAccountOption[],
  docs: readonly OpenItem[],
  opts: { documentId?: string | undefined; partyCurrency?: string | undefined },
): BankAccountOption | null {
  const byDue = [...docs].sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
  const wanted = [
    docs.find((d) => d.documentId === opts.documentId)?.currency,
    ...byDue.map((d) => d.currency),
    opts.partyCurrency,
  ];
  for (const c of wanted) {
    const bank = c && banks.find((b) => b.currency === c);
    if (bank) return bank;
  }
  return banks[0] ?? null;
}

/** Currencies the party has something open in, other than the chosen one (for the mismatch warning). */
export function otherCurrencies(docs: readonly OpenItem[], currency: string): string[] {
  return [...new Set(docs.map((d) => d.currency))].filter((c) => c !== currency).sort();
}
