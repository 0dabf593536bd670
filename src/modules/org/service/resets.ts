import { validation } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { hashSecret, newSecret } from '../../../platform/auth/crypto.ts';
import type { Actor } from '../../../platform/context.ts';
import { maybeOne, type Tx } from '../../../platform/db/index.ts';
import { getUser, setPassword } from './people.ts';

export const RESET_TTL_HOURS = 24;

export async function createPasswordReset(
  tx: Tx,
  ctx: { actor: Actor; companyId: string; requestId: string | null },
  userId: string,
): Promise<string> {
  await getUser(tx, userId);
  const token = newSecret('reset');
  await tx.query(
    `INSERT INTO password_resets (id, user_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
    [newId('reset'), userId, hashSecret(token), RESET_TTL_HOURS],
  );
  await recordAudit(tx, { ...ctx, entityType: 'user', entityId: userId, action: 'password_reset_issued' });
  return token;
}

export async function completePasswordReset(tx: Tx, token: string, password: string): Promise<string> {
  const row = await maybeOne<{ id: string; user_id: string }>(
    tx,
    `UPDATE password_resets SET used_at = now()
      WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING id, user_id`,
    [hashSecret(token)],
  );
  if (!row) throw validation('This reset link is invalid, used or expired; ask for a new one.');
  const system: Actor = { type: 'system', userId: row.user_id, tokenId: null, label: 'password reset link' };
  await setPassword(tx, { actor: system, requestId: null, companyId: null }, row.user_id, password);
  return row.user_id;
}
