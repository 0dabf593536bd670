import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { body, ctxOf, IdParam, json } from '../../../platform/http/helpers.ts';
import { defineRoute } from '../../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../../platform/http/types.ts';
import { SeriesInput, SeriesView, SettingsInput, SettingsView } from '../contract.ts';
import { createSeries, getSettings, listSeries, saveSettings, updateSeries } from '../service/series.ts';

/** Sales settings (AR and revenue accounts, rounding, price mode, terms) and numbering series. */
export function registerSalesSettingsRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  const { db } = deps;
  const tags = ['sales'];
  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/sales/settings',
      permission: 'sales.read',
      tags,
      summary: 'Sales settings',
      responses: json(SettingsView),
    },
    async (c) => c.json(await getSettings(db, ctxOf(c).companyId), 200),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'put',
      path: '/sales/settings',
      permission: 'sales.manage',
      tags,
      summary: 'Change sales settings',
      request: { body: body(SettingsInput) },
      responses: json(SettingsView),
    },
    async (c) => c.json(await db.tx((tx) => saveSettings(tx, ctxOf(c), c.req.valid('json'))), 200),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/sales/series',
      permission: 'sales.read',
      tags,
      summary: 'Numbering series',
      responses: json(z.object({ items: z.array(SeriesView) })),
    },
    async (c) => c.json({ items: await listSeries(db, ctxOf(c).companyId) }, 200),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/sales/series',
      permission: 'sales.manage',
      tags,
      summary: 'Create a numbering series (pattern tokens {YYYY} {YY} {NNNNN})',
      request: { body: body(SeriesInput) },
      responses: json(SeriesView, 'Created', 201),
    },
    async (c) => c.json(await db.tx((tx) => createSeries(tx, ctxOf(c), c.req.valid('json'))), 201),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'patch',
      path: '/sales/series/{id}',
      permission: 'sales.manage',
      tags,
      summary: 'Change a series (pattern and reset only before its first number)',
      request: { params: IdParam(), body: body(SeriesInput.partial()) },
      responses: json(SeriesView),
    },
    async (c) =>
      c.json(
        await db.tx((tx) => updateSeries(tx, ctxOf(c), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  );
}
