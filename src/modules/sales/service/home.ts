import type { Sql } from '../../../platform/db/index.ts';

/** Receivables per currency for the home page: what customers owe and how much of it is late. */
export interface ReceivablesTotal {
  currency: string;
  /** Open invoices less open credit notes, minor units. */
  openMinor: bigint;
  openCount: number;
  /** Open invoices past their due date on `today` (the list's `status=overdue` rule), minor units. */
  overdueMinor: bigint;
  overdueCount: number;
}

/** One set-based query over the open documents (the `sales_invoices_open` index), grouped by currency. */
export async function receivablesTotals(
  sql: Sql,
  companyId: string,
  today: string,
): Promise<ReceivablesTotal[]> {
  const { rows } = await sql.query<{
    currency: string;
    open: string;
    open_count: number;
    overdue: string;
    overdue_count: number;
  }>(
    `SELECT currency,
            sum(CASE WHEN kind = 'credit_note' THEN settled_minor - total_minor ELSE total_minor - settled_minor END)::text AS open,
            count(*) FILTER (WHERE kind = 'invoice')::int AS open_count,
            COALESCE(sum(total_minor - settled_minor) FILTER (WHERE kind = 'invoice' AND due_date < $2::date), 0)::text AS overdue,
            count(*) FILTER (WHERE kind = 'invoice' AND due_date < $2::date)::int AS overdue_count
       FROM sales_invoices
      WHERE company_id = $1 AND status IN ('issued', 'partially_paid') AND total_minor > settled_minor
      GROUP BY currency ORDER BY currency`,
    [companyId, today],
  );
  return rows.map((r) => ({
    currency: r.currency,
    openMinor: BigInt(r.open),
    openCount: r.open_count,
    overdueMinor: BigInt(r.overdue),
    overdueCount: r.overdue_count,
  }));
}

/** Invoices and credit notes still in draft (a draft has no author column: these are the company's). */
export async function draftInvoiceCount(sql: Sql, companyId: string): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM sales_invoices WHERE company_id = $1 AND status = 'draft'`,
    [companyId],
  );
  return rows[0]?.n ?? 0;
}
