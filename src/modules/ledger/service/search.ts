import type { Principal } from '../../../platform/context.ts';
import type { Sql } from '../../../platform/db/index.ts';
import {
  type Searcher,
  type SearchHit,
  type SearchQuery,
  searchTable,
} from '../../../platform/search/index.ts';

/** The searched text, exactly as the trigram index ledger_entries_search has it. */
const TEXT = `(description || ' ' || coalesce(reference, ''))`;

interface Row {
  id: string;
  number: string | null;
  entry_date: string;
  description: string;
  reference: string | null;
  status: string;
}

/** Journal entries by number, description or reference (ledger.read; the books are company-wide). */
export const entrySearcher: Searcher = {
  kind: 'entry',
  permission: 'ledger.read',
  async search(sql: Sql, principal: Principal, q: SearchQuery, limit: number): Promise<SearchHit[]> {
    const rows = await searchTable<Row>(
      sql,
      principal.companyId,
      {
        table: 'ledger_entries',
        text: TEXT,
        columns: 't.id, t.number::text AS number, t.entry_date, t.description, t.reference, t.status',
        exact: 'number = :int::bigint',
      },
      q,
      limit,
    );
    return rows.slice(0, limit).map((r) => {
      // A reference typed in full is exact too (found through the trigram path: references are not unique).
      const exact = r.exact_hit || r.reference?.toLowerCase() === q.text.toLowerCase();
      return {
        kind: 'entry' as const,
        id: r.id,
        title: r.number,
        detail: [r.description, r.reference].filter(Boolean).join(' · ') || null,
        date: r.entry_date,
        amount: null,
        currency: null,
        status: r.status,
        link: `/ledger/entries/${r.id}`,
        exact,
        score: exact ? 1 : Number(r.score),
      };
    });
  },
};
