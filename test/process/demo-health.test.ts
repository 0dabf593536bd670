import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/index.ts';
import { addMonths } from '../../src/kernel/dates.ts';
import { listBankAccounts } from '../../src/modules/banking/index.ts';
import { accountBalanceIn, listAccounts } from '../../src/modules/ledger/index.ts';
import { steward } from '../support/compose.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { runCli } from '../support/process.ts';

/** Issue #11: the demo looks like a healthy company, and the CLI's reports show it. */
describe('the demo company is healthy', () => {
  let fresh: FreshDatabase;
  let env: Record<string, string>;
  let companyId: string;
  const today = new Date().toISOString().slice(0, 10);
  beforeAll(async () => {
    fresh = await freshDatabase();
    env = { DATABASE_URL: fresh.url };
    companyId = (await seedDemo(fresh.db, steward))!.companyId;
  }, 240_000);
  afterAll(async () => {
    if (fresh) await dropFreshDatabase(fresh);
  });

  it('has one chart of accounts (the US template, no second tree of path-named accounts)', async () => {
    const accounts = await listAccounts(fresh.db, companyId);
    expect(accounts.filter((a) => a.code.includes(':')).map((a) => a.code)).toEqual([]);
    expect(accounts.filter((a) => a.subtype === 'receivable').map((a) => a.code)).toEqual(['1100']);
    const bankCodes = (await listBankAccounts(fresh.db, companyId)).map(
      (b) => accounts.find((a) => a.id === b.ledgerAccountId)?.code,
    );
    expect(bankCodes.sort()).toEqual(['1000', '1020', '1050']);
  });

  it('cash flow shows bank movements and the forecast opens at the bank balance, both positive', async () => {
    // From the first day of last month: the demo's receipts (last month) and its statement (this month).
    const from = addMonths(`${today.slice(0, 7)}-01`, -1);
    const cf = await runCli(['report', 'cash-flow', '--from', from, '--to', today, '--format', 'csv'], {
      env,
    });
    expect(cf.stderr).toBe('');
    const rows = cf.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const amount = (r: string[]) => Number(r.at(-1));
    const opening = rows.find((r) => r[0] === 'opening')!;
    const closing = rows.find((r) => r[0] === 'closing')!;
    const movements = rows.filter((r) => r[0] !== 'opening' && r[0] !== 'closing' && amount(r) !== 0);
    expect(amount(opening)).toBeGreaterThan(0);
    expect(amount(closing)).toBeGreaterThan(0);
    expect(movements.length).toBeGreaterThan(0);

    const usd = (await listBankAccounts(fresh.db, companyId)).filter((b) => b.currency === 'USD');
    let bank = 0n;
    for (const b of usd) bank += await accountBalanceIn(fresh.db, companyId, b.ledgerAccountId, 'USD', today);
    expect(bank).toBeGreaterThan(0n);
    const fc = await runCli(
      ['report', 'cash-forecast', '--as-of', today, '--currency', 'USD', '--format', 'json'],
      {
        env,
      },
    );
    expect(fc.stderr).toBe('');
    const forecast = JSON.parse(fc.stdout) as { openingMinor: string; series: { cumulative: string }[] };
    expect(BigInt(forecast.openingMinor)).toBe(bank);
  });
});
