import type { OpenAPIHono } from '@hono/zod-openapi';
import { json, principalOf } from '../http/helpers.ts';
import { defineRoute } from '../http/route.ts';
import type { AppEnv, HttpDeps } from '../http/types.ts';
import { SearchParams, SearchResult } from './contract.ts';
import { runSearch, type Searcher } from './searcher.ts';

/**
 * `GET /search?q=` — global search (the web's Ctrl+K). The gate is membership (org.company.read, which every
 * built-in role holds); what is searched is decided per kind by the searchers the composition root passes in.
 */
export function registerSearchRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: HttpDeps,
  searchers: readonly Searcher[],
): void {
  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/search',
      permission: 'org.company.read',
      tags: ['search'],
      summary:
        'Global search: invoices, bills, customers and vendors, journal entries, tasks and people by number, name, amount or reference — only the kinds the caller may read',
      request: { query: SearchParams },
      responses: json(SearchResult),
    },
    async (c) => {
      const { q, limit } = c.req.valid('query');
      return c.json(await runSearch(deps.db, principalOf(c), searchers, q, limit), 200);
    },
  );
}
