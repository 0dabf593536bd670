import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { AUTHENTICATED, heldPermissions } from '../../../platform/access/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { verifyPassword } from '../../../platform/auth/crypto.ts';
import { body, IdParam, json, noContent } from '../../../platform/http/helpers.ts';
import { defineRoute } from '../../../platform/http/route.ts';
import type { AppContext, AppEnv, HttpDeps } from '../../../platform/http/types.ts';
import { Company, Locale, Password } from '../contract.ts';
import { orgText } from '../i18n.ts';
import { getCompany } from '../service/companies.ts';
import { getUser, setPassword } from '../service/people.ts';
import { activeCompaniesOf } from '../service/reads.ts';
import {
  createApiToken,
  listApiTokens,
  loadPrincipal,
  revokeApiToken,
  switchCompany,
} from '../service/sessions.ts';
import { beginTotp, setTotpEnabled } from '../service/totp.ts';

const TokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

function auth(c: AppContext) {
  const a = c.get('auth');
  if (!a) throw orgText.error('unauthenticated', 'error.signInFirst');
  return a;
}

const MeView = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), name: z.string(), locale: z.string().nullable() }),
    companies: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
    currentCompanyId: z.string().nullable(),
    company: Company.nullable(),
    role: z.string().nullable(),
    permissions: z.array(z.string()),
    departments: z.array(
      z.object({ id: z.string(), code: z.string(), name: z.string(), isManager: z.boolean() }),
    ),
    totpEnabled: z.boolean(),
    via: z.enum(['session', 'token']),
  })
  .openapi('Me');

/** The signed-in user's own things: profile, company switch, password, two-factor, API tokens. */
export function registerMeRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  const { db } = deps;

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/me',
      permission: AUTHENTICATED,
      tags: ['me'],
      summary: 'Who am I, in which company, with which rights',
      responses: json(MeView),
    },
    async (c) => {
      const a = auth(c);
      const user = await getUser(db, a.userId);
      const companies = await activeCompaniesOf(db, a.userId);
      const wanted = c.req.header('x-company-id') ?? a.tokenCompanyId ?? a.defaultCompanyId;
      const currentCompanyId = companies.find((co) => co.id === wanted)?.id ?? companies[0]?.id ?? null;
      const principal = currentCompanyId ? await loadPrincipal(db, a.userId, currentCompanyId) : null;
      const departments = principal
        ? (
            await db.query<{ id: string; code: string; name: string }>(
              'SELECT id, code, name FROM departments WHERE company_id = $1 AND id = ANY($2) ORDER BY code',
              [currentCompanyId, [...principal.departmentIds]],
            )
          ).rows.map((d) => ({ ...d, isManager: principal.managedDepartmentIds.has(d.id) }))
        : [];
      return c.json(
        {
          user: { id: user.id, email: user.email, name: user.name, locale: user.locale },
          companies,
          currentCompanyId,
          company: currentCompanyId ? await getCompany(db, currentCompanyId) : null,
          role: principal?.role ?? null,
          roleName: principal?.roleName ?? null,
          permissions: principal ? heldPermissions(principal) : [],
          departments,
          totpEnabled: user.totpEnabled,
          via: a.via,
        },
        200,
      );
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'patch',
      path: '/me',
      permission: AUTHENTICATED,
      tags: ['me'],
      summary: 'Change my name or language',
      request: {
        body: body(
          z.object({ name: z.string().trim().min(1).max(200).optional(), locale: Locale.optional() }),
        ),
      },
      responses: noContent(),
    },
    async (c) => {
      const a = auth(c);
      const input = c.req.valid('json');
      await db.tx(async (tx) => {
        const before = await getUser(tx, a.userId);
        await tx.query(
          'UPDATE users SET name = COALESCE($2, name), locale = COALESCE($3, locale), updated_at = now() WHERE id = $1',
          [a.userId, input.name ?? null, input.locale ?? null],
        );
        await recordAudit(tx, {
          actor: a.actor,
          companyId: a.tokenCompanyId ?? a.defaultCompanyId,
          requestId: c.get('requestId'),
          entityType: 'user',
          entityId: a.userId,
          action: 'update',
          before: { name: before.name, locale: before.locale },
          after: { name: input.name ?? before.name, locale: input.locale ?? before.locale },
        });
      });
      return c.body(null, 204);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/me/company',
      permission: AUTHENTICATED,
      tags: ['me'],
      summary: 'Switch the current company of this session',
      request: { body: body(z.object({ companyId: z.string().min(1).max(100) })) },
      responses: noContent(),
    },
    async (c) => {
      const a = auth(c);
      if (!a.sessionId) throw orgText.error('bad_request', 'error.tokenSwitchCompany');
      const sessionId = a.sessionId;
      await db.tx((tx) =>
        switchCompany(
          tx,
          { actor: a.actor, requestId: c.get('requestId') },
          sessionId,
          a.userId,
          c.req.valid('json').companyId,
        ),
      );
      return c.body(null, 204);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/me/password',
      permission: AUTHENTICATED,
      tags: ['me'],
      summary: 'Change my password',
      request: { body: body(z.object({ currentPassword: z.string().max(200), newPassword: Password })) },
      responses: noContent(),
    },
    async (c) => {
      const a = auth(c);
      const input = c.req.valid('json');
      const user = await getUser(db, a.userId);
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
        throw orgText.error('validation', 'error.currentPasswordWrong', undefined, {
          field: 'currentPassword',
        });
      }
      await db.tx(async (tx) => {
        await setPassword(
          tx,
          { actor: a.actor, requestId: c.get('requestId'), companyId: a.defaultCompanyId },
          a.userId,
          input.newPassword,
        );
        if (a.sessionId) await tx.query('UPDATE sessions SET revoked_at = NULL WHERE id = $1', [a.sessionId]); // keep this session
      });
      return c.body(null, 204);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/me/totp/setup',
      permission: AUTHENTICATED,
      issuesSecret: true,
      tags: ['me'],
      summary: 'Start two-factor setup',
      responses: json(z.object({ secret: z.string(), uri: z.string() })),
    },
    async (c) => {
      const a = auth(c);
      return c.json(
        await db.tx((tx) => beginTotp(tx, { actor: a.actor, requestId: c.get('requestId') }, a.userId)),
        200,
      );
    },
  );

  for (const enabled of [true, false]) {
    defineRoute(
      app,
      deps,
      {
        method: 'post',
        path: enabled ? '/me/totp/enable' : '/me/totp/disable',
        permission: AUTHENTICATED,
        tags: ['me'],
        summary: enabled ? 'Turn two-factor sign-in on' : 'Turn two-factor sign-in off',
        request: { body: body(z.object({ code: z.string().max(10) })) },
        responses: noContent(),
      },
      async (c) => {
        const a = auth(c);
        await db.tx((tx) =>
          setTotpEnabled(
            tx,
            { actor: a.actor, requestId: c.get('requestId') },
            a.userId,
            c.req.valid('json').code,
            enabled,
          ),
        );
        return c.body(null, 204);
      },
    );
  }

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/me/tokens',
      permission: 'me.tokens.manage',
      tags: ['me'],
      summary: 'My API tokens in this company',
      responses: json(z.object({ items: z.array(TokenSchema) })),
    },
    async (c) => c.json({ items: await listApiTokens(db, c.get('ctx').companyId, auth(c).userId) }, 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/me/tokens',
      permission: 'me.tokens.manage',
      issuesSecret: true,
      tags: ['me'],
      summary: 'Create an API token (shown once)',
      request: {
        body: body(
          z.object({
            name: z.string().trim().min(1).max(100),
            expiresAt: z.string().datetime({ offset: true }).nullable().optional(),
          }),
        ),
      },
      responses: json(z.object({ id: z.string(), name: z.string(), token: z.string() }), 'Created', 201),
    },
    async (c) => {
      const input = c.req.valid('json');
      const made = await db.tx((tx) =>
        createApiToken(tx, c.get('ctx'), { userId: auth(c).userId, ...input }),
      );
      return c.json(made, 201);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'delete',
      path: '/me/tokens/{id}',
      permission: 'me.tokens.manage',
      tags: ['me'],
      summary: 'Revoke one of my API tokens',
      request: { params: IdParam() },
      responses: noContent(),
    },
    async (c) => {
      await db.tx((tx) => revokeApiToken(tx, c.get('ctx'), auth(c).userId, c.req.valid('param').id));
      return c.body(null, 204);
    },
  );
}
