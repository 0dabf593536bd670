import { isCalendarDay } from '../../../kernel/dates.ts';
import { conflict, notFound, validation } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';

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
      throw validation(`${field}: "${day}" is not a date (YYYY-MM-DD).`, { field });
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

const STATUS_SQL = `CASE WHEN settled_minor = 0 THEN 'posted'
  WHEN settled_minor < total_minor THEN 'partially_paid' ELSE 'paid' END`;

export interface SettlementResult {
  documentId: string;
  status: string;
  openMinor: bigint;
}

/**
 * Settles part or all of a posted bill (a vendor payment, a vendor credit, a write-off). The bill row is locked
 * (FOR UPDATE); more than is open is refused; status follows (posted → partially_paid → paid).
 * `amountMinor` is positive and in the bill's currency.
 */
export async function applySettlement(
  tx: Tx,
  ctx: ServiceContext,
  input: { documentId: string; settlementId: string; amountMinor: bigint; date: string },
): Promise<SettlementResult> {
  if (input.amountMinor <= 0n) throw validation('A settlement amount is positive.', { field: 'amountMinor' });
  if (!isCalendarDay(input.date))
    throw validation(`"${input.date}" is not a date (YYYY-MM-DD).`, { field: 'date' });
  const doc = await maybeOne<{
    status: string;
    total: string;
    settled: string;
    number: string;
    currency: string;
  }>(
    tx,
    `SELECT status, total_minor::text AS total, settled_minor::text AS settled, vendor_invoice_number AS number, currency
       FROM purchasing_bills WHERE company_id = $1 AND id = $2 FOR UPDATE`,
    [ctx.companyId, input.documentId],
  );
  if (!doc) throw notFound('Bill', input.documentId);
  if (!['posted', 'partially_paid', 'paid'].includes(doc.status))
    throw validation(
      `Bill ${doc.number} is ${doc.status}; only a posted bill can be paid or settled. Post it first.`,
      {
        field: 'documentId',
        status: doc.status,
      },
    );
  const open = BigInt(doc.total) - BigInt(doc.settled);
  if (input.amountMinor > open)
    throw validation(
      `Only ${open} minor units of ${doc.currency} are open on ${doc.number}; settle at most that (the rest is an overpayment).`,
      { field: 'amountMinor', openMinor: String(open) },
    );
  const id = newId('billSettlement');
  const ins = await tx.query(
    `INSERT INTO purchasing_settlements (company_id, id, document_id, settlement_id, amount_minor, settled_on)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (company_id, settlement_id, document_id) DO NOTHING`,
    [ctx.companyId, id, input.documentId, input.settlementId, String(input.amountMinor), input.date],
  );
  if (ins.rowCount === 0)
    throw conflict(`Settlement ${input.settlementId} is already applied to ${doc.number}.`);
  await tx.query(
    'UPDATE purchasing_bills SET settled_minor = settled_minor + $3, updated_at = now(), version = version + 1 WHERE company_id = $1 AND id = $2',
    [ctx.companyId, input.documentId, String(input.amountMinor)],
  );
  const res = await refreshStatus(tx, ctx.companyId, input.documentId);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'purchasing_bill',
    entityId: input.documentId,
    action: 'settle',
    before: { status: doc.status, settledMinor: doc.settled },
    after: { status: res.status, openMinor: String(res.openMinor) },
    meta: { settlementId: input.settlementId, amountMinor: String(input.amountMinor), date: input.date },
  });
  return res;
}

async function refreshStatus(tx: Tx, companyId: string, documentId: string): Promise<SettlementResult> {
  const row = await maybeOne<{ status: string; open: string }>(
    tx,
    `UPDATE purchasing_bills SET status = ${STATUS_SQL} WHERE company_id = $1 AND id = $2
     RETURNING status, (total_minor - settled_minor)::text AS open`,
    [companyId, documentId],
  );
  return { documentId, status: row?.status ?? 'posted', openMinor: BigInt(row?.open ?? '0') };
}

/** Undoes every document's part of a settlement (the rows stay, marked reversed); status follows. */
export async function reverseSettlement(
  tx: Tx,
  ctx: ServiceContext,
  input: { settlementId: string },
): Promise<SettlementResult[]> {
  const rows = await tx.query<{ id: string; document_id: string; amount: string }>(
    `SELECT s.id, s.document_id, s.amount_minor::text AS amount FROM purchasing_settlements s
      WHERE s.company_id = $1 AND s.settlement_id = $2 AND s.reversed_at IS NULL ORDER BY s.document_id`,
    [ctx.companyId, input.settlementId],
  );
  if (rows.rowCount === 0) throw notFound('Settlement', input.settlementId);
  const out: SettlementResult[] = [];
  for (const r of rows.rows) {
    await tx.query('SELECT 1 FROM purchasing_bills WHERE company_id = $1 AND id = $2 FOR UPDATE', [
      ctx.companyId,
      r.document_id,
    ]);
    const done = await tx.query(
      'UPDATE purchasing_settlements SET reversed_at = now() WHERE company_id = $1 AND id = $2 AND reversed_at IS NULL',
      [ctx.companyId, r.id],
    );
    if (done.rowCount === 0) continue;
    await tx.query(
      'UPDATE purchasing_bills SET settled_minor = settled_minor - $3, updated_at = now(), version = version + 1 WHERE company_id = $1 AND id = $2',
      [ctx.companyId, r.document_id, r.amount],
    );
    const res = await refreshStatus(tx, ctx.companyId, r.document_id);
    await recordAudit(tx, {
      ...ctx,
      entityType: 'purchasing_bill',
      entityId: r.document_id,
      action: 'settlement_reversed',
      after: { status: res.status, openMinor: String(res.openMinor) },
      meta: { settlementId: input.settlementId, amountMinor: r.amount },
    });
    out.push(res);
  }
  return out;
}

/** Settlements of one bill, for its detail page. */
export async function settlementsOf(
  sql: Sql,
  companyId: string,
  documentId: string,
): Promise<{ settlementId: string; amountMinor: bigint; date: string; reversedAt: string | null }[]> {
  const rows = await sql.query<{
    settlement_id: string;
    amount: string;
    settled_on: string;
    reversed_at: Date | null;
  }>(
    `SELECT settlement_id, amount_minor::text AS amount, settled_on, reversed_at FROM purchasing_settlements
      WHERE company_id = $1 AND document_id = $2 ORDER BY settled_on, created_at`,
    [companyId, documentId],
  );
  return rows.rows.map((r) => ({
    settlementId: r.settlement_id,
    amountMinor: BigInt(r.amount),
    date: r.settled_on,
    reversedAt: r.reversed_at ? r.reversed_at.toISOString() : null,
  }));
}
