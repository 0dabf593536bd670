import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { allPermissions, permission } from '../../../platform/access/index.ts';
import { body, ctxOf, IdParam, json, noContent, principalOf } from '../../../platform/http/helpers.ts';
import { defineRoute } from '../../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../../platform/http/types.ts';
import { PermissionView, RoleAssignment, RoleInput, RolePatch, RoleView } from '../contract.ts';
import {
  assignRole,
  createRole,
  deleteRole,
  getRole,
  listRoles,
  type RoleRow,
  updateRole,
} from '../service/roles.ts';

/** A role as the API shows it: each permission with its description and scope from the registry. */
function view(r: RoleRow): z.infer<typeof RoleView> {
  return {
    id: r.id,
    role: r.id,
    name: r.name,
    description: r.description,
    builtin: r.builtin,
    memberCount: r.memberCount,
    permissions: r.permissions.map((g) => {
      const def = permission(g.name);
      return {
        name: g.name,
        description: def?.description ?? '',
        scope: def?.scope ?? 'company',
        reach: g.reach,
      };
    }),
  };
}

/** Roles as data: the built-in templates and the company's own roles (service/roles.ts). */
export function registerRoleRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  const { db } = deps;
  const tags = ['roles'];

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/permissions',
      permission: 'org.roles.read',
      tags,
      summary: 'Every permission a role can hold, with its module, scope and whether it writes',
      responses: json(z.object({ items: z.array(PermissionView) })),
    },
    async (c) =>
      c.json(
        {
          items: allPermissions().map(({ name, description, scope, write }) => ({
            name,
            description,
            scope,
            write,
            module: name.split('.')[0] ?? name,
          })),
        },
        200,
      ),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/roles',
      permission: 'org.roles.read',
      tags,
      summary: "Roles and their permissions: the five built-in roles, then the company's own",
      responses: json(z.array(RoleView)),
    },
    async (c) => c.json((await listRoles(db, ctxOf(c).companyId)).map(view), 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/roles/{id}',
      permission: 'org.roles.read',
      tags,
      summary: 'One role',
      request: { params: IdParam() },
      responses: json(RoleView),
    },
    async (c) => c.json(view(await getRole(db, ctxOf(c).companyId, c.req.valid('param').id)), 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/roles',
      permission: 'org.roles.manage',
      tags,
      summary: 'Create a role: a name and permissions you hold yourself',
      request: { body: body(RoleInput) },
      responses: json(RoleView, 'Created', 201),
    },
    async (c) =>
      c.json(view(await db.tx((tx) => createRole(tx, ctxOf(c), principalOf(c), c.req.valid('json')))), 201),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'patch',
      path: '/roles/{id}',
      permission: 'org.roles.manage',
      tags,
      summary: "Change a company role's name, description or permissions (built-in roles cannot change)",
      request: { params: IdParam(), body: body(RolePatch) },
      responses: json(RoleView),
    },
    async (c) =>
      c.json(
        view(
          await db.tx((tx) =>
            updateRole(tx, ctxOf(c), principalOf(c), c.req.valid('param').id, c.req.valid('json')),
          ),
        ),
        200,
      ),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'delete',
      path: '/roles/{id}',
      permission: 'org.roles.manage',
      tags,
      summary: 'Delete a company role nobody holds',
      request: { params: IdParam() },
      responses: noContent('Deleted'),
    },
    async (c) => {
      await db.tx((tx) => deleteRole(tx, ctxOf(c), principalOf(c), c.req.valid('param').id));
      return c.body(null, 204);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'put',
      path: '/people/{id}/role',
      permission: 'org.roles.manage',
      tags,
      summary: "Give a person a role, built-in or the company's own (never one holding more than yours)",
      request: { params: IdParam(), body: body(RoleAssignment) },
      responses: json(
        z.object({ userId: z.string(), role: z.string(), roleId: z.string(), roleName: z.string() }),
      ),
    },
    async (c) =>
      c.json(
        await db.tx((tx) =>
          assignRole(tx, ctxOf(c), principalOf(c), c.req.valid('param').id, c.req.valid('json').roleId),
        ),
        200,
      ),
  );
}
