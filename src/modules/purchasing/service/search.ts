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

/** The searched text, exactly as the trigram index purchasing_bills_search has it. */
const TEXT = `(vendor_invoice_number || ' ' || vendor_name || ' ' || coalesce(payment_reference, ''))`;

interface Row {
  id: string;
  vendor_invoice_number: string;
  vendor_name: string;
  status: string;
  issue_date: string;
  total_minor: string;
  currency: string;
}

/** Bills and vendor credits by the vendor's number, the vendor, the payment reference or the total. */
export const billSearcher: Searcher = {
  kind: 'bill',
  permission: 'purchasing.read',
  async search(sql: Sql, principal: Principal, q: SearchQuery, limit: number): Promise<SearchHit[]> {
    const rows = await searchTable<Row>(
      sql,
      principal.companyId,
      {
        table: 'purchasing_bills',
        text: TEXT,
        columns: `t.id, t.vendor_invoice_number, t.vendor_name, t.status, t.issue_date,
                  t.total_minor::text AS total_minor, t.currency`,
        exact: 'total_minor = ANY(:amounts::bigint[])',
      },
      q,
      limit,
    );
    return rows
      .map((r) => {
        const exact =
          r.vendor_invoice_number.toLowerCase() === q.text.toLowerCase() ||
          matchesAmount(q, r.total_minor, r.currency);
        return { r, exact };
      })
      .filter(({ r, exact }) => exact || r.text_hit)
      .slice(0, limit)
      .map(({ r, exact }) => ({
        kind: 'bill' as const,
        id: r.id,
        title: r.vendor_invoice_number,
        detail: r.vendor_name,
        date: r.issue_date,
        amount: formatMoney({ amount: BigInt(r.total_minor), currency: r.currency }),
        currency: r.currency,
        status: r.status,
        link: `/purchasing/bills/${r.id}`,
        exact,
        score: exact ? 1 : Number(r.score),
      }));
  },
};
