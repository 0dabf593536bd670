import { type AuditInput, recordAudit } from '../../../platform/audit/index.ts';
import type { Sql, Tx } from '../../../platform/db/index.ts';

/** Ids of the companies where the user is an active member, in id order (a stable lock order for the chains). */
export async function activeCompanyIdsOf(sql: Sql, userId: string): Promise<string[]> {
  const { rows } = await sql.query<{ company_id: string }>(
    `SELECT company_id FROM memberships WHERE user_id = $1 AND status = 'active' ORDER BY company_id`,
    [userId],
  );
  return rows.map((r) => r.company_id);
}

/**
 * Audits a change to an installation-level user (password, two-factor) in the chain of every company the
 * user is an active member of: a user's sign-in reaches all of them, so each one's trail must show it. With no
 * active membership the event goes to the installation's own chain.
 */
export async function auditInUserCompanies(
  tx: Tx,
  input: Omit<AuditInput, 'companyId'> & { userId: string },
): Promise<void> {
  const { userId, ...event } = input;
  const companies = await activeCompanyIdsOf(tx, userId);
  for (const companyId of companies.length ? companies : [null])
    await recordAudit(tx, { ...event, companyId });
}
