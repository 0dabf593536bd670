/**
 * Global search: the query reading (numbers, amounts, text), the searcher port each module fills for its own
 * records, the one SQL shape (exact path + trigram path, capped, ranked) and the route. Modules export their
 * searchers from their index.ts; src/flows/search lists them and src/compose.ts hands them to the route.
 */
export { SEARCH_KINDS, type SearchHit, type SearchKind, SearchResult } from './contract.ts';
export {
  amountCandidates,
  matchesAmount,
  parseSearchQuery,
  type SearchQuery,
} from './query.ts';
export { registerSearchRoutes } from './routes.ts';
export { runSearch, type Searcher } from './searcher.ts';
export { type Ranked, searchTable, type TableSearch } from './sql.ts';
