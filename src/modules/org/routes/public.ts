import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { PUBLIC } from '../../../platform/access/index.ts';
import {
  body,
  clearSessionCookies,
  clientIp,
  json,
  noContent,
  setSessionCookies,
} from '../../../platform/http/helpers.ts';
import { defineRoute } from '../../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../../platform/http/types.ts';
import { CompanyInput, Email, Password } from '../contract.ts';
import type { CompanyCreation } from '../service/creation.ts';
import { acceptInvitationAsNewUser, findInvitation } from '../service/invitations.ts';
import { findUserByEmail } from '../service/people.ts';
import { activeCompaniesOf } from '../service/reads.ts';
import { completePasswordReset } from '../service/resets.ts';
import { createSession, revokeSession, signIn } from '../service/sessions.ts';
import { setupNeeded } from '../service/setup.ts';

const SetupInput = z.object({
  setupToken: z.string().min(1).max(200),
  companyName: z.string().trim().min(1).max(200),
  currency: CompanyInput.shape.baseCurrency,
  locale: CompanyInput.shape.locale,
  timeZone: CompanyInput.shape.timeZone,
  fiscalYearStartMonth: CompanyInput.shape.fiscalYearStartMonth,
  country: CompanyInput.shape.country,
  email: Email,
  name: z.string().trim().min(1).max(200),
  password: Password,
});

const SignInResult = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
  companies: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
  currentCompanyId: z.string().nullable(),
});

/** Routes anyone may call: health, first-run setup, sign-in, reset and invitation links. */
export function registerPublicRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: HttpDeps,
  companies: CompanyCreation,
): void {
  const { db, config } = deps;
  const secure = config.publicUrl.startsWith('https:');

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/setup/status',
      permission: PUBLIC,
      tags: ['setup'],
      summary: 'Whether first-run setup is needed',
      responses: json(z.object({ needed: z.boolean() })),
    },
    async (c) => c.json({ needed: await setupNeeded(db) }, 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/setup',
      permission: PUBLIC,
      tags: ['setup'],
      summary: 'Create the first company and its owner',
      request: { body: body(SetupInput) },
      responses: json(z.object({ companyId: z.string(), userId: z.string() }), 'Created', 201),
    },
    async (c) => {
      const i = c.req.valid('json');
      const company = {
        name: i.companyName,
        baseCurrency: i.currency,
        locale: i.locale,
        timeZone: i.timeZone,
        fiscalYearStartMonth: i.fiscalYearStartMonth,
        country: i.country,
      };
      const owner = { email: i.email, name: i.name, password: i.password };
      const made = await db.tx((tx) => companies.createFirst(tx, company, owner, i.setupToken));
      const session = await db.tx((tx) =>
        createSession(tx, made.userId, made.company.id, {
          ip: clientIp(c),
          userAgent: c.req.header('user-agent') ?? null,
          ttlHours: config.sessionTtlHours,
        }),
      );
      setSessionCookies(c, session, secure);
      const {
        company: { id: companyId },
        userId,
      } = made;
      return c.json({ companyId, userId }, 201);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/auth/sign-in',
      permission: PUBLIC,
      tags: ['auth'],
      summary: 'Sign in with e-mail and password',
      request: {
        body: body(
          z.object({
            email: z.string().max(254),
            password: z.string().max(200),
            totp: z.string().max(10).optional(),
          }),
        ),
      },
      responses: json(SignInResult),
    },
    async (c) => {
      const input = c.req.valid('json');
      const result = await signIn(db, {
        ...input,
        ip: clientIp(c),
        userAgent: c.req.header('user-agent') ?? null,
        ttlHours: config.sessionTtlHours,
        requestId: c.get('requestId'),
      });
      setSessionCookies(c, result.session, secure);
      const user = (
        await db.query<{ id: string; email: string; name: string }>(
          'SELECT id, email, name FROM users WHERE id = $1',
          [result.userId],
        )
      ).rows[0]!;
      return c.json(
        { user, companies: await activeCompaniesOf(db, result.userId), currentCompanyId: result.companyId },
        200,
      );
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/auth/sign-out',
      permission: PUBLIC,
      tags: ['auth'],
      summary: 'End this session',
      responses: noContent(),
    },
    async (c) => {
      const auth = c.get('auth');
      if (auth?.sessionId) {
        const sessionId = auth.sessionId;
        await db.tx((tx) =>
          revokeSession(tx, { actor: auth.actor, requestId: c.get('requestId') }, sessionId),
        );
      }
      clearSessionCookies(c);
      return c.body(null, 204);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/auth/password-reset/complete',
      permission: PUBLIC,
      tags: ['auth'],
      summary: 'Set a new password with a reset link',
      description:
        'Ends every session of the user and invalidates every other reset link. `revokeApiTokens` (default true) also revokes all their API tokens, in case whoever had the password made some.',
      request: {
        body: body(
          z.object({
            token: z.string().min(1).max(200),
            password: Password,
            revokeApiTokens: z.boolean().default(true),
          }),
        ),
      },
      responses: noContent(),
    },
    async (c) => {
      const { token, password, revokeApiTokens } = c.req.valid('json');
      await db.tx((tx) =>
        completePasswordReset(tx, token, password, { revokeApiTokens, requestId: c.get('requestId') }),
      );
      return c.body(null, 204);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/auth/invitations/{token}',
      permission: PUBLIC,
      tags: ['auth'],
      summary: 'Look up an invitation link',
      request: { params: z.object({ token: z.string().min(1).max(200) }) },
      responses: json(
        z.object({
          email: z.string(),
          companyName: z.string(),
          role: z.string(),
          /** The company role's name when role is 'custom'; else the built-in role's. */
          roleName: z.string(),
          existingUser: z.boolean(),
        }),
      ),
    },
    async (c) => {
      const inv = await findInvitation(db, c.req.valid('param').token);
      return c.json(
        {
          email: inv.email,
          companyName: inv.companyName,
          role: inv.role,
          roleName: inv.roleName,
          // An existing account accepts signed in, never through the link.
          existingUser: (await findUserByEmail(db, inv.email)) !== null,
        },
        200,
      );
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/auth/invitations/accept',
      permission: PUBLIC,
      tags: ['auth'],
      summary:
        'Accept an invitation as a new person (an existing account signs in and uses /me/invitations/accept)',
      request: {
        body: body(
          z.object({
            token: z.string().min(1).max(200),
            name: z.string().trim().min(1).max(200),
            password: Password,
          }),
        ),
      },
      responses: json(z.object({ userId: z.string(), companyId: z.string() })),
    },
    async (c) => {
      const input = c.req.valid('json');
      // Never signs in an existing account (sign_in_required): only a brand-new user gets a session here.
      const result = await db.tx((tx) => acceptInvitationAsNewUser(tx, input.token, input));
      const session = await db.tx((tx) =>
        createSession(tx, result.userId, result.companyId, {
          ip: clientIp(c),
          userAgent: c.req.header('user-agent') ?? null,
          ttlHours: config.sessionTtlHours,
        }),
      );
      setSessionCookies(c, session, secure);
      return c.json(result, 200);
    },
  );
}
