import { formatMoney } from '../../../kernel/money.ts';
import type { Principal } from '../../../platform/context.ts';
import type { Sql } from '../../../platform/db/index.ts';
import {
  matchesAmount,
  type Searcher,
  type SearchHit,
  type SearchQuery,
  searchTable,
} from '../../../platform/search/index.ts';
import { getParty } from '../../parties/index.ts';

/** The searched text, exactly as the trigram index sales_invoices_search has it. */
const TEXT = `(coalesce(number, '') || ' ' || coalesce(buyer->>'name', '') || ' ' || buyer_reference || ' ' ||
   order_reference || ' ' || coalesce(payment_reference, ''))`;

interface Row {
  id: string;
  number: string | null;
  status: string;
  party_id: string;
  party_name: string | null;
  issue_date: string | null;
  total_minor: string;
  currency: string;
}

/** Invoices and credit notes by legal number, customer, references or total (sales.read; company-wide). */
export const invoiceSearcher: Searcher = {
  kind: 'invoice',
  permission: 'sales.read',
  async search(sql: Sql, principal: Principal, q: SearchQuery, limit: number): Promise<SearchHit[]> {
    const rows = await searchTable<Row>(
      sql,
      principal.companyId,
      {
        table: 'sales_invoices',
        text: TEXT,
        columns: `t.id, t.number, t.status, t.party_id, t.buyer->>'name' AS party_name, t.issue_date,
                  t.total_minor::text AS total_minor, t.currency`,
        exact: 'number = :q OR total_minor = ANY(:amounts::bigint[])',
      },
      q,
      limit,
    );
    const hits: SearchHit[] = [];
    for (const r of rows) {
      const exact =
        r.number?.toLowerCase() === q.text.toLowerCase() || matchesAmount(q, r.total_minor, r.currency);
      if (!exact && !r.text_hit) continue; // an amount in a currency with other decimals
      hits.push({
        kind: 'invoice',
        id: r.id,
        title: r.number,
        // Drafts have no buyer snapshot yet: name them from the party.
        detail:
          r.party_name ??
          (await getParty(sql, principal.companyId, r.party_id).catch(() => null))?.legalName ??
          null,
        date: r.issue_date,
        amount: formatMoney({ amount: BigInt(r.total_minor), currency: r.currency }),
        currency: r.currency,
        status: r.status,
        link: `/sales/invoices/${r.id}`,
        exact,
        score: exact ? 1 : Number(r.score),
      });
    }
    return hits.slice(0, limit);
  },
};
