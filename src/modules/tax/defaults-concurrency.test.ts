import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { makeLedger } from '../ledger/factories.ts';
import { ensureDefaultTaxCodes } from './index.ts';

/** A fresh company's default tax codes asked for by parallel first requests: each is created once, none fails. */
const fresh = withFreshDatabase();

describe('ensureDefaultTaxCodes under concurrency', () => {
  it('8 parallel first calls all succeed and create each code once', async () => {
    const { db } = fresh;
    const { ctx, companyId } = await makeLedger(db);
    const made = await Promise.allSettled(
      Array.from({ length: 8 }, () => db.tx((tx) => ensureDefaultTaxCodes(tx, ctx, 'CZ'))),
    );
    const failed = made.filter((m) => m.status === 'rejected');
    expect(failed.map((f) => String((f as PromiseRejectedResult).reason))).toEqual([]);
    const dup = await db.query(
      'SELECT code FROM tax_codes WHERE company_id = $1 GROUP BY code HAVING count(*) > 1',
      [companyId],
    );
    expect(dup.rows).toEqual([]);
    const codes = (made[0] as PromiseFulfilledResult<{ code: string }[]>).value.map((c) => c.code);
    expect(codes.length).toBeGreaterThan(1);
    for (const m of made) {
      expect((m as PromiseFulfilledResult<{ code: string }[]>).value.map((c) => c.code).sort()).toEqual(
        [...codes].sort(),
      );
    }
  });
});
