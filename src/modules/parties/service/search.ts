import type { Principal } from '../../../platform/context.ts';
import type { Sql } from '../../../platform/db/index.ts';
import {
  type Searcher,
  type SearchHit,
  type SearchQuery,
  searchTable,
} from '../../../platform/search/index.ts';

/** The searched text, exactly as the trigram index parties_search has it. */
const TEXT = `(legal_name || ' ' || code || ' ' || coalesce(vat_id, '') || ' ' || email)`;

interface Row {
  id: string;
  legal_name: string;
  code: string;
  vat_id: string | null;
  is_customer: boolean;
  is_vendor: boolean;
  active: boolean;
}

/** Customers and vendors by name (any part of it), code, VAT id or e-mail. */
export const partySearcher: Searcher = {
  kind: 'party',
  permission: 'parties.read',
  async search(sql: Sql, principal: Principal, q: SearchQuery, limit: number): Promise<SearchHit[]> {
    const rows = await searchTable<Row>(
      sql,
      principal.companyId,
      {
        table: 'parties',
        text: TEXT,
        columns: 't.id, t.legal_name, t.code, t.vat_id, t.is_customer, t.is_vendor, t.active',
        exact: 'code = :q OR upper(vat_id) = upper(:q)',
      },
      q,
      limit,
    );
    return rows.slice(0, limit).map((r) => ({
      kind: 'party' as const,
      id: r.id,
      title: r.legal_name,
      detail: r.vat_id ? `${r.code} · ${r.vat_id}` : r.code,
      date: null,
      amount: null,
      currency: null,
      // customer, vendor or both; "inactive" wins
      status: !r.active
        ? 'inactive'
        : r.is_customer && r.is_vendor
          ? 'customer_vendor'
          : r.is_customer
            ? 'customer'
            : 'vendor',
      link: `/parties/${r.id}`,
      exact: r.exact_hit,
      score: r.exact_hit ? 1 : Number(r.score),
    }));
  },
};
