import { type AuditInput, recordAudit } from '../../../platform/audit/index.ts';
import type { Tx } from '../../../platform/db/index.ts';
import { activeCompaniesOf } from './reads.ts';

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
  // In id order: a stable lock order for the chains' heads.
  const companies = (await activeCompaniesOf(tx, userId)).map((c) => c.id).sort();
  for (const companyId of companies.length ? companies : [null])
    await recordAudit(tx, { ...event, companyId });
}
