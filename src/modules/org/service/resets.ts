import { newId } from '../../../kernel/ids.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { hashSecret, newSecret } from '../../../platform/auth/crypto.ts';
import type { Actor, Principal } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { orgText } from '../i18n.ts';
import { getUser, setPassword } from './people.ts';
import { activeCompaniesOf } from './reads.ts';
import { auditInUserCompanies } from './user-audit.ts';

/**
 * Password resets. A reset link is a secret that takes over the account, and a password is installation-wide
 * (one user, many companies), so who may see a link is narrow:
 *
 * - With mail configured the link goes only to the person, by mail; no response carries it.
 * - Without mail, the API hands a link only to an owner (no one else, not even for themself: a stolen session
 *   must not turn into the password), for themself or for someone who is not an owner anywhere, and only if
 *   the requester is an owner in EVERY company the target belongs to (any membership, active or not): an
 *   owner of X cannot take over a user who also works in Y.
 * - The operator (shell access) uses `steward user reset-password EMAIL`, for anyone, owners included.
 *
 * Completing a reset invalidates every other outstanding link of the user, ends their sessions and, unless
 * the person chooses to keep them, revokes their API tokens.
 */
export const RESET_TTL_HOURS = 24;

/** Throws 403 unless `principal` may receive `targetUserId`'s reset link in a response (no mail configured). */
export async function assertMayFetchResetLink(
  sql: Sql,
  principal: Principal,
  targetUserId: string,
): Promise<void> {
  // Each refusal says how to get the link to the person instead: configure mail, or the operator's CLI.
  // Not even for themself: a stolen session must not become the password (changing it needs the current one).
  if (principal.role !== 'owner') throw orgText.error('forbidden', 'error.resetOwnersOnly');
  if (principal.userId === targetUserId) return;
  const { rows } = await sql.query<{ company_id: string; role: string; mine: string | null }>(
    `SELECT t.company_id, t.role, me.role AS mine
       FROM memberships t
       LEFT JOIN memberships me ON me.company_id = t.company_id AND me.user_id = $2 AND me.status = 'active'
      WHERE t.user_id = $1`,
    [targetUserId, principal.userId],
  );
  if (rows.some((r) => r.role === 'owner')) throw orgText.error('forbidden', 'error.resetOtherOwner');
  if (rows.some((r) => r.mine !== 'owner')) throw orgText.error('forbidden', 'error.resetOtherCompany');
}

/** Issues a reset link secret for a user; audited in the issuer's company and every company of the user. */
export async function createPasswordReset(
  tx: Tx,
  ctx: { actor: Actor; companyId: string | null; requestId: string | null },
  userId: string,
): Promise<string> {
  await getUser(tx, userId);
  const token = newSecret('reset');
  const id = newId('reset');
  await tx.query(
    `INSERT INTO password_resets (id, user_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
    [id, userId, hashSecret(token), RESET_TTL_HOURS],
  );
  const companies = new Set((await activeCompaniesOf(tx, userId)).map((c) => c.id));
  if (ctx.companyId) companies.add(ctx.companyId);
  for (const companyId of [...companies].sort())
    await recordAudit(tx, {
      ...ctx,
      companyId,
      entityType: 'user',
      entityId: userId,
      action: 'password_reset_issued',
      meta: { resetId: id },
    });
  if (companies.size === 0)
    await recordAudit(tx, { ...ctx, entityType: 'user', entityId: userId, action: 'password_reset_issued' });
  return token;
}

export async function completePasswordReset(
  tx: Tx,
  token: string,
  password: string,
  opts: { revokeApiTokens: boolean; requestId?: string | null },
): Promise<string> {
  const row = await maybeOne<{ id: string; user_id: string }>(
    tx,
    `UPDATE password_resets SET used_at = now()
      WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING id, user_id`,
    [hashSecret(token)],
  );
  if (!row) throw orgText.error('validation', 'error.resetLinkInvalid');
  const user = await getUser(tx, row.user_id);
  const actor: Actor = {
    type: 'user',
    userId: row.user_id,
    tokenId: null,
    label: `${user.email} (reset link)`,
  };
  const ctx = { actor, requestId: opts.requestId ?? null };
  // Audited in every company of the user (setPassword does so too).
  await setPassword(tx, { ...ctx, companyId: null }, row.user_id, password);
  // Any other link still out there (an older mail, one an admin saw) stops working now.
  const others = await tx.query(
    'UPDATE password_resets SET used_at = now() WHERE user_id = $1 AND used_at IS NULL AND id <> $2',
    [row.user_id, row.id],
  );
  const tokens = opts.revokeApiTokens
    ? await tx.query('UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [
        row.user_id,
      ])
    : null;
  await auditInUserCompanies(tx, {
    ...ctx,
    userId: row.user_id,
    entityType: 'user',
    entityId: row.user_id,
    action: 'password_reset_completed',
    after: {
      otherResetsInvalidated: others.rowCount ?? 0,
      apiTokensRevoked: tokens ? (tokens.rowCount ?? 0) : 0,
      keptApiTokens: !opts.revokeApiTokens,
    },
    meta: { resetId: row.id },
  });
  return row.user_id;
}
