import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postEntries } from '../../src/modules/ledger/index.ts';
import { makeCompany } from '../../src/modules/org/factories.ts';
import { SYSTEM_ACTOR } from '../../src/platform/context.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { runCli } from '../support/process.ts';

/** `steward ledger accounts apply-template|import`, `report cash-flow`, `close-year`, `recurring` as a child process. */
describe('steward ledger extras CLI', () => {
  let fresh: FreshDatabase;
  let env: Record<string, string>;
  let companyId: string;
  beforeAll(async () => {
    fresh = await freshDatabase();
    env = { DATABASE_URL: fresh.url };
    companyId = (await makeCompany(fresh.db, { baseCurrency: 'USD' })).company.id;
  });
  afterAll(async () => {
    if (fresh) await dropFreshDatabase(fresh);
  });

  it('applies a template, imports accounts, reports cash flow, runs recurring entries and closes the year', async () => {
    const co = ['--company', companyId];
    for (const y of ['2025', '2026'])
      expect((await runCli(['ledger', 'fiscal-year', 'create', y, ...co], { env })).code).toBe(0);
    const applied = await runCli(['ledger', 'accounts', 'apply-template', 'generic', ...co], { env });
    expect(applied.stdout).toMatch(/^generic: 43 accounts created/);
    const file = join(tmpdir(), `accounts-${process.pid}.csv`);
    writeFileSync(file, 'code,name,type,subtype,parent\n1030,Second bank,asset,bank,1000\n9,Bad,thing,,\n');
    const dry = await runCli(['ledger', 'accounts', 'import', file, '--dry-run', ...co], { env });
    expect(dry.code).toBe(2);
    expect(dry.stderr).toContain('row 2 type');
    writeFileSync(file, 'code,name,type,subtype,parent\n1030,Second bank,asset,bank,1000\n');
    expect((await runCli(['ledger', 'accounts', 'import', file, ...co], { env })).stdout).toBe(
      '1 accounts imported\n',
    );

    const ctx = { actor: SYSTEM_ACTOR, companyId, requestId: null };
    await fresh.db.tx((tx) =>
      postEntries(tx, ctx, [
        {
          date: '2025-01-02',
          description: 'Capital',
          lines: [
            { account: '1020', debit: '1000.00' },
            { account: '3010', credit: '1000.00' },
          ],
        },
        {
          date: '2025-01-09',
          description: 'Sale',
          lines: [
            { account: '1030', debit: '250.00' },
            { account: '4020', credit: '250.00' },
          ],
        },
      ]),
    );
    const cf = await runCli(
      ['report', 'cash-flow', '--from', '2025-01-01', '--to', '2025-01-31', '--format', 'csv', ...co],
      { env },
    );
    expect(cf.stdout.trim().split('\n')).toEqual([
      'section,code,account,amount',
      'opening,,Cash at the start,0.00',
      'operating,4020,Revenue:Sales of services,250.00',
      'financing,3010,Owner equity:Share capital,1000.00',
      'closing,,Cash at the end,1250.00',
    ]);

    const made = await runCli(
      [
        'ledger',
        'recurring',
        'create',
        '--name',
        'Rent',
        '--rrule',
        'FREQ=MONTHLY;BYMONTHDAY=1',
        '--start',
        '2025-02-01',
        '--debit',
        '6010=100.00',
        '--credit',
        '1020=100.00',
        '--post',
        ...co,
      ],
      { env },
    );
    expect(made.code).toBe(0);
    const run = await runCli(['ledger', 'recurring', 'run', '--through', '2025-12-31', ...co], { env });
    expect(run.stdout).toBe('11 entr(ies) generated through 2025-12-31\n');
    expect(
      (await runCli(['ledger', 'recurring', 'run', '--through', '2025-12-31', ...co], { env })).stdout,
    ).toMatch(/^0 entr/);

    const closed = await runCli(['ledger', 'close-year', '2025', '--retained-earnings', '3100', ...co], {
      env,
    });
    expect(closed.stdout).toMatch(/^2025 closed: net income -850.00, 2 accounts closed by entry/);
    const again = await runCli(['ledger', 'close-year', '2025', '--retained-earnings', '3100', ...co], {
      env,
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already closed');
    expect((await runCli(['verify', ...co], { env })).code).toBe(0);
  }, 180_000);
});
