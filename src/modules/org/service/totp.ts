import { newTotpSecret, totpStep, totpUri } from '../../../platform/auth/crypto.ts';
import type { Actor } from '../../../platform/context.ts';
import { decryptField, encryptField, keyIdOf } from '../../../platform/crypto/fields.ts';
import type { Sql, Tx } from '../../../platform/db/index.ts';
import { orgText } from '../i18n.ts';
import { getUser } from './people.ts';
import { auditInUserCompanies } from './user-audit.ts';

/**
 * Two-factor sign-in (TOTP).
 *
 * - The secret is stored sealed with the field keyring (`v1.<key>.…`, bound to the user id), never in clear.
 *   Rows written before that held the base32 secret in clear: they are sealed the first time the secret is
 *   used, and `sealClearTotpSecrets` (run at server start after the migrations) seals the rest.
 * - A code works once: `users.totp_last_step` is the last accepted time step, and a code of that step or an
 *   earlier one is refused. The step is taken with one conditional UPDATE, so two requests racing with the
 *   same code cannot both win.
 */
const aadOf = (userId: string) => `users.totp_secret:${userId}`;

export function sealTotpSecret(userId: string, secret: string): string {
  return encryptField(secret, aadOf(userId));
}

function isSealed(stored: string): boolean {
  return keyIdOf(stored) !== null;
}

/** The base32 secret of a stored value (sealed, or a clear value written before secrets were sealed). */
export function openTotpSecret(userId: string, stored: string): string {
  return isSealed(stored) ? decryptField(stored, aadOf(userId)) : stored;
}

/**
 * Checks `code` against the user's secret and, when it matches a step later than the last accepted one,
 * records that step (and seals a legacy clear secret). False for a wrong, expired or already used code.
 */
export async function acceptTotpCode(
  sql: Sql,
  user: { id: string; totpSecret: string | null },
  code: string,
): Promise<boolean> {
  if (!user.totpSecret) return false;
  const secret = openTotpSecret(user.id, user.totpSecret);
  const step = totpStep(secret, code);
  if (step === null) return false;
  const reseal = isSealed(user.totpSecret) ? null : sealTotpSecret(user.id, secret);
  const r = await sql.query(
    `UPDATE users SET totp_last_step = $2, totp_secret = COALESCE($3, totp_secret)
      WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`,
    [user.id, step, reseal],
  );
  return r.rowCount === 1;
}

/** Seals every TOTP secret still stored in clear. Idempotent; returns how many it sealed. */
export async function sealClearTotpSecrets(sql: Sql): Promise<number> {
  const { rows } = await sql.query<{ id: string; totp_secret: string }>(
    `SELECT id, totp_secret FROM users WHERE totp_secret IS NOT NULL AND totp_secret NOT LIKE 'v1.%'`,
  );
  let sealed = 0;
  for (const row of rows) {
    const r = await sql.query('UPDATE users SET totp_secret = $3 WHERE id = $1 AND totp_secret = $2', [
      row.id,
      row.totp_secret,
      sealTotpSecret(row.id, row.totp_secret),
    ]);
    sealed += r.rowCount ?? 0;
  }
  return sealed;
}

export async function beginTotp(
  tx: Tx,
  ctx: { actor: Actor; requestId: string | null },
  userId: string,
): Promise<{ secret: string; uri: string }> {
  const user = await getUser(tx, userId);
  if (user.totpEnabled) throw orgText.error('validation', 'error.totpAlreadyOn');
  const secret = newTotpSecret();
  // A new secret starts a new sequence of steps.
  await tx.query('UPDATE users SET totp_secret = $2, totp_last_step = NULL WHERE id = $1', [
    userId,
    sealTotpSecret(userId, secret),
  ]);
  await auditInUserCompanies(tx, {
    ...ctx,
    userId,
    entityType: 'user',
    entityId: userId,
    action: 'totp_setup',
  });
  return { secret, uri: totpUri(secret, user.email) };
}

export async function setTotpEnabled(
  tx: Tx,
  ctx: { actor: Actor; requestId: string | null },
  userId: string,
  code: string,
  enabled: boolean,
): Promise<void> {
  const user = await getUser(tx, userId);
  if (!(await acceptTotpCode(tx, user, code))) throw orgText.error('validation', 'error.totpCodeWrong');
  await tx.query(
    'UPDATE users SET totp_enabled = $2, totp_secret = CASE WHEN $2 THEN totp_secret ELSE NULL END WHERE id = $1',
    [userId, enabled],
  );
  await auditInUserCompanies(tx, {
    ...ctx,
    userId,
    entityType: 'user',
    entityId: userId,
    action: enabled ? 'totp_enable' : 'totp_disable',
  });
}
