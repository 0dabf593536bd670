import type { Principal } from '../../../platform/context.ts';
import type { Sql } from '../../../platform/db/index.ts';
import type { Searcher, SearchHit, SearchQuery } from '../../../platform/search/index.ts';

interface Row {
  id: string;
  name: string;
  email: string;
  role: string;
  status: string;
  exact_hit: boolean;
  score: number;
}

/**
 * The company's people by name or e-mail (org.people.read). Users are installation-wide, so both paths join
 * the company's memberships before they cap: another company's people are never candidates. The materialized
 * list of matching users is read only as far as the join needs (PostgreSQL fills a CTE as it is pulled).
 */
export const personSearcher: Searcher = {
  kind: 'person',
  permission: 'org.people.read',
  async search(sql: Sql, principal: Principal, q: SearchQuery, limit: number): Promise<SearchHit[]> {
    // The text is the expression of the trigram index users_search.
    const rows = await sql.query<Row>(
      `WITH exact AS (
         SELECT u.id FROM users u JOIN memberships m ON m.user_id = u.id AND m.company_id = $1
          WHERE u.email = lower($2) LIMIT 5),
       -- The trigram index first, then the company's memberships by key: joined the other way round, the
       -- planner walks every membership of a large company and tests each user's text (bench/search.ts).
       named AS MATERIALIZED (
         SELECT id FROM users WHERE $3::text IS NOT NULL AND (name || ' ' || email) ILIKE $3),
       fuzzy AS (
         SELECT n.id FROM named n JOIN memberships m ON m.user_id = n.id AND m.company_id = $1 LIMIT 200)
       SELECT u.id, u.name, u.email, m.role, m.status, u.id IN (SELECT id FROM exact) AS exact_hit,
              word_similarity($2, u.name || ' ' || u.email) AS score
         FROM users u JOIN memberships m ON m.user_id = u.id AND m.company_id = $1
        WHERE u.id IN (SELECT id FROM exact UNION SELECT id FROM fuzzy)
        ORDER BY exact_hit DESC, score DESC, u.id LIMIT $4`,
      [principal.companyId, q.text, q.like, limit],
    );
    return rows.rows.map((r) => ({
      kind: 'person' as const,
      id: r.id,
      title: r.name,
      detail: r.email,
      date: null,
      amount: null,
      currency: null,
      status: r.status,
      link: '/org/people',
      exact: r.exact_hit,
      score: r.exact_hit ? 1 : Number(r.score),
    }));
  },
};
