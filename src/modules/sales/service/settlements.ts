import { isCalendarDay } from '../../../kernel/dates.ts';
import type { Sql } from '../../../platform/db/index.ts';
import { type SettlementResult, settlementStore } from '../../../platform/settlements/index.ts';
import { salesText } from '../i18n.ts';

export type { SettlementResult };

/** One open receivable, the shape shared with purchasing's open payables (docs/design/money-in-out.md). */
export interface OpenItem {
  documentId: string;
  kind: 'invoice' | 'credit_note';
  number: string;
  partyId: string;
  partyName: string;
  currency: string;
  issueDate: string;
  dueDate: string;
  /** Invoices positive; credit notes negative (they reduce what the customer owes). */
  totalMinor: bigint;
  openMinor: bigint;
  paymentReference: string | null;
  /** The AR ledger account the document was posted to. */
  controlAccountId: string | null;
}

/**
 * Open invoices and credit notes in one set-based query. "As of" a date: documents issued after it and
 * settlements dated after it do not count.
 */
export async function openReceivables(
  sql: Sql,
  companyId: string,
  opts: { asOf?: string | undefined; partyId?: string | undefined; currency?: string | undefined } = {},
): Promise<OpenItem[]> {
  if (opts.asOf !== undefined && !isCalendarDay(opts.asOf))
    throw salesText.error('validation', 'error.badDate', { date: opts.asOf }, { field: 'asOf' });
  const rows = await sql.query<{
    id: string;
    kind: 'invoice' | 'credit_note';
    number: string;
    party_id: string;
    party_name: string;
    currency: string;
    issue_date: string;
    due_date: string;
    total: string;
    open: string;
    payment_reference: string | null;
    receivable_account_id: string | null;
  }>(
    `SELECT i.id, i.kind, i.number, i.party_id, i.buyer->>'name' AS party_name, i.currency, i.issue_date, i.due_date,
            i.total_minor::text AS total, (i.total_minor - CASE WHEN $2::date IS NULL THEN i.settled_minor ELSE COALESCE(s.amount, 0) END)::text AS open,
            i.payment_reference, i.receivable_account_id
       FROM sales_invoices i
       LEFT JOIN LATERAL (
         SELECT sum(x.amount_minor) AS amount FROM sales_settlements x
          WHERE $2::date IS NOT NULL AND x.company_id = i.company_id AND x.document_id = i.id
            AND x.reversed_at IS NULL AND x.settled_on <= $2::date
       ) s ON $2::date IS NOT NULL
      WHERE i.company_id = $1 AND i.status <> 'draft'
        AND ($2::date IS NULL OR i.issue_date <= $2::date)
        AND ($2::date IS NOT NULL OR i.status IN ('issued', 'partially_paid'))
        AND ($3::text IS NULL OR i.party_id = $3)
        AND ($4::text IS NULL OR i.currency = $4)
        AND i.total_minor - CASE WHEN $2::date IS NULL THEN i.settled_minor ELSE COALESCE(s.amount, 0) END > 0
      ORDER BY i.due_date, i.number`,
    [companyId, opts.asOf ?? null, opts.partyId ?? null, opts.currency ?? null],
  );
  return rows.rows.map((r) => {
    const sign = r.kind === 'credit_note' ? -1n : 1n;
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
      controlAccountId: r.receivable_account_id,
    };
  });
}

const store = settlementStore({
  documents: 'sales_invoices',
  settlements: 'sales_settlements',
  numberColumn: 'number',
  versioned: false,
  entityType: 'sales_invoice',
  documentName: 'Invoice',
  idKind: 'salesSettlement',
  // A fully settled invoice whose settlements are all credit notes is 'credited', not 'paid'.
  statusSql: `CASE WHEN settled_minor = 0 THEN 'issued'
  WHEN settled_minor < total_minor THEN 'partially_paid'
  WHEN kind = 'invoice' AND (SELECT COALESCE(sum(x.amount_minor), 0) FROM sales_settlements x
          WHERE x.company_id = sales_invoices.company_id AND x.document_id = sales_invoices.id
            AND x.reversed_at IS NULL AND x.settlement_id LIKE 'credit:%') = total_minor THEN 'credited'
  ELSE 'paid' END`,
  openStatus: 'issued',
  assertSettleable(doc) {
    if (doc.status === 'draft') throw salesText.error('validation', 'error.settleDraft');
  },
});

/**
 * Settles part or all of an issued document (a receipt, a refund of a credit note, a write-off, a credit note
 * against its invoice). The document row is locked; more than is open is refused; status follows.
 * `amountMinor` is positive and in the document's currency.
 */
export const applySettlement = store.apply;
/** Undoes every document's part of a settlement (the rows stay, marked reversed); status follows. */
export const reverseSettlement = store.reverse;
/** Settlements of one document, for its detail page. */
export const settlementsOf = store.of;
