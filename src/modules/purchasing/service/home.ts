import type { Sql } from '../../../platform/db/index.ts';

/** Payables per currency for the home page: what falls due this week and what is already late. */
export interface PayablesDue {
  currency: string;
  /** Open bills due from `today` to `weekEnd` (both inclusive), minor units. */
  dueMinor: bigint;
  dueCount: number;
  /** Open bills whose due date is before `today`, minor units. */
  overdueMinor: bigint;
  overdueCount: number;
}

/** One set-based query over the open bills (the `purchasing_bills_open` index), grouped by currency. */
export async function payablesDue(
  sql: Sql,
  companyId: string,
  today: string,
  weekEnd: string,
): Promise<PayablesDue[]> {
  const { rows } = await sql.query<{
    currency: string;
    due: string;
    due_count: number;
    overdue: string;
    overdue_count: number;
  }>(
    `SELECT currency,
            COALESCE(sum(total_minor - settled_minor) FILTER (WHERE due_date >= $2::date), 0)::text AS due,
            count(*) FILTER (WHERE due_date >= $2::date)::int AS due_count,
            COALESCE(sum(total_minor - settled_minor) FILTER (WHERE due_date < $2::date), 0)::text AS overdue,
            count(*) FILTER (WHERE due_date < $2::date)::int AS overdue_count
       FROM purchasing_bills
      WHERE company_id = $1 AND kind = 'bill' AND status IN ('posted', 'partially_paid')
        AND total_minor > settled_minor AND due_date <= $3::date
      GROUP BY currency ORDER BY currency`,
    [companyId, today, weekEnd],
  );
  return rows.map((r) => ({
    currency: r.currency,
    dueMinor: BigInt(r.due),
    dueCount: r.due_count,
    overdueMinor: BigInt(r.overdue),
    overdueCount: r.overdue_count,
  }));
}

/** Bills `userId` started that are still drafts. */
export async function draftBillCount(sql: Sql, companyId: string, userId: string): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM purchasing_bills WHERE company_id = $1 AND status = 'draft' AND created_by = $2`,
    [companyId, userId],
  );
  return rows[0]?.n ?? 0;
}
