import { execFileSync, spawnSync } from 'node:child_process';
import { parseMoney } from '../../kernel/money.ts';
import type { Sql } from '../../platform/db/index.ts';
import { balanceSheet, incomeStatement, parseAmount, parseCsv, trialBalance } from './index.ts';

/**
 * Test support: runs the real hledger binary (an oracle nobody here wrote) and reads its CSV output into
 * account → minor units, and reads Steward's reports the same way, so tests compare them to the cent.
 */
export const HLEDGER = spawnSync('hledger', ['--version'], { encoding: 'utf8' }).status === 0;
export const HLEDGER_MISSING = 'hledger is not installed (apt-get install -y hledger; .ci/run installs it)';

export function hledger(args: string[], input?: string): string {
  return execFileSync('hledger', args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });
}

export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** "10400.00 USD", "$-1", "-1,000.00 USD", "0" → minor units (2 decimals). */
export function cents(text: string): bigint {
  const a = parseAmount(text, new Map(), '', '.');
  if (!a) throw new Error(`hledger amount not understood: ${text}`);
  const shift = 2 - a.q.s;
  if (shift < 0) throw new Error(`more than 2 decimals: ${text}`);
  return a.q.n * 10n ** BigInt(shift);
}

/** `hledger bal -O csv …` → account → balance (debit positive); zero rows left out. */
export function hledgerBalances(file: string, args: string[]): Map<string, bigint> {
  const out = new Map<string, bigint>();
  for (const r of parseCsv(hledger(['-f', file, 'bal', '-O', 'csv', ...args])).slice(1)) {
    const [account = '', amount = ''] = r.cells;
    if (account === 'total') continue;
    const v = cents(amount);
    if (v !== 0n) out.set(account, v);
  }
  return out;
}

/** A multi-section report (`is`, `bs`, `bse` -O csv --flat) → section → account → amount as shown. */
export function hledgerSections(file: string, args: string[]): Map<string, Map<string, bigint>> {
  const out = new Map<string, Map<string, bigint>>();
  let section: Map<string, bigint> | null = null;
  for (const r of parseCsv(hledger(['-f', file, ...args, '-O', 'csv', '--flat'])).slice(2)) {
    const [name = '', amount] = r.cells;
    if (name === 'total' || name === 'Net:') continue;
    if (amount === '' || amount === undefined) {
      section = new Map();
      out.set(name, section);
    } else if (section) {
      const v = cents(amount);
      if (v !== 0n) section.set(name, v);
    }
  }
  return out;
}

const toCents = (s: string) => (s ? parseMoney(s, 'USD').amount : 0n);

export async function stewardTrialBalance(
  sql: Sql,
  companyId: string,
  asOf: string,
): Promise<Map<string, bigint>> {
  const tb = await trialBalance(sql, companyId, asOf);
  return new Map(tb.rows.map((r) => [r.account, toCents(r.debit) - toCents(r.credit)]));
}

/** Income statement as hledger's `bal` would show it: debit-positive; `type` keeps only income or expenses. */
export async function stewardIncome(
  sql: Sql,
  companyId: string,
  from: string,
  to: string,
  type?: 'income' | 'expense',
) {
  const is = await incomeStatement(sql, companyId, from, to);
  return new Map(is.rows.filter((r) => !type || r.type === type).map((r) => [r.account, -toCents(r.amount)]));
}

/** Balance sheet sections, each as shown (assets debit-positive, the others credit-positive). */
export async function stewardBalanceSheet(sql: Sql, companyId: string, asOf: string) {
  const bs = await balanceSheet(sql, companyId, asOf);
  const sections = {
    assets: new Map<string, bigint>(),
    liabilities: new Map<string, bigint>(),
    equity: new Map<string, bigint>(),
  };
  for (const r of bs.rows) sections[r.section].set(r.account, toCents(r.amount));
  return sections;
}

export const negate = (m: Map<string, bigint>) => new Map([...m].map(([k, v]) => [k, -v]));

/** Steward's TB, IS and BS against hledger's bal by account type, on one date (and the period up to it). */
export async function compareWithHledger(
  sql: Sql,
  companyId: string,
  file: string,
  asOf: string,
  from: string,
): Promise<{ steward: unknown; hledger: unknown }> {
  const end = nextDay(asOf);
  const bs = await stewardBalanceSheet(sql, companyId, asOf);
  const earnings = bs.equity.get('Current earnings') ?? 0n;
  bs.equity.delete('Current earnings');
  const hlEarnings = [...hledgerBalances(file, ['--end', end, 'type:RX']).values()].reduce(
    (a, b) => a + b,
    0n,
  );
  return {
    steward: {
      tb: await stewardTrialBalance(sql, companyId, asOf),
      income: await stewardIncome(sql, companyId, from, asOf, 'income'),
      expenses: await stewardIncome(sql, companyId, from, asOf, 'expense'),
      assets: bs.assets,
      liabilities: bs.liabilities,
      equity: bs.equity,
      earnings,
    },
    hledger: {
      tb: hledgerBalances(file, ['--end', end]),
      income: hledgerBalances(file, ['--begin', from, '--end', end, 'type:R']),
      expenses: hledgerBalances(file, ['--begin', from, '--end', end, 'type:X']),
      assets: hledgerBalances(file, ['--end', end, 'type:A']),
      liabilities: negate(hledgerBalances(file, ['--end', end, 'type:L'])),
      equity: negate(hledgerBalances(file, ['--end', end, 'type:E'])),
      earnings: -hlEarnings,
    },
  };
}
