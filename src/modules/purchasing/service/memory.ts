import { newId } from '../../../kernel/ids.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';

/**
 * Per-vendor learning: the expense account and tax code last used on a bill of a vendor, proposed on the
 * next captured or imported bill of that vendor. One row per vendor, upserted on every save.
 */
export async function remember(
  tx: Tx,
  companyId: string,
  vendorId: string,
  accountId: string,
  taxCodeId: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO purchasing_vendor_memory (company_id, id, vendor_id, account_id, tax_code_id)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (company_id, vendor_id) DO UPDATE
       SET account_id = EXCLUDED.account_id, tax_code_id = EXCLUDED.tax_code_id,
           uses = purchasing_vendor_memory.uses + 1, updated_at = now()`,
    [companyId, newId('vendorMemory'), vendorId, accountId, taxCodeId],
  );
}

export async function recall(
  sql: Sql,
  companyId: string,
  vendorId: string,
): Promise<{ accountId: string | null; taxCodeId: string | null; uses: number } | null> {
  const row = await maybeOne<{ account_id: string | null; tax_code_id: string | null; uses: number }>(
    sql,
    'SELECT account_id, tax_code_id, uses FROM purchasing_vendor_memory WHERE company_id = $1 AND vendor_id = $2',
    [companyId, vendorId],
  );
  return row ? { accountId: row.account_id, taxCodeId: row.tax_code_id, uses: row.uses } : null;
}
