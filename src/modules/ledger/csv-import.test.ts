import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { makeLedger } from './factories.ts';
import { importEntriesCsv, importOpeningBalancesCsv, trialBalance } from './index.ts';

const fresh = withFreshDatabase();

const count = async (companyId: string) =>
  (
    await fresh.db.query<{ n: string }>(
      'SELECT count(*)::text AS n FROM ledger_entries WHERE company_id = $1',
      [companyId],
    )
  ).rows[0]?.n;

describe('CSV import of entries', () => {
  const good = [
    'date,entry,description,reference,account,debit,credit,currency,memo',
    '2025-01-05,1,Invoice,INV-1,1100,1200.00,,,',
    '2025-01-05,1,,,4000,,1200.00,,"sales, January"',
    '2025-01-31,2,Rent,,6000,800.00,,USD,',
    '2025-01-31,2,Rent,,2000,,800.00,USD,',
  ].join('\n');

  it('a dry run validates and writes nothing; the real run posts every entry', async () => {
    const l = await makeLedger(fresh.db);
    const dry = await importEntriesCsv(fresh.db, l.ctx, good, { dryRun: true });
    expect(dry).toEqual({ ok: true, errors: [], entries: 2, lines: 4, dryRun: true });
    expect(await count(l.companyId)).toBe('0');
    const real = await importEntriesCsv(fresh.db, l.ctx, good);
    expect(real.ok).toBe(true);
    const tb = await trialBalance(fresh.db, l.companyId, '2025-12-31');
    expect(tb.rows.map((r) => [r.code, r.debit, r.credit])).toEqual([
      ['1100', '1200.00', ''],
      ['2000', '', '800.00'],
      ['4000', '', '1200.00'],
      ['6000', '800.00', ''],
    ]);
  });

  it('reports every bad row with its column, not only the first, and writes nothing', async () => {
    const l = await makeLedger(fresh.db);
    const bad = [
      'date,entry,description,reference,account,debit,credit,currency,memo',
      '2025-02-30,1,x,,1100,10.00,,,', // row 2: no such date
      '2025-01-05,1,x,,9999,,10.00,,', // row 3: unknown account
      '2025-01-06,2,y,,1100,10.001,,,', // row 4: too many decimals
      '2025-01-06,2,y,,4000,5.00,5.00,,', // row 5: both columns
      '2025-01-07,3,z,,1100,10.00,,,', // entry 3 does not balance (row 6)
      '2025-01-07,3,z,,4000,,9.00,,',
      '2030-01-07,4,w,,1100,1.00,,,', // row 8: outside every fiscal year
      '2030-01-07,4,w,,4000,,1.00,,',
    ].join('\n');
    const r = await importEntriesCsv(fresh.db, l.ctx, bad);
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'date'],
      [3, 'account'],
      [3, 'date'], // differs from its entry's first row
      [4, 'debit'],
      [5, 'credit'],
      [6, 'credit'],
      [8, 'date'],
      [9, 'date'],
    ]);
    expect(r.errors[1]?.message).toBe('there is no account "9999" (give its code or full name).');
    expect(r.errors[5]?.message).toBe('entry 3 does not balance: debits exceed credits by 1.00 USD.');
    expect(await count(l.companyId)).toBe('0');
    const header = await importEntriesCsv(fresh.db, l.ctx, 'date,entry,account,debit\n2025-01-01,1,1100,1\n');
    expect(header.errors).toContainEqual({
      row: 1,
      column: 'credit',
      message: 'the column "credit" is missing.',
    });
  });
});

describe('CSV import of opening balances', () => {
  it('posts one entry against the equity account, and a dry run posts nothing', async () => {
    const l = await makeLedger(fresh.db);
    const text = 'account,debit,credit\n1000,5000.00,\n1100,1200.00,\n2000,,700.00\n';
    const dry = await importOpeningBalancesCsv(fresh.db, l.ctx, text, {
      equity: '3000',
      date: '2025-01-01',
      dryRun: true,
    });
    expect(dry).toMatchObject({ ok: true, entries: 1, lines: 4 });
    expect(await count(l.companyId)).toBe('0');
    await importOpeningBalancesCsv(fresh.db, l.ctx, text, { equity: '3000', date: '2025-01-01' });
    const tb = await trialBalance(fresh.db, l.companyId, '2025-01-01');
    expect(tb.rows.map((r) => [r.code, r.debit, r.credit])).toEqual([
      ['1000', '5000.00', ''],
      ['1100', '1200.00', ''],
      ['2000', '', '700.00'],
      ['3000', '', '5500.00'],
    ]);
    const bad = await importOpeningBalancesCsv(fresh.db, l.ctx, 'account,debit,credit\nnope,1,\n1000,x,\n', {
      equity: '3000',
      date: '2025-01-01',
    });
    expect(bad.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'account'],
      [3, 'debit'],
    ]);
  });
});
