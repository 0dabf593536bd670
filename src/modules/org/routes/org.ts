import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { AUTHENTICATED, seesAllDepartments } from '../../../platform/access/index.ts';
import { listOrExport } from '../../../platform/http/export.ts';
import {
  body,
  ctxOf,
  IdParam,
  json,
  ListQuery,
  noContent,
  principalOf,
} from '../../../platform/http/helpers.ts';
import { type DepartmentResolver, defineRoute } from '../../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../../platform/http/types.ts';
import {
  Company,
  CompanyInput,
  CompanyPatch,
  Department,
  DepartmentDetail,
  DepartmentInput,
  DepartmentPatch,
  pageOf,
} from '../contract.ts';
import { orgText } from '../i18n.ts';
import { checkMayCreateCompany, getCompany, updateCompany } from '../service/companies.ts';
import type { CompanyCreation } from '../service/creation.ts';
import {
  addDepartmentMember,
  createDepartment,
  deleteDepartment,
  departmentCompany,
  getDepartment,
  listDepartments,
  removeDepartmentMember,
  updateDepartment,
} from '../service/departments.ts';

/** The department in the path, checked against the caller's company: another company's is a 403. */
const departmentInPath: DepartmentResolver = async (c, principal, deps) => {
  const id = c.req.param('id') ?? '';
  const owner = await departmentCompany(deps.db, id);
  if (owner && owner !== principal.companyId)
    throw orgText.error('forbidden', 'error.departmentOtherCompany');
  return id;
};

export function registerOrgRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: HttpDeps,
  companies: CompanyCreation,
): void {
  const { db } = deps;

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/company',
      permission: 'org.company.read',
      tags: ['organisation'],
      summary: 'The current company',
      responses: json(Company),
    },
    async (c) => c.json(await getCompany(db, ctxOf(c).companyId), 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'patch',
      path: '/company',
      permission: 'org.company.manage',
      tags: ['organisation'],
      summary: 'Change company settings',
      request: { body: body(CompanyPatch) },
      responses: json(Company),
    },
    async (c) => c.json(await db.tx((tx) => updateCompany(tx, ctxOf(c), c.req.valid('json'))), 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/companies',
      permission: AUTHENTICATED,
      tags: ['organisation'],
      summary: 'Create another company (you become its owner)',
      request: { body: body(CompanyInput) },
      responses: json(Company, 'Created', 201),
    },
    async (c) => {
      const a = c.get('auth')!;
      if (a.via === 'token') throw orgText.error('forbidden', 'error.tokenCannotCreateCompany');
      await checkMayCreateCompany(db, a.userId, deps.config.companyCreators);
      return c.json(
        await db.tx((tx) => companies.create(tx, a.actor, c.get('requestId'), c.req.valid('json'), a.userId)),
        201,
      );
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/departments',
      permission: 'org.departments.read',
      tags: ['organisation'],
      summary: 'List departments',
      request: {
        query: ListQuery.extend({
          q: z.string().max(200).optional(),
          parentId: z.string().max(100).optional(),
        }),
      },
      responses: json(pageOf(Department)),
    },
    async (c) => {
      const { limit, cursor, format, ...filter } = c.req.valid('query');
      const companyId = ctxOf(c).companyId;
      return listOrExport(
        c,
        { limit, cursor, format },
        'departments',
        (cur, lim) => listDepartments(db, companyId, filter, { limit: lim, cursor: cur }),
        [
          { header: 'code', value: (d) => d.code },
          { header: 'name', value: (d) => d.name },
          { header: 'manager', value: (d) => d.managerName },
          { header: 'members', value: (d) => d.memberCount },
          { header: 'id', value: (d) => d.id },
          { header: 'parent_id', value: (d) => d.parentId },
        ],
      ) as never;
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/departments',
      permission: 'org.departments.manage',
      tags: ['organisation'],
      summary: 'Create a department',
      request: { body: body(DepartmentInput) },
      responses: json(Department, 'Created', 201),
    },
    async (c) => c.json(await db.tx((tx) => createDepartment(tx, ctxOf(c), c.req.valid('json'))), 201),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/departments/{id}',
      permission: 'org.department.read',
      department: departmentInPath,
      tags: ['organisation'],
      summary: 'A department and its members',
      request: { params: IdParam() },
      responses: json(DepartmentDetail),
    },
    async (c) => c.json(await getDepartment(db, ctxOf(c).companyId, c.req.valid('param').id), 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'patch',
      path: '/departments/{id}',
      permission: 'org.department.manage',
      department: departmentInPath,
      tags: ['organisation'],
      summary: 'Change a department',
      request: { params: IdParam(), body: body(DepartmentPatch) },
      responses: json(Department),
    },
    async (c) => {
      const input = c.req.valid('json');
      const p = principalOf(c);
      if ((input.parentId !== undefined || input.code !== undefined) && !seesAllDepartments(p)) {
        throw orgText.error('forbidden', 'error.departmentMoveOwnersAdmins');
      }
      return c.json(await db.tx((tx) => updateDepartment(tx, ctxOf(c), c.req.valid('param').id, input)), 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'delete',
      path: '/departments/{id}',
      permission: 'org.departments.manage',
      tags: ['organisation'],
      summary: 'Delete a department',
      request: { params: IdParam() },
      responses: noContent(),
    },
    async (c) => {
      await db.tx((tx) => deleteDepartment(tx, ctxOf(c), c.req.valid('param').id));
      return c.body(null, 204);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/departments/{id}/members',
      permission: 'org.department.manage',
      department: departmentInPath,
      tags: ['organisation'],
      summary: 'Add a person to a department',
      request: { params: IdParam(), body: body(z.object({ userId: z.string().min(1).max(100) })) },
      responses: noContent('Added'),
    },
    async (c) => {
      await db.tx((tx) =>
        addDepartmentMember(tx, ctxOf(c), c.req.valid('param').id, c.req.valid('json').userId),
      );
      return c.body(null, 204);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'delete',
      path: '/departments/{id}/members/{userId}',
      permission: 'org.department.manage',
      department: departmentInPath,
      tags: ['organisation'],
      summary: 'Remove a person from a department',
      request: { params: z.object({ id: z.string().max(100), userId: z.string().max(100) }) },
      responses: noContent('Removed'),
    },
    async (c) => {
      const { id, userId } = c.req.valid('param');
      await db.tx((tx) => removeDepartmentMember(tx, ctxOf(c), id, userId));
      return c.body(null, 204);
    },
  );
}
