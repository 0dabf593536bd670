import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLedger } from '../../src/modules/ledger/factories.ts';
import { createAccount, postEntries, setTrackedDimensions } from '../../src/modules/ledger/index.ts';
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

  it('tracks a dimension, reports by it, and prints comparative columns', { timeout: 120_000 }, async () => {
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

  it('filters the balance sheet, cash flow and register by a dimension over part of a month; exports the chart', {
    timeout: 120_000,
  }, async () => {
    const l = await makeLedger(fresh.db);
    const co = ['--company', l.companyId];
    await fresh.db.tx(async (tx) => {
      await createAccount(tx, l.ctx, {
        code: '1050',
        name: 'Till',
        type: 'asset',
        subtype: 'cash',
        defaultDimensions: { project: 'P1' },
      });
      await setTrackedDimensions(tx, l.ctx, ['project']);
      await postEntries(tx, l.ctx, [
        {
          date: '2025-03-10',
          description: 'cash sale',
          lines: [
            { account: '1050', debit: '40.00' },
            { account: '4000', credit: '40.00', project: 'P1' },
          ],
        },
        {
          date: '2025-03-20',
          description: 'more',
          lines: [
            { account: '1050', debit: '2.00' },
            { account: '4000', credit: '2.00' },
          ],
        },
      ]);
    });
    const csv = ['--format', 'csv', ...co];
    const bs = await runCli(
      ['report', 'balance-sheet', '--as-of', '2025-03-15', '--dimension', 'project=P1', ...csv],
      { env },
    );
    expect(bs.stdout).toBe(
      'section,code,account,amount\nassets,1050,Till,40.00\nequity,,Current earnings,40.00\n',
    );
    const cf = await runCli(
      [
        'report',
        'cash-flow',
        '--from',
        '2025-03-11',
        '--to',
        '2025-03-31',
        '--dimension',
        'project=P1',
        ...csv,
      ],
      { env },
    );
    expect(cf.stdout).toBe(
      'section,code,account,amount\nopening,,Cash at the start,40.00\noperating,4000,Sales,2.00\nclosing,,Cash at the end,42.00\n',
    );
    const reg = await runCli(
      [
        'report',
        'register',
        '--account',
        '1050',
        '--from',
        '2025-03-11',
        '--dimension',
        'project=P1',
        ...csv,
      ],
      { env },
    );
    expect(reg.stdout).toMatch(
      /^date,number,description,debit,credit,balance\n2025-03-20,\d+,more,2\.00,,42\.00\n$/,
    );
    const chart = await runCli(['ledger', 'accounts', 'export', ...co], { env });
    const lines = chart.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'code,name,full_name,type,subtype,parent,currency,active,name_en,name_cs,name_es,default_department,default_cost_centre,default_project,default_partner',
    );
    expect(lines).toContain('1050,Till,Till,asset,cash,,,true,,,,,,P1,');
  });
});
