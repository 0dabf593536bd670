import type { ServiceContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/index.ts';
import { ensureDefaultTaxCodes, type TaxCodeRow } from './index.ts';

/** The default tax codes of a country, as a map by code, for tests. */
export async function makeTaxCodes(
  db: Database,
  ctx: ServiceContext,
  country = 'CZ',
): Promise<Record<string, TaxCodeRow>> {
  const rows = await db.tx((tx) => ensureDefaultTaxCodes(tx, ctx, country));
  return Object.fromEntries(rows.map((r) => [r.code, r]));
}
