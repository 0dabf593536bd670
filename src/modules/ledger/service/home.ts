import type { Sql } from '../../../platform/db/index.ts';

/**
 * Figures for the home page, set-based on the maintained balances (never every line): the balances of many
 * (account, currency) pairs in one query, and the journal drafts a person left.
 */

/** A ledger account in one transaction currency (a bank account's ledger account and the bank's currency). */
export interface AccountInCurrency {
  accountId: string;
  currency: string;
}

/**
 * The balance of each (account, currency) pair as of `asOf` (inclusive), in that currency's minor units —
 * `accountBalanceIn` for many pairs at once. Keyed `accountId currency`; a pair with no movement is 0.
 */
export async function accountBalancesIn(
  sql: Sql,
  companyId: string,
  pairs: readonly AccountInCurrency[],
  asOf: string,
): Promise<Map<string, bigint>> {
  const out = new Map(pairs.map((p) => [balanceKey(p), 0n]));
  if (pairs.length === 0) return out;
  const { rows } = await sql.query<{ account_id: string; currency: string; amount: string }>(
    `WITH wanted AS (SELECT * FROM unnest($2::text[], $3::text[]) AS w(account_id, currency))
     SELECT b.account_id, b.currency, sum(b.amount)::text AS amount FROM (
       SELECT m.account_id, m.currency, m.amount FROM ledger_balances_monthly m JOIN wanted w USING (account_id, currency)
        WHERE m.company_id = $1 AND m.month < date_trunc('month', $4::date)
       UNION ALL
       SELECT d.account_id, d.currency, d.amount FROM ledger_balances_daily d JOIN wanted w USING (account_id, currency)
        WHERE d.company_id = $1 AND d.day >= date_trunc('month', $4::date) AND d.day <= $4::date) b
     GROUP BY b.account_id, b.currency`,
    [companyId, pairs.map((p) => p.accountId), pairs.map((p) => p.currency), asOf],
  );
  for (const r of rows)
    out.set(balanceKey({ accountId: r.account_id, currency: r.currency }), BigInt(r.amount));
  return out;
}

export function balanceKey(p: AccountInCurrency): string {
  return `${p.accountId} ${p.currency}`;
}

/** How many journal entries `userId` saved as drafts (not yet submitted or posted). */
export async function draftEntryCount(sql: Sql, companyId: string, userId: string): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ledger_entries WHERE company_id = $1 AND status = 'draft' AND created_by = $2`,
    [companyId, userId],
  );
  return rows[0]?.n ?? 0;
}
