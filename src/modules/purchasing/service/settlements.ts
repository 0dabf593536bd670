import { isCalendarDay } from '../../../kernel/dates.ts';
import type { Sql } from '../../../platform/db/index.ts';
import { type SettlementResult, settlementStore } from '../../../platform/settlements/index.ts';
import { purchasingText } from '../i18n.ts';

export type { SettlementResult };

/** One open payable, the shape shared with sales' open receivables (docs/design/money-in-out.md). */
export interface OpenItem {
  documentId: string;
  kind: 'bill' | 'vendor_credit';
  number: string;
  partyId: string;
  partyName: string;
  currency: string;
  issueDate: string;
  dueDate: string;
  /** Bills positive; vendor credits negative (they reduce what the company owes). */
  totalMinor: bigint;
  openMinor: bigint;
  paymentReference: string | null;
  /** The AP ledger account the bill was posted to. */
  controlAccountId: string | null;
}

/**
 * Posted bills with something left to pay, in one set-based query, earliest due first. "As of" a date: bills
 * issued after it and settlements dated after it do not count. `number` is the vendor's invoice number.
 */
export async function openPayables(
  sql: Sql,
  companyId: string,
  opts: {
    asOf?: string | undefined;
    partyId?: string | undefined;
    currency?: string | undefined;
    dueBefore?: string | undefined;
  } = {},
): Promise<OpenItem[]> {
  for (const [field, day] of [
    ['asOf', opts.asOf],
    ['dueBefore', opts.dueBefore],
  ] as const)
    if (day !== undefined && !isCalendarDay(day))
      throw purchasingText.error('validation', 'error.badFieldDate', { field, day }, { field });
  const rows = await sql.query<{
    id: string;
    kind: 'bill' | 'vendor_credit';
    number: string;
    party_id: string;
    party_name: string;
    currency: string;
    issue_date: string;
    due_date: string;
    total: string;
    open: string;
    payment_reference: string | null;
    payable_account_id: string | null;
  }>(
    `SELECT b.id, b.kind, b.vendor_invoice_number AS number, b.vendor_id AS party_id, b.vendor_name AS party_name,
            b.currency, b.issue_date::text AS issue_date, b.due_date::text AS due_date, b.total_minor::text AS total,
            (b.total_minor - CASE WHEN $2::date IS NULL THEN b.settled_minor ELSE COALESCE(s.amount, 0) END)::text AS open,
            b.payment_reference, b.payable_account_id
       FROM purchasing_bills b
       LEFT JOIN LATERAL (
         SELECT sum(x.amount_minor) AS amount FROM purchasing_settlements x
          WHERE $2::date IS NOT NULL AND x.company_id = b.company_id AND x.document_id = b.id
            AND x.reversed_at IS NULL AND x.settled_on <= $2::date
       ) s ON $2::date IS NOT NULL
      WHERE b.company_id = $1
        AND b.status IN ('posted', 'partially_paid', 'paid')
        AND ($2::date IS NULL OR b.issue_date <= $2::date)
        AND ($2::date IS NOT NULL OR b.status IN ('posted', 'partially_paid'))
        AND ($3::text IS NULL OR b.vendor_id = $3)
        AND ($4::text IS NULL OR b.currency = $4)
        AND ($5::date IS NULL OR b.due_date <= $5::date)
        AND b.total_minor - CASE WHEN $2::date IS NULL THEN b.settled_minor ELSE COALESCE(s.amount, 0) END > 0
      ORDER BY b.due_date, b.vendor_invoice_number, b.id`,
    [companyId, opts.asOf ?? null, opts.partyId ?? null, opts.currency ?? null, opts.dueBefore ?? null],
  );
  return rows.rows.map((r) => {
    const sign = r.kind === 'vendor_credit' ? -1n : 1n;
    return {
      documentId: r.id,
      kind: r.kind,
      number: r.number,
      partyId: r.party_id,
      partyName: r.party_name,
      currency: r.currency,
      issueDate: r.issue_date,
      dueDate: r.due_date,
      totalMinor: BigInt(r.total) * sign,
      openMinor: BigInt(r.open) * sign,
      paymentReference: r.payment_reference,
      controlAccountId: r.payable_account_id,
    };
  });
}

const store = settlementStore({
  documents: 'purchasing_bills',
  settlements: 'purchasing_settlements',
  numberColumn: 'vendor_invoice_number',
  versioned: true,
  entityType: 'purchasing_bill',
  documentName: 'Bill',
  idKind: 'billSettlement',
  statusSql: `CASE WHEN settled_minor = 0 THEN 'posted'
  WHEN settled_minor < total_minor THEN 'partially_paid' ELSE 'paid' END`,
  openStatus: 'posted',
  assertSettleable(doc) {
    if (!['posted', 'partially_paid', 'paid'].includes(doc.status))
      throw purchasingText.error(
        'validation',
        'error.settleNotPosted',
        { number: doc.number, status: doc.status },
        { field: 'documentId', status: doc.status },
      );
  },
});

/**
 * Settles part or all of a posted bill (a vendor payment, a vendor credit, a write-off). The bill row is locked
 * (FOR UPDATE); more than is open is refused; status follows (posted → partially_paid → paid).
 * `amountMinor` is positive and in the bill's currency.
 */
export const applySettlement = store.apply;
/** Undoes every bill's part of a settlement (the rows stay, marked reversed); status follows. */
export const reverseSettlement = store.reverse;
/** Settlements of one bill, for its detail page. */
export const settlementsOf = store.of;
