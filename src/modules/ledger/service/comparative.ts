import { formatMoney } from '../../../kernel/money.ts';
import type { Sql } from '../../../platform/db/index.ts';
import { ledgerText } from '../i18n.ts';
import type { AccountType } from './accounts.ts';
import { withoutClosing } from './close.ts';
import { baseCurrencyOf } from './company.ts';
import type { DimensionFilter } from './dimensions.ts';
import { balancesBetween } from './reports.ts';

/**
 * The income statement with comparative columns, each column one `balancesBetween` over the maintained
 * balances (plus the add-back of year-end closing entries, so a closed year still shows its result):
 * `previous` — the period of equal length just before (whole months when the period is whole months),
 * `last-year` — the same dates a year earlier, `monthly` — each calendar month of the period.
 */
export type Compare = 'previous' | 'last-year' | 'monthly';

export interface Column {
  label: string;
  from: string;
  to: string;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);
const ymd = (d: string) => d.split('-').map(Number) as [number, number, number];
const monthEnd = (y: number, m: number) => iso(Date.UTC(y, m, 0)); // m is 1-based
const isMonthStart = (d: string) => d.endsWith('-01');
const isMonthEnd = (d: string) => {
  const [y, m] = ymd(d);
  return monthEnd(y, m) === d;
};

function shiftYear(d: string, years: number): string {
  const [y, m, day] = ymd(d);
  const last = Number(monthEnd(y + years, m).slice(8));
  return `${y + years}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

export function comparisonColumns(from: string, to: string, compare: Compare): Column[] {
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(from) ||
    !/^\d{4}-\d{2}-\d{2}$/.test(to) ||
    Number.isNaN(ms(from)) ||
    Number.isNaN(ms(to))
  )
    throw ledgerText.error('validation', 'error.datesParam');
  if (from > to) throw ledgerText.error('validation', 'error.fromAfterTo');
  const current = { label: `${from}..${to}`, from, to };
  if (compare === 'monthly') {
    const cols: Column[] = [];
    let [y, m] = ymd(from);
    for (;;) {
      const start = `${y}-${String(m).padStart(2, '0')}-01`;
      if (start > to) break;
      const end = monthEnd(y, m);
      cols.push({ label: start.slice(0, 7), from: start < from ? from : start, to: end > to ? to : end });
      if (cols.length > 60) throw ledgerText.error('validation', 'error.monthsLimit');
      m += 1;
      if (m === 13) {
        m = 1;
        y += 1;
      }
    }
    return cols;
  }
  if (compare === 'last-year') {
    const pTo = isMonthEnd(to) ? monthEnd(ymd(to)[0] - 1, ymd(to)[1]) : shiftYear(to, -1);
    const pFrom = shiftYear(from, -1);
    return [current, { label: `${pFrom}..${pTo}`, from: pFrom, to: pTo }];
  }
  let pFrom: string;
  const pTo = iso(ms(from) - DAY);
  if (isMonthStart(from) && isMonthEnd(to)) {
    const [fy, fm] = ymd(from);
    const [ty, tm] = ymd(to);
    const months = (ty - fy) * 12 + (tm - fm) + 1;
    pFrom = iso(Date.UTC(fy, fm - 1 - months, 1));
  } else pFrom = iso(ms(from) - (ms(to) - ms(from) + DAY));
  return [current, { label: `${pFrom}..${pTo}`, from: pFrom, to: pTo }];
}

export interface ComparativeRow {
  accountId: string;
  code: string;
  account: string;
  type: AccountType;
  amounts: string[]; // one per column; income positive, expenses negative
}

export async function comparativeIncomeStatement(
  sql: Sql,
  companyId: string,
  from: string,
  to: string,
  compare: Compare,
  dim?: DimensionFilter,
): Promise<{
  currency: string;
  columns: Column[];
  rows: ComparativeRow[];
  income: string[];
  expenses: string[];
  net: string[];
}> {
  const columns = comparisonColumns(from, to, compare);
  const currency = await baseCurrencyOf(sql, companyId);
  const accounts = new Map<string, Omit<ComparativeRow, 'amounts'> & { values: bigint[] }>();
  const income = columns.map(() => 0n);
  const expenses = columns.map(() => 0n);
  for (const [k, col] of columns.entries()) {
    const movements = await balancesBetween(sql, companyId, col.to, col.from, dim);
    for (const b of await withoutClosing(sql, companyId, movements, col.from, col.to, dim)) {
      if ((b.type !== 'income' && b.type !== 'expense') || b.base === 0n) continue;
      let row = accounts.get(b.accountId);
      if (!row) {
        row = {
          accountId: b.accountId,
          code: b.code,
          account: b.fullName,
          type: b.type,
          values: columns.map(() => 0n),
        };
        accounts.set(b.accountId, row);
      }
      row.values[k] = -b.base;
      if (b.type === 'income') income[k] = (income[k] ?? 0n) - b.base;
      else expenses[k] = (expenses[k] ?? 0n) - b.base;
    }
  }
  const fmt = (amount: bigint) => formatMoney({ amount, currency });
  const rows = [...accounts.values()]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map(({ values, ...r }) => ({ ...r, amounts: values.map(fmt) }));
  return {
    currency,
    columns,
    rows,
    income: income.map(fmt),
    expenses: expenses.map(fmt),
    net: income.map((v, i) => fmt(v + (expenses[i] ?? 0n))),
  };
}
