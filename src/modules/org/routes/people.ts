import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { authorize, NARROWED, visibleDepartmentIds } from '../../../platform/access/index.ts';
import { exportList, listOrExport } from '../../../platform/http/export.ts';
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
import { asLang } from '../../../platform/i18n/index.ts';
import { mailConfigured, queueMail } from '../../../platform/mail/index.ts';
import { Invitation, InvitationInput, Person, PersonPatch, pageOf, RoleRef } from '../contract.ts';
import { orgText } from '../i18n.ts';
import { getCompany } from '../service/companies.ts';
import { departmentCompany } from '../service/departments.ts';
import { createInvitation, listInvitations, revokeInvitation } from '../service/invitations.ts';
import { findUserByEmail, getPerson, listPeople, setPersonStatus, updatePerson } from '../service/people.ts';
import { assertMayFetchResetLink, createPasswordReset } from '../service/resets.ts';
import { assertWithinActor, builtinRoleGrants } from '../service/roles.ts';
import { registerMyInvitationRoutes } from './my-invitations.ts';

/**
 * `?departmentId=` lists a department's members, so it needs what GET /departments/{id} needs
 * (org.department.read in that department): another department's or company's filter is a 403.
 */
const departmentFilter: DepartmentResolver = async (c, principal, deps) => {
  const id = c.req.query('departmentId');
  // No filter: the list narrows itself to visibleDepartmentIds (the explicit path).
  if (!id) return NARROWED;
  const owner = await departmentCompany(deps.db, id);
  if (owner && owner !== principal.companyId)
    throw orgText.error('forbidden', 'error.departmentOtherCompany');
  authorize(principal, 'org.department.read', id);
  return id;
};

export function registerPeopleRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  const { db, config } = deps;

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/people',
      permission: 'org.people.read',
      department: departmentFilter,
      tags: ['people'],
      summary:
        'List the people of the company (a manager or an assistant sees the members of their own departments and themself)',
      request: {
        query: ListQuery.extend({
          q: z.string().max(200).optional(),
          role: RoleRef.optional(),
          departmentId: z.string().max(100).optional(),
          status: z.enum(['active', 'inactive']).optional(),
        }),
      },
      responses: json(pageOf(Person)),
    },
    async (c) => {
      const { limit, cursor, format, ...filter } = c.req.valid('query');
      const companyId = ctxOf(c).companyId;
      const principal = principalOf(c);
      const departmentIds = visibleDepartmentIds(principal, 'org.department.read');
      const visibleTo = departmentIds ? { userId: principal.userId, departmentIds } : undefined;
      return listOrExport(
        c,
        { limit, cursor, format },
        'people',
        (cur, lim) => listPeople(db, companyId, { ...filter, visibleTo }, { limit: lim, cursor: cur }),
        [
          { header: 'name', value: (p) => p.name },
          { header: 'email', value: (p) => p.email },
          { header: 'role', value: (p) => p.roleName },
          { header: 'job_title', value: (p) => p.jobTitle },
          { header: 'reports_to', value: (p) => p.reportsToName },
          { header: 'departments', value: (p) => p.departments.map((d) => d.code).join(' ') },
          { header: 'status', value: (p) => p.status },
          { header: 'id', value: (p) => p.id },
        ],
      ) as never;
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/people/{id}',
      permission: 'org.people.read',
      tags: ['people'],
      summary: 'One person (with only the departments the caller may see)',
      request: { params: IdParam() },
      responses: json(Person),
    },
    async (c) =>
      c.json(
        await getPerson(
          db,
          ctxOf(c).companyId,
          c.req.valid('param').id,
          visibleDepartmentIds(principalOf(c), 'org.department.read'),
        ),
        200,
      ),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'patch',
      path: '/people/{id}',
      permission: 'org.people.manage',
      tags: ['people'],
      summary: "Change a person's role, title or manager",
      request: { params: IdParam(), body: body(PersonPatch) },
      responses: json(Person),
    },
    async (c) => {
      const input = c.req.valid('json');
      const principal = principalOf(c);
      // No escalation through a built-in role either (service/roles.ts): owners give anything.
      if (input.role && principal.role !== 'owner')
        assertWithinActor(principal, builtinRoleGrants(input.role));
      return c.json(
        await db.tx((tx) => updatePerson(tx, ctxOf(c), principal.role, c.req.valid('param').id, input)),
        200,
      );
    },
  );

  for (const status of ['inactive', 'active'] as const) {
    defineRoute(
      app,
      deps,
      {
        method: 'post',
        path: status === 'inactive' ? '/people/{id}/deactivate' : '/people/{id}/reactivate',
        permission: 'org.people.manage',
        tags: ['people'],
        summary:
          status === 'inactive' ? 'Deactivate: sessions and tokens stop working at once' : 'Reactivate',
        request: { params: IdParam() },
        responses: json(Person),
      },
      async (c) =>
        c.json(
          await db.tx((tx) =>
            setPersonStatus(tx, ctxOf(c), principalOf(c).role, c.req.valid('param').id, status),
          ),
          200,
        ),
    );
  }

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/people/{id}/password-reset',
      permission: 'org.people.manage',
      issuesSecret: true,
      tags: ['people'],
      summary: 'Send a password reset link by mail (or, with no mail configured, give it to an owner)',
      description:
        'With mail configured the link is e-mailed to the person only and the response has `link: null`. Without mail, only an owner gets the link, for themself or for a person who is an owner nowhere and belongs to no company where the caller is not an owner; anything else is 403 (the operator runs `steward user reset-password EMAIL`).',
      request: { params: IdParam() },
      responses: json(z.object({ link: z.string().nullable(), emailed: z.boolean() }), 'Created', 201),
    },
    async (c) => {
      const ctx = ctxOf(c);
      const id = c.req.valid('param').id;
      const person = await getPerson(db, ctx.companyId, id);
      const emailed = mailConfigured(config.smtpUrl);
      if (!emailed) await assertMayFetchResetLink(db, principalOf(c), person.id);
      const link = await db.tx(async (tx) => {
        const url = `${config.publicUrl}/reset/${await createPasswordReset(tx, ctx, person.id)}`;
        if (!emailed) return url;
        // In the person's own language (their account's locale).
        const lang = asLang((await findUserByEmail(tx, person.email))?.locale);
        await queueMail(tx, {
          companyId: ctx.companyId,
          to: person.email,
          subject: orgText.t(lang, 'mail.reset.subject'),
          text: orgText.t(lang, 'mail.reset.body', { actor: ctx.actor.label, link: url }),
        });
        return null;
      });
      return c.json({ link, emailed }, 201);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/invitations',
      permission: 'org.invitations.read',
      tags: ['people'],
      summary: 'Invitations',
      request: {
        query: ListQuery.extend({ status: z.enum(['pending', 'accepted', 'revoked', 'expired']).optional() }),
      },
      responses: json(pageOf(Invitation)),
    },
    async (c) => {
      const { format, status } = c.req.valid('query');
      const items = await listInvitations(db, ctxOf(c).companyId, status);
      if (format === 'csv' || format === 'xlsx') {
        return exportList(
          c,
          format,
          'invitations',
          [
            { header: 'email', value: (i) => i.email },
            { header: 'role', value: (i) => i.roleName },
            { header: 'status', value: (i) => i.status },
            { header: 'created_at', value: (i) => i.createdAt },
            { header: 'expires_at', value: (i) => i.expiresAt },
          ],
          async () => ({ items, nextCursor: null }),
        ) as never;
      }
      return c.json({ items, nextCursor: null }, 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/invitations',
      permission: 'org.invitations.manage',
      issuesSecret: true,
      tags: ['people'],
      summary: 'Invite someone by e-mail',
      request: { body: body(InvitationInput) },
      // `link` is null when the invitation was e-mailed or the person already has an account (they accept
      // signed in, under /me/invitations): a link is handed to the inviter only when they must pass it on.
      responses: json(
        z.object({
          id: z.string(),
          link: z.string().nullable(),
          emailed: z.boolean(),
          existingUser: z.boolean().nullable(),
        }),
        'Created',
        201,
      ),
    },
    async (c) => {
      const ctx = ctxOf(c);
      const company = await getCompany(db, ctx.companyId);
      const made = await db.tx((tx) =>
        createInvitation(tx, ctx, principalOf(c), c.req.valid('json'), {
          publicUrl: config.publicUrl,
          companyName: company.name,
          sendMail: mailConfigured(config.smtpUrl),
        }),
      );
      return c.json(made, 201);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'delete',
      path: '/invitations/{id}',
      permission: 'org.invitations.manage',
      tags: ['people'],
      summary: 'Revoke an invitation',
      request: { params: IdParam() },
      responses: noContent(),
    },
    async (c) => {
      await db.tx((tx) => revokeInvitation(tx, ctxOf(c), c.req.valid('param').id));
      return c.body(null, 204);
    },
  );

  registerMyInvitationRoutes(app, deps);
}
