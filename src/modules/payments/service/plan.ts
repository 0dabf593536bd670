import { formatMoney } from '../../../kernel/money.ts';
import type { Params } from '../../../platform/i18n/index.ts';
import { type PaymentsKey, paymentsText } from '../i18n.ts';

/**
 * The arithmetic of a payment, with no I/O: which open documents it settles by how much, what stays as the
 * party's credit, what is written off, and the journal lines that follow. The flow (src/flows/order-to-cash/payments.ts)
 * feeds it the open items it read from sales or purchasing and the party's credit, then writes what it says.
 *
 * Invariants (property-tested): every allocation + its write-off ≤ the document's open amount; the sum of
 * allocations + credit kept = the payment amount; the lines balance.
 */

export type PaymentKind = 'receipt' | 'vendor_payment' | 'customer_refund' | 'credit_application';
export const PAYMENT_KINDS: readonly PaymentKind[] = [
  'receipt',
  'vendor_payment',
  'customer_refund',
  'credit_application',
];

/** The open-item shape sales.openReceivables and purchasing.openPayables return (docs/design/money-in-out.md). */
export interface OpenItem {
  documentId: string;
  kind: 'invoice' | 'credit_note' | 'bill' | 'vendor_credit';
  number: string;
  partyId: string;
  partyName: string;
  currency: string;
  issueDate: string;
  dueDate: string | null;
  totalMinor: bigint;
  openMinor: bigint;
  paymentReference: string | null;
  controlAccountId: string;
}

export interface AllocationInput {
  documentId: string;
  amountMinor: bigint;
  writeOffMinor?: bigint | undefined;
}

export interface PlanInput {
  kind: PaymentKind;
  partyId: string;
  currency: string;
  /** Money through the bank (for credit_application: the credit used). */
  amountMinor: bigint;
  allocations: readonly AllocationInput[];
  /** The party's credit in this currency before the payment. */
  availableCreditMinor: bigint;
  writeOffLimitMinor: bigint;
}

export interface PlannedAllocation {
  documentId: string;
  documentKind: OpenItem['kind'];
  documentNumber: string;
  amountMinor: bigint;
  writeOffMinor: bigint;
  controlAccountId: string;
}

/** Account roles the flow maps to ledger accounts. */
export type LineRole =
  | { role: 'bank' }
  | { role: 'control'; accountId: string; documentId: string }
  | { role: 'write_off' }
  | { role: 'credit' };

export interface PlannedLine {
  to: LineRole;
  /** Positive = debit, negative = credit. */
  amountMinor: bigint;
  memo: string;
}

export interface PaymentPlan {
  allocations: PlannedAllocation[];
  creditMinor: bigint;
  writeOffMinor: bigint;
  lines: PlannedLine[];
}

const DOC_KINDS: Record<PaymentKind, readonly OpenItem['kind'][]> = {
  receipt: ['invoice'],
  credit_application: ['invoice'],
  vendor_payment: ['bill'],
  customer_refund: ['credit_note'],
};

export function planPayment(input: PlanInput, open: ReadonlyMap<string, OpenItem>): PaymentPlan {
  const { kind, currency } = input;
  const fmt = (m: bigint) => `${formatMoney({ amount: m, currency })} ${currency}`;
  if (input.amountMinor < 0n)
    throw paymentsText.error('validation', 'error.amountNegative', {}, { reason: 'negative_amount' });
  const seen = new Set<string>();
  const allocations: PlannedAllocation[] = [];
  let allocated = 0n;
  let writeOff = 0n;
  for (const [i, a] of input.allocations.entries()) {
    const item = open.get(a.documentId);
    const n = i + 1;
    if (!item) {
      throw paymentsText.error(
        'validation',
        'error.documentNotOpen',
        { where: paymentsText.localizer('word.allocation', { n }), documentId: a.documentId },
        {
          reason: 'document_not_open',
          documentId: a.documentId,
        },
      );
    }
    // "Allocation 2 (INV-7)" in the reader's language, in front of each message about this allocation.
    const label = paymentsText.localizer('word.allocationOf', { n, number: item.number });
    const about = (key: PaymentsKey, details: object, more: Params = {}) =>
      paymentsText.error('validation', key, { label, ...more }, details);
    if (seen.has(a.documentId))
      throw about('error.documentTwice', {
        reason: 'duplicate_document',
      });
    seen.add(a.documentId);
    if (!DOC_KINDS[kind].includes(item.kind)) {
      throw paymentsText.error(
        'validation',
        'error.wrongDocumentKind',
        {
          label,
          payment: paymentsText.localizer(`word.payment.${kind}`),
          document: paymentsText.localizer(`word.document.${item.kind}`),
        },
        { reason: 'wrong_document_kind' },
      );
    }
    if (item.partyId !== input.partyId) {
      throw about('error.wrongParty', { reason: 'wrong_party' }, { partyName: item.partyName });
    }
    if (item.currency !== currency) {
      throw about(
        'error.currencyMismatch',
        { reason: 'currency_mismatch' },
        { documentCurrency: item.currency, currency },
      );
    }
    const w = a.writeOffMinor ?? 0n;
    if (a.amountMinor < 0n || w < 0n) throw about('error.allocationNegative', { reason: 'negative_amount' });
    if (a.amountMinor + w === 0n) throw about('error.allocationZero', { reason: 'zero_allocation' });
    if (a.amountMinor + w > item.openMinor) {
      throw about(
        'error.overOpen',
        { reason: 'over_allocation', openMinor: item.openMinor.toString() },
        { amount: fmt(a.amountMinor + w), open: fmt(item.openMinor) },
      );
    }
    if (w > 0n && (kind === 'credit_application' || kind === 'customer_refund')) {
      throw about('error.writeOffNotAllowed', { reason: 'write_off_not_allowed' });
    }
    allocated += a.amountMinor;
    writeOff += w;
    allocations.push({
      documentId: item.documentId,
      documentKind: item.kind,
      documentNumber: item.number,
      amountMinor: a.amountMinor,
      writeOffMinor: w,
      controlAccountId: item.controlAccountId,
    });
  }
  if (writeOff > input.writeOffLimitMinor) {
    throw paymentsText.error(
      'validation',
      'error.writeOffOverLimit',
      { writeOff: fmt(writeOff), limit: fmt(input.writeOffLimitMinor) },
      {
        reason: 'write_off_limit',
      },
    );
  }
  let credit: bigint;
  if (kind === 'receipt' || kind === 'vendor_payment') {
    if (allocated > input.amountMinor) {
      throw paymentsText.error(
        'validation',
        'error.overAllocated',
        { allocated: fmt(allocated), paid: fmt(input.amountMinor) },
        {
          reason: 'allocations_exceed_payment',
        },
      );
    }
    if (input.amountMinor === 0n)
      throw paymentsText.error('validation', 'error.amountZero', {}, { reason: 'zero_amount' });
    credit = input.amountMinor - allocated;
  } else if (kind === 'credit_application') {
    if (allocated !== input.amountMinor) {
      throw paymentsText.error(
        'validation',
        'error.applicationMismatch',
        { allocated: fmt(allocated), amount: fmt(input.amountMinor) },
        {
          reason: 'allocations_mismatch',
        },
      );
    }
    credit = -allocated;
  } else {
    if (allocated > input.amountMinor) {
      throw paymentsText.error(
        'validation',
        'error.refundOverAllocated',
        { allocated: fmt(allocated), refunded: fmt(input.amountMinor) },
        {
          reason: 'allocations_exceed_payment',
        },
      );
    }
    credit = -(input.amountMinor - allocated);
  }
  if (credit < 0n && -credit > input.availableCreditMinor) {
    throw paymentsText.error(
      'validation',
      'error.insufficientCredit',
      { available: fmt(input.availableCreditMinor), needed: fmt(-credit) },
      {
        reason: 'insufficient_credit',
      },
    );
  }
  if (input.amountMinor === 0n)
    throw paymentsText.error('validation', 'error.amountZero', {}, { reason: 'zero_amount' });

  // Journal lines: + debit, − credit. Money in (receipt) debits the bank; money out credits it.
  const lines: PlannedLine[] = [];
  const sign = kind === 'receipt' || kind === 'credit_application' ? 1n : -1n; // +1: documents are receivables being credited
  if (kind === 'receipt')
    lines.push({ to: { role: 'bank' }, amountMinor: input.amountMinor, memo: 'received' });
  if (kind === 'vendor_payment' || kind === 'customer_refund')
    lines.push({ to: { role: 'bank' }, amountMinor: -input.amountMinor, memo: 'paid' });
  for (const a of allocations) {
    lines.push({
      to: { role: 'control', accountId: a.controlAccountId, documentId: a.documentId },
      amountMinor: -sign * (a.amountMinor + a.writeOffMinor),
      memo: a.documentNumber,
    });
  }
  if (writeOff > 0n)
    lines.push({ to: { role: 'write_off' }, amountMinor: sign * writeOff, memo: 'write-off' });
  // Credit kept (credit > 0) is a liability to a customer / an advance to a vendor; credit used reverses it.
  if (credit !== 0n) {
    const creditSide = kind === 'vendor_payment' ? credit : -credit;
    lines.push({
      to: { role: 'credit' },
      amountMinor: creditSide,
      memo: credit > 0n ? 'kept as credit' : 'credit used',
    });
  }
  const sum = lines.reduce((s, l) => s + l.amountMinor, 0n);
  if (sum !== 0n) throw new Error(`internal: payment lines do not balance (${sum})`);
  return {
    allocations,
    creditMinor: credit,
    writeOffMinor: writeOff,
    lines: lines.filter((l) => l.amountMinor !== 0n),
  };
}
