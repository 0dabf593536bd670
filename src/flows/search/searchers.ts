import { entrySearcher } from '../../modules/ledger/index.ts';
import { personSearcher } from '../../modules/org/index.ts';
import { partySearcher } from '../../modules/parties/index.ts';
import { billSearcher } from '../../modules/purchasing/index.ts';
import { invoiceSearcher } from '../../modules/sales/index.ts';
import { taskSearcher } from '../../modules/work/index.ts';
import type { Searcher } from '../../platform/search/index.ts';

/**
 * Global search across modules: each module searches its own records (its searcher, from its index.ts) and
 * the route (src/platform/search) asks those the caller may read. A new searchable kind is one line here.
 */
export const SEARCHERS: readonly Searcher[] = [
  invoiceSearcher,
  billSearcher,
  partySearcher,
  entrySearcher,
  taskSearcher,
  personSearcher,
];
