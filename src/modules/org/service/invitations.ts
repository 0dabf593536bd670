import { conflict, notFound, validation } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { hashSecret, newSecret } from '../../../platform/auth/crypto.ts';
import type { Actor, Role, ServiceContext } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { queueMail } from '../../../platform/mail/index.ts';
import { addMember, createUser, findUserByEmail } from './people.ts';

export const INVITATION_TTL_DAYS = 14;

export interface InvitationRow {
  id: string;
  email: string;
  role: Role;
  departmentIds: string[];
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
  createdAt: string;
  expiresAt: string;
}

const SELECT = `SELECT id, email, role, department_ids AS "departmentIds",
  CASE WHEN accepted_at IS NOT NULL THEN 'accepted' WHEN revoked_at IS NOT NULL THEN 'revoked'
       WHEN expires_at < now() THEN 'expired' ELSE 'pending' END AS status,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "createdAt",
  to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "expiresAt"
  FROM invitations`;

export async function listInvitations(
  sql: Sql,
  companyId: string,
  status?: string,
): Promise<InvitationRow[]> {
  const rows = (
    await sql.query<InvitationRow>(`${SELECT} WHERE company_id = $1 ORDER BY created_at DESC, id`, [
      companyId,
    ])
  ).rows;
  return status ? rows.filter((r) => r.status === status) : rows;
}

export async function createInvitation(
  tx: Tx,
  ctx: ServiceContext,
  input: { email: string; role: Role; departmentIds?: string[] | undefined; jobTitle?: string | undefined },
  links: { publicUrl: string; companyName: string; sendMail: boolean },
): Promise<{ id: string; link: string; emailed: boolean }> {
  const email = input.email.trim().toLowerCase();
  const existing = await maybeOne(
    tx,
    'SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.company_id = $1 AND u.email = $2',
    [ctx.companyId, email],
  );
  if (existing) throw conflict(`${email} is already a member of this company.`);
  const departmentIds = [...new Set(input.departmentIds ?? [])];
  if (departmentIds.length) {
    const found = await tx.query('SELECT id FROM departments WHERE company_id = $1 AND id = ANY($2)', [
      ctx.companyId,
      departmentIds,
    ]);
    if (found.rowCount !== departmentIds.length)
      throw validation('Some departments do not exist in this company.', { field: 'departmentIds' });
  }
  const token = newSecret('invite');
  const id = newId('invitation');
  await tx.query(
    `INSERT INTO invitations (company_id, id, email, role, department_ids, job_title, token_hash, invited_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() + make_interval(days => $9))`,
    [
      ctx.companyId,
      id,
      email,
      input.role,
      departmentIds,
      input.jobTitle ?? null,
      hashSecret(token),
      ctx.actor.userId,
      INVITATION_TTL_DAYS,
    ],
  );
  const link = `${links.publicUrl}/invite/${token}`;
  if (links.sendMail) {
    await queueMail(tx, {
      companyId: ctx.companyId,
      to: email,
      subject: `You are invited to ${links.companyName} on Steward`,
      text: `${ctx.actor.label} invited you to join ${links.companyName} on Steward as ${input.role}.\n\nAccept the invitation: ${link}\n\nThe link expires in ${INVITATION_TTL_DAYS} days.`,
    });
  }
  await recordAudit(tx, {
    ...ctx,
    entityType: 'invitation',
    entityId: id,
    action: 'create',
    after: { email, role: input.role, departmentIds, jobTitle: input.jobTitle ?? null },
  });
  return { id, link, emailed: links.sendMail };
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
  role: Role;
  departmentIds: string[];
  jobTitle: string | null;
  invitedBy: string | null;
}

export async function findInvitation(sql: Sql, token: string, lock = false): Promise<PendingInvitation> {
  const row = await maybeOne<PendingInvitation>(
    sql,
    `SELECT i.id, i.company_id AS "companyId", c.name AS "companyName", i.email, i.role, i.department_ids AS "departmentIds",
            i.job_title AS "jobTitle", i.invited_by AS "invitedBy"
       FROM invitations i JOIN companies c ON c.id = i.company_id
      WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
      ${lock ? 'FOR UPDATE OF i' : ''}`,
    [hashSecret(token)],
  );
  if (!row) throw notFound('Invitation (the link is invalid, used, revoked or expired)');
  return row;
}

/**
 * Accepting creates the user (or, for an existing user, checks nothing more than the link: the link was sent to
 * their address) and the membership with the invited role and departments, all in one transaction. The row
 * lock on the invitation makes a double click accept once.
 */
export async function acceptInvitation(
  tx: Tx,
  token: string,
  input: { name: string; password: string },
): Promise<{ userId: string; companyId: string }> {
  const inv = await findInvitation(tx, token, true);
  const actorBase: Actor = { type: 'user', userId: null, tokenId: null, label: inv.email };
  let user = await findUserByEmail(tx, inv.email);
  if (!user) {
    user = await createUser(tx, actorBase, null, inv.companyId, {
      email: inv.email,
      name: input.name,
      password: input.password,
    });
  }
  const ctx: ServiceContext = {
    actor: { ...actorBase, userId: user.id },
    companyId: inv.companyId,
    requestId: null,
  };
  await addMember(tx, ctx, {
    userId: user.id,
    role: inv.role,
    jobTitle: inv.jobTitle,
    reportsToId: inv.invitedBy,
  });
  for (const departmentId of inv.departmentIds) {
    await tx.query(
      'INSERT INTO department_members (company_id, department_id, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
      [inv.companyId, departmentId, user.id],
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
    after: { userId: user.id },
  });
  return { userId: user.id, companyId: inv.companyId };
}
