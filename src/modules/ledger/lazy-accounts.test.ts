import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { makeLedger } from './factories.ts';
import { ensureAccountPath } from './index.ts';

/**
 * Accounts created on first use (the currency-rounding, exchange-difference and payment fallback accounts of
 * flows/) are asked for by parallel first requests of a fresh company: every one gets the same account, none
 * fails with a duplicate-code conflict, and each account is created (and audited) once.
 */
const fresh = withFreshDatabase();

describe('ensureAccountPath under concurrency', () => {
  it('16 parallel first uses of a missing account path all succeed with one account', async () => {
    const { db } = fresh;
    const { ctx, companyId } = await makeLedger(db);
    const path = 'Expenses:Currency rounding';
    const made = await Promise.allSettled(
      Array.from({ length: 16 }, () => db.tx((tx) => ensureAccountPath(tx, ctx, path, 'expense', new Map()))),
    );
    const failed = made.filter((m) => m.status === 'rejected');
    expect(failed.map((f) => String((f as PromiseRejectedResult).reason))).toEqual([]);
    const ids = new Set(made.map((m) => (m as PromiseFulfilledResult<{ id: string }>).value.id));
    expect(ids.size).toBe(1);
    const rows = await db.query<{ full_name: string; n: number }>(
      `SELECT full_name, count(*)::int AS n FROM ledger_accounts
        WHERE company_id = $1 AND full_name IN ('Expenses', $2) GROUP BY full_name ORDER BY full_name`,
      [companyId, path],
    );
    expect(rows.rows).toEqual([
      { full_name: 'Expenses', n: 1 },
      { full_name: path, n: 1 },
    ]);
    const audited = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events
        WHERE chain = $1 AND entity_type = 'ledger_account' AND action = 'create'
          AND entity_id IN (SELECT id FROM ledger_accounts WHERE company_id = $1 AND full_name IN ('Expenses', $2))`,
      [companyId, path],
    );
    expect(audited.rows[0]?.n).toBe(2);
  });
});
