import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Principal } from '../../platform/context.ts';
import type { Sql } from '../../platform/db/index.ts';
import { json, principalOf } from '../../platform/http/helpers.ts';
import { defineRoute } from '../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../platform/http/types.ts';
import { HomeFigures } from './contract.ts';

/** The home figures as the composition root hands them over (src/compose.ts: `steward.home`). */
export type HomeFiguresPort = (sql: Sql, principal: Principal, today: string) => Promise<HomeFigures>;

/**
 * `GET /home`: what needs the caller, per role. Any member of the company may ask (org.company.read, held by
 * every built-in role); each section inside is decided by its own permission and is null when refused.
 */
export function registerHomeRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps, figures: HomeFiguresPort): void {
  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/home',
      permission: 'org.company.read',
      tags: ['home'],
      summary:
        'Home figures for the caller: cash, receivables, payables, income vs expense, approvals, tasks, drafts',
      responses: json(HomeFigures),
    },
    async (c) => c.json(await figures(deps.db, principalOf(c), new Date().toISOString().slice(0, 10)), 200),
  );
}
