import { todayIso } from '../../../kernel/dates.ts';
import type { Page } from '../../../kernel/pagination.ts';
import { likeContains, type Sql } from '../../../platform/db/index.ts';
import { cursorAfter, keyset, parseSort, type SortSpec } from '../../../platform/lists/index.ts';
import { getParty } from '../../parties/index.ts';
import {
  type DocKind,
  type DocStatus,
  INVOICE_COLUMNS,
  type InvoiceRow,
  type InvoiceView,
  viewOf,
} from './invoices.ts';

export interface ListFilter {
  status?: DocStatus | 'open' | 'overdue' | undefined;
  kind?: DocKind | undefined;
  partyId?: string | undefined;
  q?: string | undefined;
  /** Issue date range (inclusive); drafts have no issue date and fall outside any range. */
  from?: string | undefined;
  to?: string | undefined;
  /** `-total`, `issueDate`…: one of INVOICE_SORTS, `-` for descending; newest first by default. */
  sort?: string | undefined;
  today?: string | undefined;
}

/**
 * The sortable columns of the invoice list (never NULL: drafts have no number, date or snapshot yet). Bare
 * columns are qualified: ORDER BY would otherwise take the selected `total_minor::text` output column.
 */
export const INVOICE_SORTS: SortSpec = {
  created: { expr: 'sales_invoices.id', type: 'text' },
  number: { expr: "COALESCE(number, '')", type: 'text' },
  customer: { expr: "COALESCE(buyer->>'name', '')", type: 'text' },
  issueDate: { expr: "COALESCE(issue_date, '0001-01-01')", type: 'date' },
  dueDate: { expr: "COALESCE(due_date, '0001-01-01')", type: 'date' },
  total: { expr: 'sales_invoices.total_minor', type: 'bigint' },
  status: { expr: 'sales_invoices.status', type: 'text' },
};

/** The WHERE of the filtered set, shared by the page and its totals; parameters $1…$9. */
function filtered(companyId: string, filter: ListFilter): { where: string; params: unknown[] } {
  const where = `company_id = $1
    AND ($2::text IS NULL OR status = $2 OR ($2 = 'open' AND status IN ('issued', 'partially_paid'))
         OR ($2 = 'overdue' AND kind = 'invoice' AND status IN ('issued', 'partially_paid') AND due_date < $6::date))
    AND ($3::text IS NULL OR kind = $3)
    AND ($4::text IS NULL OR party_id = $4)
    AND ($5::text IS NULL OR number ILIKE $7 OR buyer->>'name' ILIKE $7 OR id = $5)
    AND ($8::date IS NULL OR issue_date >= $8::date)
    AND ($9::date IS NULL OR issue_date <= $9::date)`;
  const params = [
    companyId,
    filter.status && filter.status !== ('all' as never) ? filter.status : null,
    filter.kind ?? null,
    filter.partyId ?? null,
    filter.q || null,
    filter.today ?? todayIso(),
    likeContains(filter.q ?? ''),
    filter.from ?? null,
    filter.to ?? null,
  ];
  return { where, params };
}

/** Newest first unless `sort` says otherwise; keyset cursor on (sort value, id). */
export async function listInvoices(
  sql: Sql,
  companyId: string,
  filter: ListFilter,
  cursor: string | undefined,
  limit = 50,
): Promise<Page<InvoiceView>> {
  const sorted = parseSort(INVOICE_SORTS, filter.sort, '-created');
  const { where, params } = filtered(companyId, filter);
  const page = keyset(sorted, cursor, params.length + 2);
  const rows = await sql.query<InvoiceRow & { sort_value: string }>(
    `SELECT ${INVOICE_COLUMNS}, (${sorted.column.expr})::text AS sort_value FROM sales_invoices
      WHERE ${where} AND ${page.after}
      ${page.orderBy} LIMIT $${params.length + 1}`,
    [...params, limit + 1, ...page.params],
  );
  const pageRows = rows.rows.slice(0, limit);
  // Drafts have no buyer snapshot yet: name them from the party.
  const missing = [...new Set(pageRows.filter((r) => !r.party_name).map((r) => r.party_id))];
  const names = new Map<string, string>();
  for (const pid of missing) {
    const p = await getParty(sql, companyId, pid).catch(() => null);
    names.set(pid, p?.legalName ?? pid);
  }
  const today = filter.today ?? todayIso();
  const items = pageRows.map((r) =>
    viewOf({ ...r, party_name: r.party_name ?? names.get(r.party_id) ?? r.party_id }, [], today),
  );
  const last = pageRows[pageRows.length - 1];
  return {
    items,
    nextCursor: rows.rows.length > limit && last ? cursorAfter(sorted, last) : null,
  };
}

export interface CurrencyTotal {
  currency: string;
  count: number;
  totalMinor: bigint;
  openMinor: bigint;
}

/**
 * The totals of the whole filtered set per currency, in one set-based query (not a sum of a loaded page).
 * Amounts are summed as the list shows them: a credit note's total counts as its own positive total.
 */
export async function invoiceTotals(
  sql: Sql,
  companyId: string,
  filter: ListFilter,
): Promise<CurrencyTotal[]> {
  const { where, params } = filtered(companyId, filter);
  const rows = await sql.query<{ currency: string; count: string; total: string; open: string }>(
    `SELECT currency, count(*)::text AS count, sum(total_minor)::text AS total,
            sum(CASE WHEN status = 'draft' THEN total_minor ELSE total_minor - settled_minor END)::text AS open
       FROM sales_invoices WHERE ${where} GROUP BY currency ORDER BY currency`,
    params,
  );
  return rows.rows.map((r) => ({
    currency: r.currency,
    count: Number(r.count),
    totalMinor: BigInt(r.total),
    openMinor: BigInt(r.open),
  }));
}
