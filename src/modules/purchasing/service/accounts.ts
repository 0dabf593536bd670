import type { Sql } from '../../../platform/db/index.ts';
import { type AccountRow, findAccount, getAccount, listAccounts } from '../../ledger/index.ts';

/** The ledger accounts bills use (read through the ledger's index.ts). */

/** The company's accounts payable: a leaf liability account of subtype 'payable' (lowest code), else code 2000. */
export async function defaultPayableAccount(sql: Sql, companyId: string): Promise<AccountRow | null> {
  const all = await listAccounts(sql, companyId, { activeOnly: true });
  const parents = new Set(all.map((a) => a.parentId).filter(Boolean));
  const payable = all.find((a) => a.type === 'liability' && a.subtype === 'payable' && !parents.has(a.id));
  return payable ?? (await findAccount(sql, companyId, '2000'));
}

/** An account by code or id; null when there is none. */
export async function resolveAccount(sql: Sql, companyId: string, ref: string): Promise<AccountRow | null> {
  return (
    (await findAccount(sql, companyId, ref)) ?? (await getAccount(sql, companyId, ref).catch(() => null))
  );
}
