import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { makeLedger } from '../ledger/factories.ts';
import { makeOrg } from '../org/factories.ts';
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

  it('over HTTP: 8 parallel first POST /tax/codes/defaults of a fresh company all answer 200', async () => {
    const org = await makeOrg(fresh.db);
    const t = testApp(fresh.db);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.request('POST', '/api/v1/tax/codes/defaults', {
          token: org.people.owner.token,
          body: { country: 'CZ' },
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    const dup = await fresh.db.query(
      'SELECT code FROM tax_codes WHERE company_id = $1 GROUP BY code HAVING count(*) > 1',
      [org.company.id],
    );
    expect(dup.rows).toEqual([]);
  });
});
