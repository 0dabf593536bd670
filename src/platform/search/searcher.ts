import { holds } from '../access/index.ts';
import type { Principal } from '../context.ts';
import type { Sql } from '../db/index.ts';
import type { SearchHit, SearchKind, SearchResult } from './contract.ts';
import { parseSearchQuery, type SearchQuery } from './query.ts';

/**
 * A module's part of global search: the kind it finds, the permission that lets someone read that kind (the
 * coarse gate: a kind the caller may not read is not searched at all), and the search itself, which keeps to
 * the caller's company and applies the kind's record rule (a task out of reach is never a hit).
 */
export interface Searcher {
  kind: SearchKind;
  permission: string;
  search(sql: Sql, principal: Principal, query: SearchQuery, limit: number): Promise<SearchHit[]>;
}

/** Asks every searcher the caller may use, in parallel, and ranks the hits: exact first, then similarity. */
export async function runSearch(
  sql: Sql,
  principal: Principal,
  searchers: readonly Searcher[],
  raw: string,
  limit = 5,
): Promise<SearchResult> {
  const query = parseSearchQuery(raw);
  const allowed = searchers.filter((s) => holds(principal, s.permission));
  const found = await Promise.all(allowed.map((s) => s.search(sql, principal, query, limit)));
  const hits = found.flatMap((list) => list.slice(0, limit));
  hits.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score);
  return { query: query.text, hits, kinds: allowed.map((s) => s.kind) };
}
