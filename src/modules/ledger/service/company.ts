import type { Sql } from '../../../platform/db/index.ts';
import { getCompany } from '../../org/index.ts';

/**
 * The company's base currency, read through org (org owns `companies`; the ledger never names it in SQL).
 * An unknown company is a 404 naming it, never a silent default currency.
 */
export async function baseCurrencyOf(sql: Sql, companyId: string): Promise<string> {
  return (await getCompany(sql, companyId)).baseCurrency;
}
