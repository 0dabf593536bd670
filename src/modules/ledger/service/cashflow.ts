import { dayBefore, isCalendarDay } from '../../../kernel/dates.ts';
import { allocate, formatMoney } from '../../../kernel/money.ts';
import type { Sql } from '../../../platform/db/index.ts';
import { ledgerText } from '../i18n.ts';
import type { AccountType } from './accounts.ts';
import { withoutClosing } from './close.ts';
import { baseCurrencyOf } from './company.ts';
import { DIMENSION_COLUMN, type DimensionFilter } from './dimensions.ts';
import { type AccountBalance, balancesBetween } from './reports.ts';

/**
 * The cash-flow statement for [from, to]; cash is every account with subtype bank or cash. Columns
 * `section,code,account,amount`: a row `opening` (cash at the start), activity rows in sections `operating`,
 * `investing`, `financing`, and a row `closing`; opening + activity rows = closing, always.
 *
 * - direct: the movements of the cash accounts, grouped by counter-account. An entry's net cash movement is
 *   split over its counter-accounts on the other side in proportion to their amounts (largest remainder, so
 *   the parts add up); transfers between cash accounts net to nothing. This is the one report that reads
 *   lines: only the lines of entries that touch a cash account in the period, set-based in one query.
 * - indirect: net income, adjusted by the change of every non-cash balance-sheet account (working capital and
 *   accumulated depreciation in operating, fixed assets in investing, equity and long-term liabilities in
 *   financing) — all from the maintained balances. Year-end closing entries are left out of both net income
 *   and equity, where they would only move the profit between the two.
 *
 * By dimension (`dim`), only the lines carrying the value count: cash is the tagged cash lines. Direct splits
 * an entry's tagged cash movement over its tagged counter-lines, else over all its counter-lines (a bank line
 * tagged, the expense not), else over its untagged cash lines (a transfer out of the value). Indirect adds a
 * row "untagged" (code '') for the other sides that do not carry the value, so opening + activity = closing
 * holds here too.
 */
export type CashFlowMethod = 'direct' | 'indirect';
export type CashFlowSection = 'opening' | 'operating' | 'investing' | 'financing' | 'closing';

export interface CashFlowRow {
  section: CashFlowSection;
  code: string;
  account: string;
  amount: string;
}

export interface CashFlowStatement {
  currency: string;
  method: CashFlowMethod;
  from: string;
  to: string;
  rows: CashFlowRow[];
  opening: string;
  closing: string;
  netChange: string;
  totals: Record<'operating' | 'investing' | 'financing', string>;
}

const CASH = new Set(['bank', 'cash']);
const isCash = (subtype: string | null) => subtype !== null && CASH.has(subtype);

function sectionOf(type: AccountType, subtype: string | null): 'operating' | 'investing' | 'financing' {
  if (subtype === 'fixed_asset') return 'investing';
  if (type === 'equity' || subtype === 'long_term_liability') return 'financing';
  return 'operating';
}

const cashOf = (balances: readonly AccountBalance[]) =>
  balances.filter((b) => isCash(b.subtype)).reduce((s, b) => s + b.base, 0n);

interface Activity {
  section: 'operating' | 'investing' | 'financing';
  code: string;
  account: string;
  amount: bigint;
}

async function directActivities(
  sql: Sql,
  companyId: string,
  from: string,
  to: string,
  dim?: DimensionFilter,
): Promise<Activity[]> {
  const tagged = dim ? `l.${DIMENSION_COLUMN[dim.dimension]} IS NOT DISTINCT FROM $4` : 'true';
  const rows = (
    await sql.query<{
      entry_id: string;
      account_id: string;
      code: string;
      full_name: string;
      type: AccountType;
      subtype: string | null;
      tagged: boolean;
      amount: string;
    }>(
      `WITH cash AS (SELECT id FROM ledger_accounts WHERE company_id = $1 AND subtype IN ('bank', 'cash')),
            moved AS (SELECT DISTINCT entry_id FROM ledger_lines l
                       WHERE company_id = $1 AND entry_date BETWEEN $2::date AND $3::date AND account_id IN (SELECT id FROM cash)
                         AND ${tagged})
       SELECT l.entry_id, l.account_id, a.code, a.full_name, a.type, a.subtype, ${tagged} AS tagged,
              sum(l.base_amount)::text AS amount
         FROM moved m
         JOIN ledger_lines l ON l.company_id = $1 AND l.entry_id = m.entry_id
         JOIN ledger_accounts a ON a.company_id = $1 AND a.id = l.account_id
        GROUP BY l.entry_id, l.account_id, a.code, a.full_name, a.type, a.subtype, 7
        ORDER BY l.entry_id, a.code, 7`,
      dim ? [companyId, from, to, dim.value] : [companyId, from, to],
    )
  ).rows;
  const byAccount = new Map<string, Activity>();
  let i = 0;
  while (i < rows.length) {
    const entryId = rows[i]?.entry_id;
    let j = i;
    while (j < rows.length && rows[j]?.entry_id === entryId) j++;
    const lines = rows.slice(i, j).map((r) => ({ ...r, value: BigInt(r.amount) }));
    i = j;
    const cashNet = lines.filter((l) => l.tagged && isCash(l.subtype)).reduce((s, l) => s + l.value, 0n);
    if (cashNet === 0n) continue;
    // The counter-lines on the other side of the cash movement fund it; split it over them by amount. By
    // dimension: the tagged ones first, else any non-cash one, else the untagged cash ones (a balanced entry
    // always has one of these; without a dimension every line is tagged and the first tier is the only one).
    const otherSide = (l: (typeof lines)[number]) => (cashNet > 0n ? l.value < 0n : l.value > 0n);
    const tiers = [
      lines.filter((l) => l.tagged && !isCash(l.subtype) && otherSide(l)),
      lines.filter((l) => !isCash(l.subtype) && otherSide(l)),
      lines.filter((l) => !l.tagged && isCash(l.subtype) && otherSide(l)),
    ];
    const funding = tiers.find((t) => t.length > 0) ?? [];
    const parts = allocate(
      cashNet,
      funding.map((l) => (l.value < 0n ? -l.value : l.value)),
    );
    funding.forEach((l, k) => {
      const hit = byAccount.get(l.account_id) ?? {
        section: sectionOf(l.type, l.subtype),
        code: l.code,
        account: l.full_name,
        amount: 0n,
      };
      hit.amount += parts[k] ?? 0n;
      byAccount.set(l.account_id, hit);
    });
  }
  return [...byAccount.values()].filter((a) => a.amount !== 0n);
}

async function indirectActivities(
  sql: Sql,
  companyId: string,
  from: string,
  to: string,
  dim?: DimensionFilter,
): Promise<Activity[]> {
  const movements = await withoutClosing(
    sql,
    companyId,
    await balancesBetween(sql, companyId, to, from, dim),
    from,
    to,
    dim,
  );
  let netIncome = 0n;
  const out: Activity[] = [];
  for (const b of movements) {
    if (b.type === 'income' || b.type === 'expense') netIncome -= b.base;
    else if (!isCash(b.subtype))
      out.push({ section: sectionOf(b.type, b.subtype), code: b.code, account: b.fullName, amount: -b.base });
  }
  return [{ section: 'operating', code: '', account: 'Net income', amount: netIncome }, ...out];
}

export async function cashFlowStatement(
  sql: Sql,
  companyId: string,
  from: string,
  to: string,
  method: CashFlowMethod = 'direct',
  dim?: DimensionFilter,
): Promise<CashFlowStatement> {
  for (const [name, d] of [
    ['from', from],
    ['to', to],
  ] as const)
    if (!isCalendarDay(d)) throw ledgerText.error('validation', 'error.dateParam', { name }, { field: name });
  if (from > to) throw ledgerText.error('validation', 'error.fromAfterTo');
  if (method !== 'direct' && method !== 'indirect')
    throw ledgerText.error('validation', 'error.cashflowMethod');
  const currency = await baseCurrencyOf(sql, companyId);
  const [openingBalances, closingBalances, activities] = await Promise.all([
    balancesBetween(sql, companyId, dayBefore(from), undefined, dim),
    balancesBetween(sql, companyId, to, undefined, dim),
    method === 'direct'
      ? directActivities(sql, companyId, from, to, dim)
      : indirectActivities(sql, companyId, from, to, dim),
  ]);
  const opening = cashOf(openingBalances);
  const closing = cashOf(closingBalances);
  if (dim) {
    // The tagged lines need not balance: what their untagged other sides moved keeps the statement whole.
    const untagged = closing - opening - activities.reduce((s, a) => s + a.amount, 0n);
    if (untagged !== 0n)
      activities.push({ section: 'operating', code: '', account: 'Untagged other sides', amount: untagged });
  }
  const fmt = (amount: bigint) => formatMoney({ amount, currency });
  const order = { operating: 0, investing: 1, financing: 2 } as const;
  activities.sort(
    (a, b) => order[a.section] - order[b.section] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  const totals = { operating: 0n, investing: 0n, financing: 0n };
  for (const a of activities) totals[a.section] += a.amount;
  return {
    currency,
    method,
    from,
    to,
    rows: [
      { section: 'opening', code: '', account: 'Cash at the start', amount: fmt(opening) },
      ...activities.map((a) => ({
        section: a.section,
        code: a.code,
        account: a.account,
        amount: fmt(a.amount),
      })),
      { section: 'closing', code: '', account: 'Cash at the end', amount: fmt(closing) },
    ],
    opening: fmt(opening),
    closing: fmt(closing),
    netChange: fmt(closing - opening),
    totals: {
      operating: fmt(totals.operating),
      investing: fmt(totals.investing),
      financing: fmt(totals.financing),
    },
  };
}
