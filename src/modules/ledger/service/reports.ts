import { dayBefore, isCalendarDay } from '../../../kernel/dates.ts';
import { formatMoney } from '../../../kernel/money.ts';
import { decodeCursor, encodeCursor, type Page } from '../../../kernel/pagination.ts';
import { maybeOne, type Sql } from '../../../platform/db/index.ts';
import { ledgerText } from '../i18n.ts';
import type { AccountType } from './accounts.ts';
import { withoutClosing } from './close.ts';
import { baseCurrencyOf } from './company.ts';
import { DIMENSION_COLUMN, type DimensionFilter } from './dimensions.ts';

/**
 * Reports read the maintained balances, never every line: a balance "as of D" is the monthly balances of the
 * months before D's month plus the daily balances of D's month up to D — O(accounts × periods) rows.
 */
function checkDate(d: string, name: string): void {
  if (!isCalendarDay(d)) throw ledgerText.error('validation', 'error.dateParam', { name }, { field: name });
}

export interface AccountBalance {
  accountId: string;
  code: string;
  fullName: string;
  type: AccountType;
  subtype: string | null;
  base: bigint; // debit-positive, base currency minor units
}

const baseCurrency = baseCurrencyOf;

/** Balances of every account at the end of `asOf` (and, with `from`, only the movement from `from` on). */
export async function balancesBetween(
  sql: Sql,
  companyId: string,
  asOf: string,
  from?: string,
  dim?: DimensionFilter,
): Promise<AccountBalance[]> {
  checkDate(asOf, 'asOf');
  if (from) checkDate(from, 'from');
  if (dim) return dimensionBalances(sql, companyId, asOf, from, dim);
  const rows = (
    await sql.query<{
      account_id: string;
      code: string;
      full_name: string;
      type: AccountType;
      subtype: string | null;
      base: string;
    }>(
      `WITH bounds AS (SELECT $2::date AS d, date_trunc('month', $2::date)::date AS m),
            upto AS (
              SELECT account_id, base_amount FROM ledger_balances_monthly, bounds WHERE company_id = $1 AND month < bounds.m
              UNION ALL
              SELECT account_id, base_amount FROM ledger_balances_daily, bounds WHERE company_id = $1 AND day >= bounds.m AND day <= bounds.d
            ),
            before AS (
              SELECT account_id, -base_amount AS base_amount FROM ledger_balances_monthly
               WHERE $3::date IS NOT NULL AND company_id = $1 AND month < date_trunc('month', $3::date)
              UNION ALL
              SELECT account_id, -base_amount FROM ledger_balances_daily
               WHERE $3::date IS NOT NULL AND company_id = $1 AND day >= date_trunc('month', $3::date) AND day < $3::date
            ),
            sums AS (SELECT account_id, sum(base_amount) AS base FROM (SELECT * FROM upto UNION ALL SELECT * FROM before) x GROUP BY account_id)
       SELECT a.id AS account_id, a.code, a.full_name, a.type, a.subtype, s.base::text AS base
         FROM sums s JOIN ledger_accounts a ON a.company_id = $1 AND a.id = s.account_id
        WHERE s.base <> 0 ORDER BY a.code`,
      [companyId, asOf, from ?? null],
    )
  ).rows;
  return rows.map((r) => ({
    accountId: r.account_id,
    code: r.code,
    fullName: r.full_name,
    type: r.type,
    subtype: r.subtype,
    base: BigInt(r.base),
  }));
}

type BalanceRow = {
  account_id: string;
  code: string;
  full_name: string;
  type: AccountType;
  subtype: string | null;
  base: string;
};

/**
 * The same figures restricted to one value of a tracked dimension, over any range: whole months from
 * `ledger_balances_dim_monthly`, the days of the partial months at the edges from `ledger_balances_dim_daily`
 * — the plain reports' approach, O(accounts × periods) rows of that value.
 */
async function dimensionBalances(
  sql: Sql,
  companyId: string,
  asOf: string,
  from: string | undefined,
  dim: DimensionFilter,
): Promise<AccountBalance[]> {
  const rows = (
    await sql.query<BalanceRow>(
      `WITH upto AS (
              SELECT account_id, base_amount FROM ledger_balances_dim_monthly
               WHERE company_id = $1 AND dimension = $2 AND value = $3 AND month < date_trunc('month', $4::date)
              UNION ALL
              SELECT account_id, base_amount FROM ledger_balances_dim_daily
               WHERE company_id = $1 AND dimension = $2 AND value = $3
                 AND day >= date_trunc('month', $4::date) AND day <= $4::date
            ),
            before AS (
              SELECT account_id, -base_amount AS base_amount FROM ledger_balances_dim_monthly
               WHERE $5::date IS NOT NULL AND company_id = $1 AND dimension = $2 AND value = $3
                 AND month < date_trunc('month', $5::date)
              UNION ALL
              SELECT account_id, -base_amount FROM ledger_balances_dim_daily
               WHERE $5::date IS NOT NULL AND company_id = $1 AND dimension = $2 AND value = $3
                 AND day >= date_trunc('month', $5::date) AND day < $5::date
            ),
            sums AS (SELECT account_id, sum(base_amount) AS base FROM (SELECT * FROM upto UNION ALL SELECT * FROM before) x GROUP BY account_id)
       SELECT a.id AS account_id, a.code, a.full_name, a.type, a.subtype, s.base::text AS base
         FROM sums s JOIN ledger_accounts a ON a.company_id = $1 AND a.id = s.account_id
        WHERE s.base <> 0 ORDER BY a.code`,
      [companyId, dim.dimension, dim.value, asOf, from ?? null],
    )
  ).rows;
  return rows.map((r) => ({
    accountId: r.account_id,
    code: r.code,
    fullName: r.full_name,
    type: r.type,
    subtype: r.subtype,
    base: BigInt(r.base),
  }));
}

export interface TrialBalanceRow {
  accountId: string;
  code: string;
  account: string;
  type: AccountType;
  debit: string;
  credit: string;
}

export async function trialBalance(
  sql: Sql,
  companyId: string,
  asOf: string,
  dim?: DimensionFilter,
): Promise<{ currency: string; rows: TrialBalanceRow[]; totalDebit: string; totalCredit: string }> {
  const currency = await baseCurrency(sql, companyId);
  const balances = await balancesBetween(sql, companyId, asOf, undefined, dim);
  let debit = 0n;
  let credit = 0n;
  const rows = balances.map((b) => {
    if (b.base > 0n) debit += b.base;
    else credit -= b.base;
    return {
      accountId: b.accountId,
      code: b.code,
      account: b.fullName,
      type: b.type,
      debit: b.base > 0n ? formatMoney({ amount: b.base, currency }) : '',
      credit: b.base < 0n ? formatMoney({ amount: -b.base, currency }) : '',
    };
  });
  return {
    currency,
    rows,
    totalDebit: formatMoney({ amount: debit, currency }),
    totalCredit: formatMoney({ amount: credit, currency }),
  };
}

export interface StatementRow {
  accountId: string;
  code: string;
  account: string;
  type: AccountType;
  amount: string;
}

/** Income positive, expenses negative, per leaf account, for the period; `net` is the profit. */
export async function incomeStatement(
  sql: Sql,
  companyId: string,
  from: string,
  to: string,
  dim?: DimensionFilter,
): Promise<{ currency: string; rows: StatementRow[]; income: string; expenses: string; net: string }> {
  if (from > to) throw ledgerText.error('validation', 'error.fromAfterTo');
  const currency = await baseCurrency(sql, companyId);
  // A closed year still shows its result: the year-end closing entry is added back.
  const movements = await withoutClosing(
    sql,
    companyId,
    await balancesBetween(sql, companyId, to, from, dim),
    from,
    to,
    dim,
  );
  const balances = movements.filter((b) => b.type === 'income' || b.type === 'expense');
  let income = 0n;
  let expenses = 0n;
  const rows = balances.map((b) => {
    const amount = -b.base;
    if (b.type === 'income') income += amount;
    else expenses += amount;
    return {
      accountId: b.accountId,
      code: b.code,
      account: b.fullName,
      type: b.type,
      amount: formatMoney({ amount, currency }),
    };
  });
  return {
    currency,
    rows,
    income: formatMoney({ amount: income, currency }),
    expenses: formatMoney({ amount: expenses, currency }),
    net: formatMoney({ amount: income + expenses, currency }),
  };
}

export interface BalanceSheetRow {
  section: 'assets' | 'liabilities' | 'equity';
  /** Null for the computed "Current earnings" line. */
  accountId: string | null;
  code: string;
  account: string;
  amount: string;
}

/**
 * Assets debit-positive; liabilities and equity credit-positive; income and expenses not yet closed into equity
 * appear as one equity line "Current earnings". Assets = liabilities + equity, always — except by dimension,
 * where only the lines carrying the value count and their other sides may not: `untagged` is the difference.
 */
export async function balanceSheet(
  sql: Sql,
  companyId: string,
  asOf: string,
  dim?: DimensionFilter,
): Promise<{
  currency: string;
  rows: BalanceSheetRow[];
  assets: string;
  liabilities: string;
  equity: string;
  /** assets − liabilities − equity: zero for the whole company; by dimension, the lines' untagged other sides. */
  untagged: string;
}> {
  const currency = await baseCurrency(sql, companyId);
  const balances = await balancesBetween(sql, companyId, asOf, undefined, dim);
  const rows: BalanceSheetRow[] = [];
  let assets = 0n;
  let liabilities = 0n;
  let equity = 0n;
  let earnings = 0n;
  for (const b of balances) {
    if (b.type === 'asset') {
      assets += b.base;
      rows.push({
        section: 'assets',
        accountId: b.accountId,
        code: b.code,
        account: b.fullName,
        amount: formatMoney({ amount: b.base, currency }),
      });
    } else if (b.type === 'liability') {
      liabilities -= b.base;
      rows.push({
        section: 'liabilities',
        accountId: b.accountId,
        code: b.code,
        account: b.fullName,
        amount: formatMoney({ amount: -b.base, currency }),
      });
    } else if (b.type === 'equity') {
      equity -= b.base;
      rows.push({
        section: 'equity',
        accountId: b.accountId,
        code: b.code,
        account: b.fullName,
        amount: formatMoney({ amount: -b.base, currency }),
      });
    } else {
      earnings -= b.base;
    }
  }
  if (earnings !== 0n) {
    equity += earnings;
    rows.push({
      section: 'equity',
      accountId: null,
      code: '',
      account: 'Current earnings',
      amount: formatMoney({ amount: earnings, currency }),
    });
  }
  return {
    currency,
    rows,
    assets: formatMoney({ amount: assets, currency }),
    liabilities: formatMoney({ amount: liabilities, currency }),
    equity: formatMoney({ amount: equity, currency }),
    untagged: formatMoney({ amount: assets - liabilities - equity, currency }),
  };
}

export interface RegisterRow {
  entryId: string;
  number: string;
  date: string;
  description: string;
  lineNo: number;
  debit: string;
  credit: string;
  balance: string;
  memo: string | null;
}

/**
 * An account's lines in date order with the running balance: the balance before the page comes from the
 * maintained balances plus the same day's earlier lines, so a page costs the same at any depth.
 */
export async function accountRegister(
  sql: Sql,
  companyId: string,
  accountId: string,
  opts: {
    from?: string | undefined;
    to?: string | undefined;
    limit: number;
    cursor?: string | undefined;
    dim?: DimensionFilter | undefined;
  },
): Promise<Page<RegisterRow> & { currency: string }> {
  const dim = opts.dim;
  // Only the lines with the dimension value; the running balance then comes from the dimension balances.
  const dimSql = dim ? `AND l.${DIMENSION_COLUMN[dim.dimension]} = $8` : '';
  const currency = await baseCurrency(sql, companyId);
  let after: [string, string, number] | null = null;
  if (opts.cursor) after = decodeCursor(opts.cursor) as [string, string, number];
  const from = after?.[0] ?? opts.from ?? '0001-01-01';
  const rows = (
    await sql.query<{
      entry_id: string;
      number: string;
      date: string;
      description: string;
      line_no: number;
      base_amount: string;
      memo: string | null;
    }>(
      `SELECT l.entry_id, e.number::text AS number, to_char(l.entry_date, 'YYYY-MM-DD') AS date, e.description, l.line_no, l.base_amount::text, l.memo
         FROM ledger_lines l JOIN ledger_entries e ON e.company_id = l.company_id AND e.id = l.entry_id
        WHERE l.company_id = $1 AND l.account_id = $2 AND l.entry_date >= $3::date AND ($4::date IS NULL OR l.entry_date <= $4::date)
          AND ($5::text IS NULL OR (l.entry_date, l.entry_id, l.line_no) > ($3::date, $5::text, $6::smallint))
          ${dimSql}
        ORDER BY l.entry_date, l.entry_id, l.line_no LIMIT $7`,
      [
        companyId,
        accountId,
        from,
        opts.to ?? null,
        after?.[1] ?? null,
        after?.[2] ?? 0,
        opts.limit + 1,
        ...(dim ? [dim.value] : []),
      ],
    )
  ).rows;
  const page = rows.slice(0, opts.limit);
  const first = page[0];
  let running = 0n;
  if (first) {
    const prior = await balancesBetween(sql, companyId, dayBefore(first.date), undefined, dim);
    running = prior.find((b) => b.accountId === accountId)?.base ?? 0n;
    const sameDay = await maybeOne<{ s: string | null }>(
      sql,
      `SELECT sum(base_amount)::text AS s FROM ledger_lines l WHERE company_id = $1 AND account_id = $2 AND entry_date = $3::date
          AND (entry_id, line_no) < ($4, $5::smallint) ${dim ? `AND l.${DIMENSION_COLUMN[dim.dimension]} = $6` : ''}`,
      [companyId, accountId, first.date, first.entry_id, first.line_no, ...(dim ? [dim.value] : [])],
    );
    running += BigInt(sameDay?.s ?? '0');
  }
  const items = page.map((r) => {
    const amount = BigInt(r.base_amount);
    running += amount;
    return {
      entryId: r.entry_id,
      number: r.number,
      date: r.date,
      description: r.description,
      lineNo: r.line_no,
      memo: r.memo,
      debit: amount > 0n ? formatMoney({ amount, currency }) : '',
      credit: amount < 0n ? formatMoney({ amount: -amount, currency }) : '',
      balance: formatMoney({ amount: running, currency }),
    };
  });
  const last = page[page.length - 1];
  return {
    currency,
    items,
    nextCursor:
      rows.length > opts.limit && last ? encodeCursor([last.date, last.entry_id, last.line_no]) : null,
  };
}

/**
 * The balance of one account in one transaction currency as of `asOf` (inclusive), in that currency's minor units:
 * what a bank statement in that currency must agree with. Set-based on the maintained balances (months before
 * `asOf`'s month, then its days), like every other report.
 */
export async function accountBalanceIn(
  sql: Sql,
  companyId: string,
  accountId: string,
  currency: string,
  asOf: string,
): Promise<bigint> {
  checkDate(asOf, 'asOf');
  const { rows } = await sql.query<{ amount: string }>(
    `SELECT COALESCE(sum(amount), 0)::text AS amount FROM (
       SELECT amount FROM ledger_balances_monthly
        WHERE company_id = $1 AND account_id = $2 AND currency = $3 AND month < date_trunc('month', $4::date)
       UNION ALL
       SELECT amount FROM ledger_balances_daily
        WHERE company_id = $1 AND account_id = $2 AND currency = $3
          AND day >= date_trunc('month', $4::date) AND day <= $4::date) b`,
    [companyId, accountId, currency, asOf],
  );
  return BigInt(rows[0]?.amount ?? '0');
}
