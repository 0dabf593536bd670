import { notFound } from '../../../kernel/errors.ts';
import { formatMoney } from '../../../kernel/money.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { ledgerText } from '../i18n.ts';
import type { AccountType } from './accounts.ts';
import { baseCurrencyOf } from './company.ts';
import { DIMENSION_COLUMN, type DimensionFilter } from './dimensions.ts';
import { reverseEntry } from './entries.ts';
import { type PostedEntry, postEntries } from './posting.ts';
import { type AccountBalance, balancesBetween } from './reports.ts';

/**
 * Year-end close: one closing entry on the year's last day moves every income and expense balance of the year
 * into a retained-earnings (equity) account; then the year is marked closed and all its periods are locked.
 * Everything happens in the caller's transaction, so nobody sees a half-closed year.
 *
 * - Closing twice is refused (`conflict`), as is closing while an earlier year with postings is still open, or
 *   while entries of the year wait as drafts or for approval (they could never be posted afterwards).
 * - The closing entry cannot be reversed on its own (its period is locked, and `reverseEntry` refuses the closing
 *   entry of a closed year whatever the date); `reopenFiscalYear` reverses it and
 *   unlocks the year, with a reason kept in the audit trail, and refuses while a later year is closed.
 */
export const CLOSING_SOURCE = 'fiscal_year_close';

interface YearRow {
  id: string;
  name: string;
  start: string;
  end: string;
  closed_at: Date | null;
  closing_entry_id: string | null;
}

async function lockYear(tx: Tx, companyId: string, id: string): Promise<YearRow> {
  const y = await maybeOne<YearRow>(
    tx,
    `SELECT id, name, to_char(start_date, 'YYYY-MM-DD') AS start, to_char(end_date, 'YYYY-MM-DD') AS "end", closed_at, closing_entry_id
       FROM ledger_fiscal_years WHERE company_id = $1 AND id = $2 FOR UPDATE`,
    [companyId, id],
  );
  if (!y) throw notFound('Fiscal year', id);
  return y;
}

export interface CloseResult {
  fiscalYearId: string;
  name: string;
  closingEntry: PostedEntry | null;
  netIncome: string;
  accountsClosed: number;
}

export async function closeFiscalYear(
  tx: Tx,
  ctx: ServiceContext,
  fiscalYearId: string,
  retainedEarningsAccountId: string,
): Promise<CloseResult> {
  const year = await lockYear(tx, ctx.companyId, fiscalYearId);
  if (year.closed_at)
    throw ledgerText.error('conflict', 'error.yearClosed', { year: year.name }, { year: year.name });
  const re = await maybeOne<{
    id: string;
    code: string;
    type: string;
    active: boolean;
    currency: string | null;
  }>(
    tx,
    'SELECT id, code, type, active, currency FROM ledger_accounts WHERE company_id = $1 AND (id = $2 OR code = $2)',
    [ctx.companyId, retainedEarningsAccountId],
  );
  if (!re)
    throw ledgerText.error('validation', 'error.noRetainedAccount', { account: retainedEarningsAccountId });
  if (re.type !== 'equity' || !re.active)
    throw ledgerText.error('validation', 'error.retainedNotEquity', { code: re.code });
  const earlier = await maybeOne<{ name: string }>(
    tx,
    `SELECT y.name FROM ledger_fiscal_years y
      WHERE y.company_id = $1 AND y.end_date < $2::date AND y.closed_at IS NULL
        AND EXISTS (SELECT 1 FROM ledger_balances_monthly b WHERE b.company_id = $1 AND b.month BETWEEN y.start_date AND y.end_date)
      ORDER BY y.start_date LIMIT 1`,
    [ctx.companyId, year.start],
  );
  if (earlier)
    throw ledgerText.error(
      'conflict',
      'error.closeEarlierFirst',
      { year: earlier.name },
      { year: earlier.name },
    );
  const waiting = await maybeOne<{ n: string }>(
    tx,
    `SELECT count(*)::text AS n FROM ledger_entries WHERE company_id = $1 AND status <> 'posted' AND entry_date BETWEEN $2 AND $3`,
    [ctx.companyId, year.start, year.end],
  );
  if (waiting && waiting.n !== '0')
    throw ledgerText.error('conflict', 'error.unpostedInYear', { count: waiting.n, year: year.name });
  const base = await baseCurrencyOf(tx, ctx.companyId);
  const balances = (await balancesBetween(tx, ctx.companyId, year.end, year.start)).filter(
    (b) => b.type === 'income' || b.type === 'expense',
  );
  const foreign = await maybeOne<{ code: string; currency: string }>(
    tx,
    `SELECT code, currency FROM ledger_accounts WHERE company_id = $1 AND id = ANY($2) AND currency IS NOT NULL AND currency <> $3 LIMIT 1`,
    [ctx.companyId, balances.map((b) => b.accountId), base],
  );
  if (foreign)
    throw ledgerText.error('validation', 'error.foreignAccount', {
      code: foreign.code,
      currency: foreign.currency,
      base,
    });
  const net = balances.reduce((s, b) => s + b.base, 0n); // debit-positive: a profit is negative
  const money = (amount: bigint) => formatMoney({ amount, currency: base });
  let closingEntry: PostedEntry | null = null;
  if (balances.length) {
    const lines = balances.map((b) => ({ account: b.accountId, amount: money(-b.base), currency: base }));
    if (net !== 0n) lines.push({ account: re.id, amount: money(net), currency: base });
    // The year's last period may already be locked; the close itself is allowed to post into it.
    await tx.query(
      `UPDATE ledger_periods SET locked_at = NULL, locked_by = NULL
        WHERE company_id = $1 AND fiscal_year_id = $2 AND $3::date BETWEEN start_date AND end_date`,
      [ctx.companyId, year.id, year.end],
    );
    const posted = await postEntries(tx, ctx, [
      {
        date: year.end,
        description: `Year-end close ${year.name}`,
        reference: `close-${year.name}`,
        lines,
        source: { type: CLOSING_SOURCE, id: year.id },
        tags: { closing: year.name },
      },
    ]);
    closingEntry = posted[0] ?? null;
    if ((closingEntry as { status?: string } | null)?.status === 'pending_approval')
      throw ledgerText.error('conflict', 'error.closingHeld');
  }
  await tx.query(
    `UPDATE ledger_periods SET locked_at = COALESCE(locked_at, now()), locked_by = COALESCE(locked_by, $3)
      WHERE company_id = $1 AND fiscal_year_id = $2`,
    [ctx.companyId, year.id, ctx.actor.userId],
  );
  await tx.query(
    'UPDATE ledger_fiscal_years SET closed_at = now(), closing_entry_id = $3 WHERE company_id = $1 AND id = $2',
    [ctx.companyId, year.id, closingEntry?.id ?? null],
  );
  const result: CloseResult = {
    fiscalYearId: year.id,
    name: year.name,
    closingEntry: closingEntry ?? null,
    netIncome: money(-net),
    accountsClosed: balances.length,
  };
  await recordAudit(tx, {
    ...ctx,
    entityType: 'fiscal_year',
    entityId: year.id,
    action: 'close',
    after: {
      closingEntryId: closingEntry?.id ?? null,
      netIncome: result.netIncome,
      retainedEarnings: re.code,
    },
  });
  return result;
}

/** Undoes a close: unlocks the year, reverses the closing entry on the same day, and marks the year open. */
export async function reopenFiscalYear(
  tx: Tx,
  ctx: ServiceContext,
  fiscalYearId: string,
  reason: string,
): Promise<{ fiscalYearId: string; reversalId: string | null }> {
  if (!reason.trim()) throw ledgerText.error('validation', 'error.reopenReason', {}, { field: 'reason' });
  const year = await lockYear(tx, ctx.companyId, fiscalYearId);
  if (!year.closed_at) throw ledgerText.error('conflict', 'error.yearNotClosed', { year: year.name });
  const later = await maybeOne<{ name: string }>(
    tx,
    'SELECT name FROM ledger_fiscal_years WHERE company_id = $1 AND start_date > $2::date AND closed_at IS NOT NULL LIMIT 1',
    [ctx.companyId, year.start],
  );
  if (later) throw ledgerText.error('conflict', 'error.reopenLaterFirst', { year: later.name });
  await tx.query(
    'UPDATE ledger_periods SET locked_at = NULL, locked_by = NULL WHERE company_id = $1 AND fiscal_year_id = $2',
    [ctx.companyId, year.id],
  );
  // Open first: reverseEntry refuses the closing entry of a year that is still closed.
  await tx.query(
    'UPDATE ledger_fiscal_years SET closed_at = NULL, closing_entry_id = NULL WHERE company_id = $1 AND id = $2',
    [ctx.companyId, year.id],
  );
  let reversalId: string | null = null;
  if (year.closing_entry_id)
    reversalId = (await reverseEntry(tx, ctx, year.closing_entry_id, year.end)).reversal.id;
  await recordAudit(tx, {
    ...ctx,
    entityType: 'fiscal_year',
    entityId: year.id,
    action: 'reopen',
    before: { closingEntryId: year.closing_entry_id },
    after: { reversalId },
    meta: { reason },
  });
  return { fiscalYearId: year.id, reversalId };
}

/**
 * The lines of closing entries (and of their reversals) dated in [from, to], per account: reports of a closed
 * year add these back so the income statement still shows the year's result. Bounded by accounts × closes.
 */
export async function closingLines(
  sql: Sql,
  companyId: string,
  from: string,
  to: string,
  dim?: DimensionFilter,
): Promise<Map<string, bigint>> {
  const rows = (
    await sql.query<{ account_id: string; s: string }>(
      // Two index lookups (migrations/20261123T2100_ledger_perf.sql) instead of an OR that scans every entry.
      `WITH closing AS (SELECT id FROM ledger_entries WHERE company_id = $1 AND source_type = '${CLOSING_SOURCE}'),
            hit AS (
              SELECT id FROM closing
              UNION
              SELECT e.id FROM ledger_entries e WHERE e.company_id = $1 AND e.reversal_of_id IN (SELECT id FROM closing))
       SELECT l.account_id, sum(l.base_amount)::text AS s
         FROM hit JOIN ledger_entries e ON e.company_id = $1 AND e.id = hit.id
         JOIN ledger_lines l ON l.company_id = e.company_id AND l.entry_id = e.id
        WHERE e.entry_date BETWEEN $2::date AND $3::date AND e.status = 'posted'
          ${dim ? `AND l.${DIMENSION_COLUMN[dim.dimension]} = $4` : ''}
        GROUP BY l.account_id`,
      dim ? [companyId, from, to, dim.value] : [companyId, from, to],
    )
  ).rows;
  return new Map(rows.filter((r) => r.s !== '0').map((r) => [r.account_id, BigInt(r.s)]));
}

/** Period movements (from `balancesBetween`) with the year-end closing entries of [from, to] taken out. */
export async function withoutClosing(
  sql: Sql,
  companyId: string,
  balances: readonly AccountBalance[],
  from: string,
  to: string,
  dim?: DimensionFilter,
): Promise<AccountBalance[]> {
  const closing = await closingLines(sql, companyId, from, to, dim);
  if (closing.size === 0) return [...balances];
  const byAccount = new Map(balances.map((b) => [b.accountId, { ...b }]));
  const missing = [...closing.keys()].filter((id) => !byAccount.has(id));
  if (missing.length) {
    const rows = (
      await sql.query<{
        id: string;
        code: string;
        full_name: string;
        type: AccountType;
        subtype: string | null;
      }>(
        'SELECT id, code, full_name, type, subtype FROM ledger_accounts WHERE company_id = $1 AND id = ANY($2)',
        [companyId, missing],
      )
    ).rows;
    for (const r of rows)
      byAccount.set(r.id, {
        accountId: r.id,
        code: r.code,
        fullName: r.full_name,
        type: r.type,
        subtype: r.subtype,
        base: 0n,
      });
  }
  for (const [id, amount] of closing) {
    const b = byAccount.get(id);
    if (b) b.base -= amount;
  }
  return [...byAccount.values()]
    .filter((b) => b.base !== 0n)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
