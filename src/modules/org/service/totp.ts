import { validation } from '../../../kernel/errors.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { checkTotp, newTotpSecret, totpUri } from '../../../platform/auth/crypto.ts';
import type { Actor } from '../../../platform/context.ts';
import type { Tx } from '../../../platform/db/index.ts';
import { getUser } from './people.ts';

export async function beginTotp(tx: Tx, userId: string): Promise<{ secret: string; uri: string }> {
  const user = await getUser(tx, userId);
  if (user.totpEnabled)
    throw validation('Two-factor sign-in is already on; turn it off first to set up a new device.');
  const secret = newTotpSecret();
  await tx.query('UPDATE users SET totp_secret = $2 WHERE id = $1', [userId, secret]);
  return { secret, uri: totpUri(secret, user.email) };
}

export async function setTotpEnabled(
  tx: Tx,
  ctx: { actor: Actor; requestId: string | null; companyId: string | null },
  userId: string,
  code: string,
  enabled: boolean,
): Promise<void> {
  const user = await getUser(tx, userId);
  if (!user.totpSecret || !checkTotp(user.totpSecret, code))
    throw validation('The code is wrong or expired; try the current one.');
  await tx.query(
    'UPDATE users SET totp_enabled = $2, totp_secret = CASE WHEN $2 THEN totp_secret ELSE NULL END WHERE id = $1',
    [userId, enabled],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'user',
    entityId: userId,
    action: enabled ? 'totp_enable' : 'totp_disable',
  });
}
