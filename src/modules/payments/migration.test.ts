import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';

const fresh = withFreshDatabase();

describe('payments migration', () => {
  it('creates the payments tables, each keyed by company', async () => {
    const { rows } = await fresh.db.query<{ table_name: string }>(
      `SELECT c.table_name FROM information_schema.columns c
        WHERE c.table_name LIKE 'payment%' AND c.column_name = 'company_id' ORDER BY 1`,
    );
    expect(rows.map((r) => r.table_name)).toEqual([
      'payment_allocations',
      'payment_run_files',
      'payment_run_items',
      'payment_runs',
      'payment_settings',
      'payments',
    ]);
  });
});
