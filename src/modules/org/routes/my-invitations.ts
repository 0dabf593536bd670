import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { AUTHENTICATED } from '../../../platform/access/index.ts';
import { body, json } from '../../../platform/http/helpers.ts';
import { defineRoute } from '../../../platform/http/route.ts';
import type { AppContext, AppEnv, HttpDeps } from '../../../platform/http/types.ts';
import { RoleName } from '../contract.ts';
import { orgText } from '../i18n.ts';
import { acceptInvitationAsUser, listMyInvitations } from '../service/invitations.ts';
import { switchCompany } from '../service/sessions.ts';

const Accepted = z.object({ userId: z.string(), companyId: z.string() });

/**
 * A person who already has an account accepts an invitation here, signed in as themself (password and
 * two-factor code as usual), never through the link alone. An API token cannot accept: it belongs to one
 * company and proves nothing about the person.
 */
function signedInUser(c: AppContext) {
  const a = c.get('auth');
  if (!a) throw orgText.error('unauthenticated', 'error.signInFirst');
  if (a.via !== 'session' || !a.sessionId)
    // bad_request like /me/company: the credential is the wrong kind, not a missing right.
    throw orgText.error('bad_request', 'error.tokenCannotAccept');
  return { ...a, sessionId: a.sessionId };
}

export function registerMyInvitationRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  const { db } = deps;

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/me/invitations',
      permission: AUTHENTICATED,
      tags: ['me'],
      summary: 'Pending invitations to my e-mail address',
      responses: json(
        z.object({
          items: z.array(
            z.object({
              id: z.string(),
              companyId: z.string(),
              companyName: z.string(),
              role: z.union([RoleName, z.literal('custom')]),
              customRoleId: z.string().nullable(),
              roleName: z.string(),
              expiresAt: z.string(),
            }),
          ),
        }),
      ),
    },
    async (c) => c.json({ items: await listMyInvitations(db, c.get('auth')!.userId) }, 200),
  );

  // Both accept routes join the company and make it this session's current one.
  const accept = async (c: AppContext, find: { token: string } | { id: string }) => {
    const a = signedInUser(c);
    // One transaction: the join and the switch (each audited) stand or fall together.
    return db.tx(async (tx) => {
      const result = await acceptInvitationAsUser(
        tx,
        { ...a.actor, userId: a.userId },
        c.get('requestId'),
        find,
      );
      await switchCompany(
        tx,
        { actor: a.actor, requestId: c.get('requestId') },
        a.sessionId,
        a.userId,
        result.companyId,
      );
      return result;
    });
  };

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/me/invitations/accept',
      permission: AUTHENTICATED,
      tags: ['me'],
      summary: 'Accept an invitation link addressed to me',
      request: { body: body(z.object({ token: z.string().min(1).max(200) })) },
      responses: json(Accepted),
    },
    async (c) => c.json(await accept(c, { token: c.req.valid('json').token }), 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/me/invitations/{id}/accept',
      permission: AUTHENTICATED,
      tags: ['me'],
      summary: 'Accept one of my pending invitations',
      request: { params: z.object({ id: z.string().min(1).max(100) }) },
      responses: json(Accepted),
    },
    async (c) => c.json(await accept(c, { id: c.req.valid('param').id }), 200),
  );
}
