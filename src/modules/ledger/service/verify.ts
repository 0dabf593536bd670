import type { Sql } from '../../../platform/db/index.ts';
import { normalizeRate } from './amounts.ts';
import { DIM_BALANCE_TABLES, dimBalancesFromLines } from './dimension-balances.ts';
import { entryHash, type PreparedLine } from './posting.ts';

/**
 * `steward verify` for the books: entries balance, maintained balances equal a recomputation from the lines,
 * no posted entry changed since posting (its hash), nothing posted into a period after it was locked.
 */
export interface LedgerProblem {
  kind: 'unbalanced' | 'balance_mismatch' | 'hash_mismatch' | 'posted_in_locked_period';
  message: string;
}

export async function verifyLedger(
  sql: Sql,
  companyId: string,
  opts: { maxProblems?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<{ ok: boolean; problems: LedgerProblem[]; entriesChecked: number }> {
  const max = opts.maxProblems ?? 20;
  const problems: LedgerProblem[] = [];
  const unbalanced = await sql.query<{ entry_id: string; min: string; s: string }>(
    `SELECT entry_id, min(currency), sum(amount)::text AS s FROM ledger_lines WHERE company_id = $1
      GROUP BY entry_id HAVING count(DISTINCT currency) = 1 AND sum(amount) <> 0
     UNION ALL
     SELECT entry_id, 'base', sum(base_amount)::text FROM ledger_lines WHERE company_id = $1 GROUP BY entry_id HAVING sum(base_amount) <> 0
     LIMIT $2`,
    [companyId, max],
  );
  for (const r of unbalanced.rows)
    problems.push({
      kind: 'unbalanced',
      message: `entry ${r.entry_id} does not balance in ${r.min} (off by ${r.s} minor units)`,
    });
  for (const [table, bucket, key] of [
    ['ledger_balances_daily', 'entry_date', 'day'],
    ['ledger_balances_monthly', "date_trunc('month', entry_date)::date", 'month'],
  ] as const) {
    const mismatched = await sql.query<{
      account_id: string;
      currency: string;
      k: string;
      kept: string | null;
      actual: string | null;
    }>(
      `WITH actual AS (SELECT account_id, currency, ${bucket} AS k, sum(amount) AS amount, sum(base_amount) AS base
                         FROM ledger_lines WHERE company_id = $1 GROUP BY 1, 2, 3),
            kept AS (SELECT account_id, currency, ${key} AS k, amount, base_amount AS base FROM ${table} WHERE company_id = $1)
       SELECT coalesce(a.account_id, k.account_id) AS account_id, coalesce(a.currency, k.currency) AS currency, coalesce(a.k, k.k)::text AS k,
              k.base::text AS kept, a.base::text AS actual
         FROM actual a FULL JOIN kept k ON a.account_id = k.account_id AND a.currency = k.currency AND a.k = k.k
        WHERE a.amount IS DISTINCT FROM k.amount OR a.base IS DISTINCT FROM k.base
        LIMIT $2`,
      [companyId, max],
    );
    for (const r of mismatched.rows) {
      // A kept zero with no lines is fine (posting then reversing in one bucket).
      if (r.actual === null && r.kept === '0') continue;
      problems.push({
        kind: 'balance_mismatch',
        message: `${table} for account ${r.account_id} ${r.currency} ${r.k}: kept ${r.kept ?? 'nothing'}, lines say ${r.actual ?? 'nothing'}`,
      });
    }
  }
  // Dimension balances (monthly and daily): for the tracked dimensions, equal to the lines; none for the others.
  for (const [table, key] of DIM_BALANCE_TABLES) {
    const dims = await sql.query<{
      dimension: string;
      value: string;
      account_id: string;
      currency: string;
      k: string;
      kept: string | null;
      actual: string | null;
    }>(
      `WITH actual AS (${dimBalancesFromLines(key).replace('$2::text[]', "coalesce((SELECT array_agg(dimension) FROM ledger_dimension_settings WHERE company_id = $1), '{}')::text[]")}),
            kept AS (SELECT dimension, value, account_id, currency, ${key} AS k, amount, base_amount FROM ${table} WHERE company_id = $1)
       SELECT coalesce(a.dimension, k.dimension) AS dimension, coalesce(a.value, k.value) AS value,
              coalesce(a.account_id, k.account_id) AS account_id, coalesce(a.currency, k.currency) AS currency,
              coalesce(a.k, k.k)::text AS k, k.base_amount::text AS kept, a.base_amount::text AS actual
         FROM actual a FULL JOIN kept k ON a.dimension = k.dimension AND a.value = k.value AND a.account_id = k.account_id
                                       AND a.currency = k.currency AND a.k = k.k
        WHERE (a.amount IS DISTINCT FROM k.amount OR a.base_amount IS DISTINCT FROM k.base_amount)
          AND NOT (a.dimension IS NULL AND k.amount = 0 AND k.base_amount = 0
                   AND k.dimension IN (SELECT dimension FROM ledger_dimension_settings WHERE company_id = $1))
        LIMIT $2`,
      [companyId, max],
    );
    for (const r of dims.rows)
      problems.push({
        kind: 'balance_mismatch',
        message: `${table} for ${r.dimension} ${r.value}, account ${r.account_id} ${r.currency} ${r.k}: kept ${r.kept ?? 'nothing'}, lines say ${r.actual ?? 'nothing'}`,
      });
  }
  const locked = await sql.query<{ id: string; period: string }>(
    `SELECT e.id, to_char(p.start_date, 'YYYY-MM') AS period FROM ledger_entries e
       JOIN ledger_periods p ON p.company_id = e.company_id AND e.entry_date BETWEEN p.start_date AND p.end_date
      WHERE e.company_id = $1 AND e.status = 'posted' AND p.locked_at IS NOT NULL AND e.posted_at > p.locked_at LIMIT $2`,
    [companyId, max],
  );
  for (const r of locked.rows)
    problems.push({
      kind: 'posted_in_locked_period',
      message: `entry ${r.id} was posted into ${r.period} after it was locked`,
    });
  const entriesChecked = await checkHashes(sql, companyId, problems, max, opts.onProgress);
  return { ok: problems.length === 0, problems: problems.slice(0, max), entriesChecked };
}

async function checkHashes(
  sql: Sql,
  companyId: string,
  problems: LedgerProblem[],
  max: number,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const total = Number(
    (
      await sql.query<{ n: string }>(
        `SELECT count(*)::text AS n FROM ledger_entries WHERE company_id = $1 AND status = 'posted'`,
        [companyId],
      )
    ).rows[0]?.n ?? 0,
  );
  let checked = 0;
  let after = '';
  for (;;) {
    const batch = (
      await sql.query<{
        id: string;
        number: string;
        date: string;
        description: string;
        reference: string | null;
        hash: string;
        lines: [number, string, string, string, string, string][];
      }>(
        `SELECT e.id, e.number::text AS number, to_char(e.entry_date, 'YYYY-MM-DD') AS date, e.description, e.reference, e.hash,
                (SELECT json_agg(json_build_array(l.line_no, l.account_id, l.currency, l.amount::text, l.base_amount::text, l.rate::text) ORDER BY l.line_no)
                   FROM ledger_lines l WHERE l.company_id = e.company_id AND l.entry_id = e.id) AS lines
           FROM ledger_entries e WHERE e.company_id = $1 AND e.status = 'posted' AND e.id > $2 ORDER BY e.id LIMIT 2000`,
        [companyId, after],
      )
    ).rows;
    for (const e of batch) {
      const lines: PreparedLine[] = (e.lines ?? []).map(
        ([lineNo, accountId, currency, amount, base, rate]) => ({
          lineNo,
          accountId,
          currency,
          amount: BigInt(amount),
          baseAmount: BigInt(base),
          rate: normalizeRate(rate),
          departmentId: null,
          costCentre: null,
          project: null,
          partner: null,
          memo: null,
        }),
      );
      if (entryHash(e, lines) !== e.hash && problems.length < max) {
        problems.push({
          kind: 'hash_mismatch',
          message: `entry ${e.id} (#${e.number}) changed after it was posted`,
        });
      }
    }
    checked += batch.length;
    onProgress?.(checked, total);
    if (batch.length < 2000) return checked;
    after = batch[batch.length - 1]?.id ?? after;
  }
}
