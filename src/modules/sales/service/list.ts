import { decodeCursor, encodeCursor, type Page } from '../../../kernel/pagination.ts';
import { likeContains, type Sql } from '../../../platform/db/index.ts';
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
  today?: string | undefined;
}

/** Newest first, keyset cursor on the time-sortable id. */
export async function listInvoices(
  sql: Sql,
  companyId: string,
  filter: ListFilter,
  cursor: string | undefined,
  limit = 50,
): Promise<Page<InvoiceView>> {
  const after = cursor ? decodeCursor(cursor) : null;
  const rows = await sql.query<InvoiceRow>(
    `SELECT ${INVOICE_COLUMNS} FROM sales_invoices
      WHERE company_id = $1
        AND ($2::text IS NULL OR status = $2 OR ($2 = 'open' AND status IN ('issued', 'partially_paid'))
             OR ($2 = 'overdue' AND kind = 'invoice' AND status IN ('issued', 'partially_paid') AND due_date < $7::date))
        AND ($3::text IS NULL OR kind = $3)
        AND ($4::text IS NULL OR party_id = $4)
        AND ($5::text IS NULL OR number ILIKE $9 OR buyer->>'name' ILIKE $9 OR id = $5)
        AND ($6::text IS NULL OR id < $6)
      ORDER BY id DESC LIMIT $8`,
    [
      companyId,
      filter.status && filter.status !== ('all' as never) ? filter.status : null,
      filter.kind ?? null,
      filter.partyId ?? null,
      filter.q || null,
      after ? String(after[0]) : null,
      filter.today ?? new Date().toISOString().slice(0, 10),
      limit + 1,
      likeContains(filter.q ?? ''),
    ],
  );
  const page = rows.rows.slice(0, limit);
  // Drafts have no buyer snapshot yet: name them from the party.
  const missing = [...new Set(page.filter((r) => !r.party_name).map((r) => r.party_id))];
  const names = new Map<string, string>();
  for (const pid of missing) {
    const p = await getParty(sql, companyId, pid).catch(() => null);
    names.set(pid, p?.legalName ?? pid);
  }
  const today = filter.today ?? new Date().toISOString().slice(0, 10);
  const items = page.map((r) =>
    viewOf({ ...r, party_name: r.party_name ?? names.get(r.party_id) ?? r.party_id }, [], today),
  );
  const last = page[page.length - 1];
  return {
    items,
    nextCursor: rows.rows.length > limit && last ? encodeCursor([last.id]) : null,
  };
}
