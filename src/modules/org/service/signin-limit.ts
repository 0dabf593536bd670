import { AppError } from '../../../kernel/errors.ts';
import type { Sql } from '../../../platform/db/index.ts';

/** Sign-in limits: this many failures in the window blocks the account, or the IP, until the window passes. */
export const SIGNIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

export async function checkRateLimit(sql: Sql, email: string, ip: string): Promise<void> {
  const r = await sql.query<{ by_email: number; by_ip: number }>(
    `SELECT count(*) FILTER (WHERE email = $1)::int AS by_email, count(*) FILTER (WHERE ip = $2)::int AS by_ip
       FROM signin_attempts
      WHERE (email = $1 OR ip = $2) AND NOT succeeded AND at > now() - make_interval(mins => $3)`,
    [email, ip, SIGNIN_WINDOW_MINUTES],
  );
  const row = r.rows[0];
  if (row && (row.by_email >= MAX_FAILURES_PER_ACCOUNT || row.by_ip >= MAX_FAILURES_PER_IP)) {
    throw new AppError(
      'rate_limited',
      `Too many failed sign-ins. Wait ${SIGNIN_WINDOW_MINUTES} minutes and try again, or ask an admin for a password reset link.`,
      { retryAfterSeconds: SIGNIN_WINDOW_MINUTES * 60 },
    );
  }
}
