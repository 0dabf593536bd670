import { validation } from '../../../kernel/errors.ts';
import { formatMoney } from '../../../kernel/money.ts';

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

const KIND_WORDS: Record<PaymentKind, string> = {
  receipt: 'A receipt',
  credit_application: 'An application of credit',
  vendor_payment: 'A vendor payment',
  customer_refund: 'A refund',
};

export function planPayment(input: PlanInput, open: ReadonlyMap<string, OpenItem>): PaymentPlan {
  const { kind, currency } = input;
  const fmt = (m: bigint) => `${formatMoney({ amount: m, currency })} ${currency}`;
  if (input.amountMinor < 0n)
    throw validation('The amount cannot be negative.', { reason: 'negative_amount' });
  const seen = new Set<string>();
  const allocations: PlannedAllocation[] = [];
  let allocated = 0n;
  let writeOff = 0n;
  for (const [i, a] of input.allocations.entries()) {
    const item = open.get(a.documentId);
    const where = `Allocation ${i + 1}`;
    if (!item) {
      throw validation(
        `${where}: document ${a.documentId} is not open (already paid, not issued, or not this company's).`,
        {
          reason: 'document_not_open',
          documentId: a.documentId,
        },
      );
    }
    const label = `${where} (${item.number})`;
    if (seen.has(a.documentId))
      throw validation(`${label}: the document appears twice; allocate it once.`, {
        reason: 'duplicate_document',
      });
    seen.add(a.documentId);
    if (!DOC_KINDS[kind].includes(item.kind)) {
      throw validation(
        `${label}: ${KIND_WORDS[kind].toLowerCase()} cannot settle a ${item.kind.replace('_', ' ')}.`,
        {
          reason: 'wrong_document_kind',
        },
      );
    }
    if (item.partyId !== input.partyId) {
      throw validation(`${label}: the document belongs to ${item.partyName}, not to the payment's party.`, {
        reason: 'wrong_party',
      });
    }
    if (item.currency !== currency) {
      throw validation(
        `${label}: the document is in ${item.currency}, the payment in ${currency}; record the payment in the document's currency.`,
        {
          reason: 'currency_mismatch',
        },
      );
    }
    const w = a.writeOffMinor ?? 0n;
    if (a.amountMinor < 0n || w < 0n)
      throw validation(`${label}: amounts cannot be negative.`, { reason: 'negative_amount' });
    if (a.amountMinor + w === 0n)
      throw validation(`${label}: allocate a positive amount or remove the line.`, {
        reason: 'zero_allocation',
      });
    if (a.amountMinor + w > item.openMinor) {
      throw validation(
        `${label}: ${fmt(a.amountMinor + w)} is more than the ${fmt(item.openMinor)} still open; lower it.`,
        {
          reason: 'over_allocation',
          openMinor: item.openMinor.toString(),
        },
      );
    }
    if (w > 0n && (kind === 'credit_application' || kind === 'customer_refund')) {
      throw validation(`${label}: write-offs go with receipts and vendor payments only.`, {
        reason: 'write_off_not_allowed',
      });
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
    throw validation(
      `The write-off of ${fmt(writeOff)} is over the ${fmt(input.writeOffLimitMinor)} limit; allocate the difference or raise the limit in payment settings.`,
      {
        reason: 'write_off_limit',
      },
    );
  }
  let credit: bigint;
  if (kind === 'receipt' || kind === 'vendor_payment') {
    if (allocated > input.amountMinor) {
      throw validation(
        `The allocations add up to ${fmt(allocated)}, more than the ${fmt(input.amountMinor)} paid; lower them.`,
        {
          reason: 'allocations_exceed_payment',
        },
      );
    }
    if (input.amountMinor === 0n)
      throw validation('The amount must be more than zero.', { reason: 'zero_amount' });
    credit = input.amountMinor - allocated;
  } else if (kind === 'credit_application') {
    if (allocated !== input.amountMinor) {
      throw validation(
        `The allocations add up to ${fmt(allocated)}; an application of credit uses exactly what it allocates (${fmt(input.amountMinor)}).`,
        {
          reason: 'allocations_mismatch',
        },
      );
    }
    credit = -allocated;
  } else {
    if (allocated > input.amountMinor) {
      throw validation(
        `The credit notes add up to ${fmt(allocated)}, more than the ${fmt(input.amountMinor)} refunded.`,
        {
          reason: 'allocations_exceed_payment',
        },
      );
    }
    credit = -(input.amountMinor - allocated);
  }
  if (credit < 0n && -credit > input.availableCreditMinor) {
    throw validation(
      `The party has ${fmt(input.availableCreditMinor)} of credit; this needs ${fmt(-credit)}.`,
      {
        reason: 'insufficient_credit',
      },
    );
  }
  if (input.amountMinor === 0n)
    throw validation('The amount must be more than zero.', { reason: 'zero_amount' });

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
