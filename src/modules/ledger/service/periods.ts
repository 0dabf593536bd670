import { addMonths, dayBefore } from '../../../kernel/dates.ts';
import { notFound } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { getCompany } from '../../org/index.ts';
import { ledgerText } from '../i18n.ts';

/**
 * Fiscal years of twelve monthly periods starting in the company's fiscal-year start month. A locked period
 * refuses every posting or reversal dated inside it (`period_locked`, naming the period); unlocking needs a
 * reason, which the audit trail keeps.
 */
export interface PeriodRow {
  id: string;
  fiscalYearId: string;
  startDate: string;
  endDate: string;
  lockedAt: string | null;
}

export interface FiscalYearRow {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  closedAt: string | null;
  periods: PeriodRow[];
}

export async function listFiscalYears(sql: Sql, companyId: string): Promise<FiscalYearRow[]> {
  const years = (
    await sql.query<Omit<FiscalYearRow, 'periods'>>(
      `SELECT id, name, to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(end_date, 'YYYY-MM-DD') AS "endDate",
              closed_at AS "closedAt" FROM ledger_fiscal_years WHERE company_id = $1 ORDER BY start_date`,
      [companyId],
    )
  ).rows;
  const periods = (
    await sql.query<PeriodRow>(
      `SELECT id, fiscal_year_id AS "fiscalYearId", to_char(start_date, 'YYYY-MM-DD') AS "startDate",
              to_char(end_date, 'YYYY-MM-DD') AS "endDate", locked_at AS "lockedAt"
         FROM ledger_periods WHERE company_id = $1 ORDER BY start_date`,
      [companyId],
    )
  ).rows;
  return years.map((y) => ({ ...y, periods: periods.filter((p) => p.fiscalYearId === y.id) }));
}

/** Creates the fiscal year that starts in `startYear` (in the company's start month), with its 12 periods. */
export async function createFiscalYear(
  tx: Tx,
  ctx: ServiceContext,
  startYear: number,
): Promise<FiscalYearRow> {
  if (!Number.isInteger(startYear) || startYear < 1900 || startYear > 2200)
    throw ledgerText.error('validation', 'error.yearRange');
  const company = { m: (await getCompany(tx, ctx.companyId)).fiscalYearStartMonth };
  // One year-maker at a time per company, so overlap checks cannot race.
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ledger.fy:${ctx.companyId}`]);
  const start = `${startYear}-${String(company.m).padStart(2, '0')}-01`;
  const end = dayBefore(addMonths(start, 12));
  const overlap = await maybeOne(
    tx,
    'SELECT 1 FROM ledger_fiscal_years WHERE company_id = $1 AND start_date <= $3 AND end_date >= $2',
    [ctx.companyId, start, end],
  );
  if (overlap) throw ledgerText.error('conflict', 'error.yearOverlap', { start, end });
  const id = newId('fiscalYear');
  const name = company.m === 1 ? String(startYear) : `${startYear}/${startYear + 1}`;
  await tx.query(
    'INSERT INTO ledger_fiscal_years (company_id, id, name, start_date, end_date) VALUES ($1, $2, $3, $4, $5)',
    [ctx.companyId, id, name, start, end],
  );
  for (let i = 0; i < 12; i++) {
    const ps = addMonths(start, i);
    await tx.query(
      'INSERT INTO ledger_periods (company_id, id, fiscal_year_id, start_date, end_date) VALUES ($1, $2, $3, $4, $5)',
      [ctx.companyId, newId('period'), id, ps, dayBefore(addMonths(ps, 1))],
    );
  }
  await recordAudit(tx, {
    ...ctx,
    entityType: 'fiscal_year',
    entityId: id,
    action: 'create',
    after: { name, start, end },
  });
  return (await listFiscalYears(tx, ctx.companyId)).find((y) => y.id === id)!;
}

/** Fiscal years covering every date in `dates` exist afterwards (imports of history). */
export async function ensureFiscalYears(tx: Tx, ctx: ServiceContext, dates: Iterable<string>): Promise<void> {
  const startMonth = (await getCompany(tx, ctx.companyId)).fiscalYearStartMonth;
  const wanted = new Set<number>();
  for (const d of dates) {
    const [y, m] = d.split('-').map(Number) as [number, number];
    wanted.add(m >= startMonth ? y : y - 1);
  }
  const existing = new Set(
    (await listFiscalYears(tx, ctx.companyId)).map((y) => Number(y.startDate.slice(0, 4))),
  );
  for (const year of [...wanted].sort()) if (!existing.has(year)) await createFiscalYear(tx, ctx, year);
}

/** Locks the periods of the given dates FOR SHARE and fails on a locked one or a date outside every year. */
export async function checkPostingDates(tx: Tx, companyId: string, dates: readonly string[]): Promise<void> {
  const unique = [...new Set(dates)];
  const found = (
    await tx.query<{ d: string; period_start: string | null; locked: boolean | null }>(
      `SELECT to_char(d, 'YYYY-MM-DD') AS d, to_char(p.start_date, 'YYYY-MM') AS period_start, p.locked_at IS NOT NULL AS locked
         FROM unnest($2::date[]) AS d
         LEFT JOIN ledger_periods p ON p.company_id = $1 AND d BETWEEN p.start_date AND p.end_date
        ORDER BY d`,
      [companyId, unique],
    )
  ).rows;
  const outside = found.find((r) => r.period_start === null);
  if (outside) {
    throw ledgerText.error('validation', 'error.outsideYears', { date: outside.d }, { date: outside.d });
  }
  const locked = found.find((r) => r.locked);
  if (locked) {
    throw ledgerText.error(
      'period_locked',
      'error.periodLocked',
      { period: locked.period_start, date: locked.d },
      {
        period: locked.period_start,
        date: locked.d,
      },
    );
  }
  // Hold the periods for this transaction: a concurrent lock waits until we commit.
  await tx.query(
    `SELECT 1 FROM ledger_periods p WHERE p.company_id = $1 AND EXISTS (SELECT 1 FROM unnest($2::date[]) d WHERE d BETWEEN p.start_date AND p.end_date) FOR SHARE`,
    [companyId, unique],
  );
}

export async function setPeriodLock(
  tx: Tx,
  ctx: ServiceContext,
  periodStart: string,
  locked: boolean,
  reason?: string,
): Promise<PeriodRow> {
  if (!/^\d{4}-\d{2}$/.test(periodStart)) throw ledgerText.error('validation', 'error.periodName');
  if (!locked && !reason?.trim())
    throw ledgerText.error(
      'validation',
      'error.unlockReason',
      {},
      {
        field: 'reason',
      },
    );
  const row = await maybeOne<{ id: string; locked_at: Date | null }>(
    tx,
    `SELECT id, locked_at FROM ledger_periods WHERE company_id = $1 AND start_date = $2::date FOR UPDATE`,
    [ctx.companyId, `${periodStart}-01`],
  );
  if (!row) throw notFound('Period', periodStart);
  await tx.query(
    'UPDATE ledger_periods SET locked_at = $3, locked_by = $4 WHERE company_id = $1 AND id = $2',
    [ctx.companyId, row.id, locked ? new Date() : null, locked ? ctx.actor.userId : null],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'period',
    entityId: row.id,
    action: locked ? 'lock' : 'unlock',
    before: { locked: Boolean(row.locked_at) },
    after: { locked },
    ...(reason ? { meta: { reason, period: periodStart } } : { meta: { period: periodStart } }),
  });
  return (
    await tx.query<PeriodRow>(
      `SELECT id, fiscal_year_id AS "fiscalYearId", to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(end_date, 'YYYY-MM-DD') AS "endDate", locked_at AS "lockedAt"
         FROM ledger_periods WHERE company_id = $1 AND id = $2`,
      [ctx.companyId, row.id],
    )
  ).rows[0]!;
}
