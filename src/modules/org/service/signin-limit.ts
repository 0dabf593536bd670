import type { Sql, Tx } from '../../../platform/db/index.ts';
import { orgText } from '../i18n.ts';

/** Sign-in limits: this many failures in the window blocks the account, or the IP, until the window passes. */
export const SIGNIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

/**
 * Reserves a sign-in attempt before the password is checked, so the limit holds under concurrency.
 *
 * Under a transaction-scoped advisory lock per e-mail and per IP (always taken in that order, so two
 * reservations cannot deadlock), the failures of the window are counted and, when under the limit, the attempt
 * is written as a failure before the lock is released. The next reservation for the same e-mail or IP counts
 * it, so of any number of parallel attempts exactly the limit get their password checked; reading first and
 * writing after the check (as it once did) let 20 parallel guesses get 13 checks. A refused attempt writes
 * nothing, so hammering a blocked account does not stretch its block. Returns the id for `settleAttempt`.
 */
export async function reserveAttempt(
  db: { tx: <T>(fn: (tx: Tx) => Promise<T>) => Promise<T> },
  email: string,
  ip: string,
): Promise<string> {
  return db.tx(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('steward.signin.email:' || $1, 0))`, [
      email,
    ]);
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('steward.signin.ip:' || $1, 0))`, [ip]);
    const r = await tx.query<{ by_email: number; by_ip: number }>(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email, count(*) FILTER (WHERE ip = $2)::int AS by_ip
         FROM signin_attempts
        WHERE (email = $1 OR ip = $2) AND NOT succeeded AND at > now() - make_interval(mins => $3)`,
      [email, ip, SIGNIN_WINDOW_MINUTES],
    );
    const row = r.rows[0];
    if (row && (row.by_email >= MAX_FAILURES_PER_ACCOUNT || row.by_ip >= MAX_FAILURES_PER_IP)) {
      throw orgText.error(
        'rate_limited',
        'error.tooManySignIns',
        { minutes: SIGNIN_WINDOW_MINUTES },
        { retryAfterSeconds: SIGNIN_WINDOW_MINUTES * 60 },
      );
    }
    const { rows } = await tx.query<{ id: string }>(
      'INSERT INTO signin_attempts (email, ip, succeeded) VALUES ($1, $2, false) RETURNING id::text AS id',
      [email, ip],
    );
    return rows[0]!.id;
  });
}

/**
 * Settles a reserved attempt: a failure stays counted; a success no longer counts; `void` (the password was
 * right but the authenticator code is still to come) removes it.
 */
export async function settleAttempt(
  sql: Sql,
  id: string,
  outcome: 'failed' | 'succeeded' | 'void',
): Promise<void> {
  if (outcome === 'succeeded')
    await sql.query('UPDATE signin_attempts SET succeeded = true WHERE id = $1', [id]);
  else if (outcome === 'void') await sql.query('DELETE FROM signin_attempts WHERE id = $1', [id]);
}
