import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';

const fresh = withFreshDatabase();

describe('banking migration', () => {
  it('creates the banking tables, each keyed by company', async () => {
    const rows = (
      await fresh.db.query<{ table_name: string }>(
        `SELECT c.table_name FROM information_schema.columns c
          WHERE c.table_schema = 'public' AND c.column_name = 'company_id' AND c.table_name LIKE 'bank\\_%' ORDER BY 1`,
      )
    ).rows.map((r) => r.table_name);
    expect(rows).toEqual([
      'bank_accounts',
      'bank_csv_mappings',
      'bank_reconciliation_items',
      'bank_reconciliation_lines',
      'bank_reconciliations',
      'bank_statement_lines',
      'bank_statements',
    ]);
  });
});
