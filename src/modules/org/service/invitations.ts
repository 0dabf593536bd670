import { forbidden, notFound } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { hashSecret, newSecret } from '../../../platform/auth/crypto.ts';
import type { Actor, Principal, Role, ServiceContext } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { chooseLang } from '../../../platform/i18n/index.ts';
import { queueMail } from '../../../platform/mail/index.ts';
import { orgText } from '../i18n.ts';
import { addMember, createUser, findUserByEmail } from './people.ts';
import { activeCompaniesOf } from './reads.ts';
import { assertMayGiveRole, getRole } from './roles.ts';

export const INVITATION_TTL_DAYS = 14;

export interface InvitationRow {
  id: string;
  email: string;
  /** A built-in role, or 'custom' with the company role in customRoleId / roleName. */
  role: Role | 'custom';
  customRoleId: string | null;
  /** The built-in role's name or the company role's (its id if the role was deleted since). */
  roleName: string;
  departmentIds: string[];
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
  createdAt: string;
  expiresAt: string;
}

/** The invitation's role for readers: 'custom' invitations are named by their company role. */
const ROLE_COLUMNS = `i.role, i.custom_role_id AS "customRoleId",
  COALESCE((SELECT cr.name FROM company_roles cr WHERE cr.company_id = i.company_id AND cr.id = i.custom_role_id),
           i.custom_role_id, i.role) AS "roleName"`;

const SELECT = `SELECT i.id, i.email, ${ROLE_COLUMNS}, i.department_ids AS "departmentIds",
  CASE WHEN i.accepted_at IS NOT NULL THEN 'accepted' WHEN i.revoked_at IS NOT NULL THEN 'revoked'
       WHEN i.expires_at < now() THEN 'expired' ELSE 'pending' END AS status,
  to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
  to_char(i.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "expiresAt"
  FROM invitations i`;

export async function listInvitations(
  sql: Sql,
  companyId: string,
  status?: string,
): Promise<InvitationRow[]> {
  const rows = (
    await sql.query<InvitationRow>(`${SELECT} WHERE i.company_id = $1 ORDER BY i.created_at DESC, i.id`, [
      companyId,
    ])
  ).rows;
  return status ? rows.filter((r) => r.status === status) : rows;
}

/**
 * What the inviter gets back. The link is a bearer secret for a NEW account, so it is returned only when no
 * mail was sent (someone must pass it on) and never for an e-mail that already has an account: that person
 * signs in as themself and accepts from their own session (`/me/invitations`), so the link alone is worth
 * nothing to whoever holds it.
 */
export interface InvitationMade {
  id: string;
  link: string | null;
  emailed: boolean;
  /**
   * Told only when no mail was sent (then the missing link needs explaining); with mail it is null, so an
   * inviter cannot use invitations to probe which e-mails have accounts on the installation.
   */
  existingUser: boolean | null;
}

/**
 * `input.role` is a built-in role (`assistant` …) or a company role's id (`role_…`). The inviter may invite
 * only with a role they could give a member (`assertMayGiveRole`, as PUT /people/{id}/role): an invitation is
 * a role given in advance. `inviter` is null only for the operator at the machine (the CLI without --as).
 */
export async function createInvitation(
  tx: Tx,
  ctx: ServiceContext,
  inviter: Principal | null,
  input: { email: string; role: string; departmentIds?: string[] | undefined; jobTitle?: string | undefined },
  links: { publicUrl: string; companyName: string; sendMail: boolean },
): Promise<InvitationMade> {
  // KEY SHARE on a company role: a concurrent delete waits, then sees this pending invitation and refuses.
  await tx.query('SELECT 1 FROM company_roles WHERE company_id = $1 AND id = $2 FOR KEY SHARE', [
    ctx.companyId,
    input.role,
  ]);
  const target = await getRole(tx, ctx.companyId, input.role);
  if (inviter) assertMayGiveRole(inviter, target);
  const role: Role | 'custom' = target.builtin ? (target.id as Role) : 'custom';
  const customRoleId = target.builtin ? null : target.id;
  const email = input.email.trim().toLowerCase();
  const existing = await maybeOne(
    tx,
    'SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.company_id = $1 AND u.email = $2',
    [ctx.companyId, email],
  );
  if (existing) throw orgText.error('conflict', 'error.alreadyMember', { email });
  const invitee = await findUserByEmail(tx, email);
  const existingUser = invitee !== null;
  const departmentIds = [...new Set(input.departmentIds ?? [])];
  if (departmentIds.length) {
    const found = await tx.query('SELECT id FROM departments WHERE company_id = $1 AND id = ANY($2)', [
      ctx.companyId,
      departmentIds,
    ]);
    if (found.rowCount !== departmentIds.length)
      throw orgText.error('validation', 'error.departmentsMissing', undefined, { field: 'departmentIds' });
  }
  const token = newSecret('invite');
  const id = newId('invitation');
  await tx.query(
    `INSERT INTO invitations (company_id, id, email, role, custom_role_id, department_ids, job_title, token_hash, invited_by, expires_at)
     VALUES ($1, $2, $3, $4, $10, $5, $6, $7, $8, now() + make_interval(days => $9))`,
    [
      ctx.companyId,
      id,
      email,
      role,
      departmentIds,
      input.jobTitle ?? null,
      hashSecret(token),
      ctx.actor.userId,
      INVITATION_TTL_DAYS,
      customRoleId,
    ],
  );
  const link = `${links.publicUrl}/invite/${token}`;
  if (links.sendMail) {
    // In the invitee's language: their own setting if they have an account, else the company's.
    const company = await maybeOne<{ locale: string }>(tx, 'SELECT locale FROM companies WHERE id = $1', [
      ctx.companyId,
    ]);
    const lang = chooseLang(invitee?.locale, company?.locale);
    const how = orgText.t(lang, existingUser ? 'mail.invite.howExisting' : 'mail.invite.howNew', {
      email,
      link,
    });
    await queueMail(tx, {
      companyId: ctx.companyId,
      to: email,
      subject: orgText.t(lang, 'mail.invite.subject', { company: links.companyName }),
      text: orgText.t(lang, 'mail.invite.body', {
        inviter: ctx.actor.label,
        company: links.companyName,
        role: target.name,
        how,
        days: INVITATION_TTL_DAYS,
      }),
    });
  }
  await recordAudit(tx, {
    ...ctx,
    entityType: 'invitation',
    entityId: id,
    action: 'create',
    after: { email, role, customRoleId, departmentIds, jobTitle: input.jobTitle ?? null },
  });
  return {
    id,
    link: links.sendMail || existingUser ? null : link,
    emailed: links.sendMail,
    existingUser: links.sendMail ? null : existingUser,
  };
}

export async function revokeInvitation(tx: Tx, ctx: ServiceContext, id: string): Promise<void> {
  const r = await tx.query(
    'UPDATE invitations SET revoked_at = now() WHERE company_id = $1 AND id = $2 AND accepted_at IS NULL AND revoked_at IS NULL',
    [ctx.companyId, id],
  );
  if (r.rowCount === 0) throw notFound('Pending invitation', id);
  await recordAudit(tx, { ...ctx, entityType: 'invitation', entityId: id, action: 'revoke' });
}

interface PendingInvitation {
  id: string;
  companyId: string;
  companyName: string;
  email: string;
  role: Role | 'custom';
  customRoleId: string | null;
  roleName: string;
  departmentIds: string[];
  jobTitle: string | null;
  invitedBy: string | null;
}

export async function findInvitation(sql: Sql, token: string, lock = false): Promise<PendingInvitation> {
  const row = await maybeOne<PendingInvitation>(
    sql,
    `SELECT i.id, i.company_id AS "companyId", c.name AS "companyName", i.email, ${ROLE_COLUMNS}, i.department_ids AS "departmentIds",
            i.job_title AS "jobTitle", i.invited_by AS "invitedBy"
       FROM invitations i JOIN companies c ON c.id = i.company_id
      WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
      ${lock ? 'FOR UPDATE OF i' : ''}`,
    [hashSecret(token)],
  );
  if (!row) throw orgText.error('not_found', 'error.invitationInvalid');
  return row;
}

/**
 * Accepting a link as a NEW person: creates the user and the membership in one transaction. An e-mail that
 * already has an account is refused with `sign_in_required` — a link must never sign anyone in as an existing
 * user (that was an account takeover: invite someone else's owner, accept with a password of your choosing).
 * The row lock on the invitation makes a double click accept once.
 */
export async function acceptInvitationAsNewUser(
  tx: Tx,
  token: string,
  input: { name: string; password: string },
): Promise<{ userId: string; companyId: string }> {
  const inv = await findInvitation(tx, token, true);
  if (await findUserByEmail(tx, inv.email)) {
    throw orgText.error(
      'sign_in_required',
      'error.hasAccountSignIn',
      { email: inv.email },
      { email: inv.email },
    );
  }
  const actorBase: Actor = { type: 'user', userId: null, tokenId: null, label: inv.email };
  const user = await createUser(tx, actorBase, null, inv.companyId, {
    email: inv.email,
    name: input.name,
    password: input.password,
  });
  await join(tx, inv, { actor: { ...actorBase, userId: user.id }, requestId: null }, user.id);
  return { userId: user.id, companyId: inv.companyId };
}

/**
 * Accepting as the signed-in user: the invitation (found by its link or, from the user's own list, by id) must
 * be addressed to this user's e-mail; another user's is a 403 and joins nothing.
 */
export async function acceptInvitationAsUser(
  tx: Tx,
  actor: Actor & { userId: string },
  requestId: string | null,
  find: { token: string } | { id: string },
): Promise<{ userId: string; companyId: string }> {
  const user = await maybeOne<{ email: string }>(tx, 'SELECT email FROM users WHERE id = $1', [actor.userId]);
  if (!user) throw forbidden();
  const inv =
    'token' in find
      ? await findInvitation(tx, find.token, true)
      : await findOwnInvitation(tx, find.id, user.email);
  if (inv.email !== user.email) {
    throw orgText.error('forbidden', 'error.invitationOtherEmail');
  }
  await join(tx, inv, { actor, requestId }, actor.userId);
  return { userId: actor.userId, companyId: inv.companyId };
}

/** The membership, departments and the invitation's acceptance, audited in every company the user is in. */
async function join(
  tx: Tx,
  inv: PendingInvitation,
  who: { actor: Actor; requestId: string | null },
  userId: string,
): Promise<void> {
  const ctx: ServiceContext = { ...who, companyId: inv.companyId };
  // The companies the user already belongs to learn of the join too (issue #9: the victim's trail was silent).
  // The same set the other installation-level user events go to (user-audit.ts).
  const others = (await activeCompaniesOf(tx, userId))
    .map((c) => c.id)
    .sort()
    .filter((id) => id !== inv.companyId);
  if (inv.customRoleId) {
    // The role is locked against a concurrent delete; it can be missing only if it was deleted before (the
    // delete refuses while pending invitations name it, so this is a backstop, never a half-made member).
    const role = await maybeOne(
      tx,
      'SELECT 1 FROM company_roles WHERE company_id = $1 AND id = $2 FOR KEY SHARE',
      [inv.companyId, inv.customRoleId],
    );
    if (!role) throw orgText.error('conflict', 'error.invitationRoleGone', { company: inv.companyName });
  }
  await addMember(tx, ctx, {
    userId,
    role: inv.role,
    customRoleId: inv.customRoleId,
    jobTitle: inv.jobTitle,
    reportsToId: inv.invitedBy,
  });
  for (const departmentId of inv.departmentIds) {
    await tx.query(
      'INSERT INTO department_members (company_id, department_id, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [inv.companyId, departmentId, userId],
    );
  }
  await tx.query('UPDATE invitations SET accepted_at = now() WHERE company_id = $1 AND id = $2', [
    inv.companyId,
    inv.id,
  ]);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'invitation',
    entityId: inv.id,
    action: 'accept',
    after: { userId, role: inv.role, customRoleId: inv.customRoleId, departmentIds: inv.departmentIds },
  });
  for (const companyId of others) {
    await recordAudit(tx, {
      ...who,
      companyId,
      entityType: 'user',
      entityId: userId,
      action: 'join_company',
      after: {
        companyId: inv.companyId,
        companyName: inv.companyName,
        role: inv.role,
        customRoleId: inv.customRoleId,
        invitationId: inv.id,
      },
    });
  }
}

export interface MyInvitation {
  id: string;
  companyId: string;
  companyName: string;
  role: Role | 'custom';
  customRoleId: string | null;
  roleName: string;
  expiresAt: string;
}

/** Pending invitations addressed to this user's e-mail, in any company. */
export async function listMyInvitations(sql: Sql, userId: string): Promise<MyInvitation[]> {
  return (
    await sql.query<MyInvitation>(
      `SELECT i.id, i.company_id AS "companyId", c.name AS "companyName", ${ROLE_COLUMNS},
              to_char(i.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "expiresAt"
         FROM invitations i JOIN companies c ON c.id = i.company_id JOIN users u ON u.email = i.email
        WHERE u.id = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
          AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.company_id = i.company_id AND m.user_id = u.id)
        ORDER BY i.created_at DESC, i.id`,
      [userId],
    )
  ).rows;
}

async function findOwnInvitation(tx: Tx, id: string, email: string): Promise<PendingInvitation> {
  const row = await maybeOne<PendingInvitation>(
    tx,
    `SELECT i.id, i.company_id AS "companyId", c.name AS "companyName", i.email, ${ROLE_COLUMNS}, i.department_ids AS "departmentIds",
            i.job_title AS "jobTitle", i.invited_by AS "invitedBy"
       FROM invitations i JOIN companies c ON c.id = i.company_id
      WHERE i.id = $1 AND i.email = $2 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
      FOR UPDATE OF i`,
    [id, email],
  );
  // Someone else's invitation looks exactly like a missing one: ids are not a way to probe other addresses.
  if (!row) throw notFound('Pending invitation', id);
  return row;
}
