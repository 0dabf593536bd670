import { hashSecret, newSecret, safeEqual } from '../../../platform/auth/crypto.ts';
import { SYSTEM_ACTOR } from '../../../platform/context.ts';
import { type Database, maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import type { CompanyInput } from '../contract.ts';
import { orgText } from '../i18n.ts';
import { type CompanyRow, createCompany } from './companies.ts';
import { createUser, findUserByEmail } from './people.ts';

/**
 * First run. With STEWARD_ADMIN_EMAIL/PASSWORD the first company and its owner are made at start-up;
 * otherwise a one-time setup token is printed to the console and the web UI's setup page asks for it.
 */
export async function setupNeeded(sql: Sql): Promise<boolean> {
  const row = await maybeOne(sql, 'SELECT 1 FROM companies LIMIT 1');
  return !row;
}

/** Makes a fresh setup token (only the hash is stored, so several processes agree on it). */
export async function issueSetupToken(db: Database): Promise<string> {
  const token = newSecret('setup');
  await db.query(
    `INSERT INTO setup_state (id, token_hash) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET token_hash = $1, created_at = now()`,
    [hashSecret(token)],
  );
  return token;
}

export async function createFirstCompany(
  tx: Tx,
  company: CompanyInput,
  owner: { email: string; name: string; password: string },
  setupToken: string | null,
): Promise<{ company: CompanyRow; userId: string }> {
  // Serialise concurrent setups: the second one sees the first company and stops.
  await tx.query('SELECT pg_advisory_xact_lock(7301447002)');
  if (!(await setupNeeded(tx))) throw orgText.error('setup_done', 'error.setupDone');
  if (setupToken !== null) {
    const state = await maybeOne<{ token_hash: string }>(
      tx,
      'SELECT token_hash FROM setup_state WHERE id = 1',
    );
    if (!state || !safeEqual(state.token_hash, hashSecret(setupToken))) {
      throw orgText.error('validation', 'error.setupTokenWrong', undefined, {
        field: 'setupToken',
      });
    }
  }
  const existing = await findUserByEmail(tx, owner.email);
  const user =
    existing ?? (await createUser(tx, SYSTEM_ACTOR, null, null, { ...owner, locale: company.locale }));
  const made = await createCompany(tx, SYSTEM_ACTOR, null, company, user.id);
  await tx.query('DELETE FROM setup_state');
  return { company: made, userId: user.id };
}
