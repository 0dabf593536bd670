import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { body, ctxOf, IdParam, json, noContent } from '../http/helpers.ts';
import { defineRoute } from '../http/route.ts';
import type { AppEnv, HttpDeps } from '../http/types.ts';
import './permissions.ts';
import { createView, deleteView, listViews, updateView } from './views.ts';

const ListKey = z
  .string()
  .regex(/^[a-z][a-z0-9_.-]{0,59}$/, 'a list key such as sales.invoices')
  .openapi({ example: 'sales.invoices' });
const Params = z
  .record(z.string().max(60), z.string().max(500))
  .refine((p) => Object.keys(p).length <= 30, 'at most 30 parameters')
  .openapi({ description: 'The list URL search parameters', example: { status: 'draft', sort: '-total' } });
const SavedView = z
  .object({
    id: z.string(),
    list: z.string(),
    name: z.string(),
    params: z.record(z.string(), z.string()),
    isDefault: z.boolean(),
  })
  .openapi('SavedView');
const ViewInput = z.object({
  list: ListKey,
  name: z.string().trim().min(1).max(100),
  params: Params,
  isDefault: z.boolean().optional(),
});
const ViewPatch = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  params: Params.optional(),
  isDefault: z.boolean().optional(),
});

/** A person's saved list views: each person sees and changes only their own. */
export function registerSavedViewRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  const { db } = deps;
  const tags = ['views'];
  const permission = 'lists.views';

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/views',
      permission,
      tags,
      summary: 'My saved views of one list',
      request: { query: z.object({ list: ListKey }) },
      responses: json(z.object({ items: z.array(SavedView) })),
    },
    async (c) => c.json({ items: await listViews(db, ctxOf(c), c.req.valid('query').list) }, 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/views',
      permission,
      tags,
      summary: 'Save a view of a list (filters and sort) for myself',
      request: { body: body(ViewInput) },
      responses: json(SavedView, 'Created', 201),
    },
    async (c) => c.json(await db.tx((tx) => createView(tx, ctxOf(c), c.req.valid('json'))), 201),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'patch',
      path: '/views/{id}',
      permission,
      tags,
      summary: 'Rename one of my views, change its parameters or make it my default',
      request: { params: IdParam(), body: body(ViewPatch) },
      responses: json(SavedView),
    },
    async (c) =>
      c.json(
        await db.tx((tx) => updateView(tx, ctxOf(c), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'delete',
      path: '/views/{id}',
      permission,
      tags,
      summary: 'Delete one of my views',
      request: { params: IdParam() },
      responses: noContent(),
    },
    async (c) => {
      await db.tx((tx) => deleteView(tx, ctxOf(c), c.req.valid('param').id));
      return c.body(null, 204);
    },
  );
}
