import type { Sql } from '../db/index.ts';
import { amountMinors, type SearchQuery } from './query.ts';

/** How one table is searched: the owning module names its own table and the indexed expressions. */
export interface TableSearch {
  /** The module's table (it has `company_id` and `id`). */
  table: string;
  /** The text expression, exactly as its trigram index (migrations/20261208T0100_search_indexes.sql) has it. */
  text: string;
  /** The columns to return, read from the table aliased `t`. */
  columns: string;
  /** A condition for exact matches (a number, a total) using :q, :int and :amounts; null when there is none. */
  exact: string | null;
  /** A narrowing condition (a record rule) with its own named parameters, e.g. `(:deps::text[] IS NULL …)`. */
  scope?: { clause: string; params: Record<string, unknown> };
}

/** Rows of a table search, with whether each came from the exact match and how similar its text is. */
export type Ranked<R> = R & { exact_hit: boolean; text_hit: boolean; score: number };

/** Candidates found by each path; a broad word matching a million rows still reads only this many. */
const EXACT_CAP = 50;
const FUZZY_CAP = 200;

/**
 * One query per kind: the exact path (btree lookups) and the trigram path (the GIN index, ILIKE '%text%')
 * each give a capped set of ids, and only those rows are ranked. The caps keep a common word ("inv", "s.r.o.")
 * from ranking every row; an exact number or amount is never crowded out, because it has its own path.
 */
export async function searchTable<R extends object>(
  sql: Sql,
  companyId: string,
  spec: TableSearch,
  q: SearchQuery,
  limit: number,
): Promise<Ranked<R>[]> {
  const scope = spec.scope ? ` AND ${spec.scope.clause}` : '';
  const paths: string[] = [];
  const ctes: string[] = [];
  const exact = spec.exact !== null;
  if (exact) {
    ctes.push(`exact AS (SELECT id FROM ${spec.table} WHERE company_id = :company AND (${spec.exact})${scope}
                LIMIT ${EXACT_CAP})`);
    paths.push('SELECT id FROM exact');
  }
  if (q.like) {
    ctes.push(`fuzzy AS (SELECT id FROM ${spec.table} WHERE company_id = :company AND ${spec.text} ILIKE :like${scope}
                LIMIT ${FUZZY_CAP})`);
    paths.push('SELECT id FROM fuzzy');
  }
  if (!paths.length) return [];
  const text = `WITH ${ctes.join(', ')}
    SELECT ${spec.columns},
           ${exact ? 't.id IN (SELECT id FROM exact)' : 'false'} AS exact_hit,
           ${q.like ? 't.id IN (SELECT id FROM fuzzy)' : 'false'} AS text_hit,
           word_similarity(:q, ${spec.text}) AS score
      FROM ${spec.table} t
     WHERE t.company_id = :company AND t.id IN (${paths.join(' UNION ')})
     ORDER BY exact_hit DESC, score DESC, t.id DESC
     LIMIT :limit`;
  const params: Record<string, unknown> = {
    company: companyId,
    q: q.text,
    like: q.like,
    int: q.integer,
    amounts: amountMinors(q),
    limit: limit * 2,
    ...spec.scope?.params,
  };
  const [bound, args] = bind(text, params);
  return (await sql.query<Ranked<R>>(bound, args)).rows;
}

/** Turns `:name` placeholders into `$n` (each name once), so a search reads like the SQL it is. */
export function bind(text: string, params: Record<string, unknown>): [string, unknown[]] {
  const order: string[] = [];
  const bound = text.replace(/(?<!:):([a-z][a-z_]*)\b/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`search SQL names :${name} without a value`); // i18n-exempt: programming error
    let i = order.indexOf(name);
    if (i < 0) i = order.push(name) - 1;
    return `$${i + 1}`;
  });
  return [bound, order.map((n) => params[n])];
}
