import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLedger } from '../../src/modules/ledger/factories.ts';
import { postEntries } from '../../src/modules/ledger/index.ts';
import { makeDepartment } from '../../src/modules/org/factories.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { runCli } from '../support/process.ts';

/** `steward ledger dimensions`, `report … --dimension`, `report income-statement --compare` as a child process. */
describe('steward ledger dimensions and comparative CLI', () => {
  let fresh: FreshDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    fresh = await freshDatabase();
    env = { DATABASE_URL: fresh.url };
  });
  afterAll(async () => {
    if (fresh) await dropFreshDatabase(fresh);
  });

  it('tracks a dimension, reports by it, and prints comparative columns', async () => {
    const l = await makeLedger(fresh.db);
    const dep = await makeDepartment(fresh.db, l.companyId, { code: 'SALES' });
    const co = ['--company', l.companyId];
    await fresh.db.tx((tx) =>
      postEntries(tx, l.ctx, [
        {
          date: '2025-01-10',
          description: 'a',
          lines: [
            { account: '1100', debit: '100.00', departmentId: dep.id },
            { account: '4000', credit: '100.00', departmentId: dep.id },
          ],
        },
        {
          date: '2025-02-10',
          description: 'b',
          lines: [
            { account: '1100', debit: '30.00' },
            { account: '4000', credit: '30.00' },
          ],
        },
      ]),
    );
    const refused = await runCli(
      ['report', 'trial-balance', '--as-of', '2025-02-28', '--dimension', 'department=SALES', ...co],
      { env },
    );
    expect(refused.code).not.toBe(0);
    expect((await runCli(['ledger', 'dimensions', 'set', 'department', ...co], { env })).stdout).toBe(
      'tracked: department\n',
    );
    const tb = await runCli(
      [
        'report',
        'trial-balance',
        '--as-of',
        '2025-02-28',
        '--dimension',
        'department=SALES',
        '--format',
        'csv',
        ...co,
      ],
      { env },
    );
    expect(tb.stdout).toBe('code,account,debit,credit\n1100,Receivables,100.00,\n4000,Sales,,100.00\n');
    const monthly = await runCli(
      [
        'report',
        'income-statement',
        '--from',
        '2025-01-01',
        '--to',
        '2025-02-28',
        '--compare',
        'monthly',
        '--format',
        'csv',
        ...co,
      ],
      { env },
    );
    expect(monthly.stdout).toBe('code,account,2025-01,2025-02\n4000,Sales,100.00,30.00\n');
    const prev = await runCli(
      [
        'report',
        'income-statement',
        '--from',
        '2025-02-01',
        '--to',
        '2025-02-28',
        '--compare',
        'previous',
        '--format',
        'csv',
        ...co,
      ],
      { env },
    );
    expect(prev.stdout).toBe(
      'code,account,2025-02-01..2025-02-28,2025-01-01..2025-01-31\n4000,Sales,30.00,100.00\n',
    );
  });
});
