import { isCurrency } from '../../../kernel/money.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import type { Sql, Tx } from '../../../platform/db/index.ts';
import { ledgerError, where } from '../i18n.ts';
import { normalizeRate, parseRate } from './amounts.ts';

/** Exchange rates: units of the base currency per one unit of the currency, by day. Posting uses the latest on or before the entry date and stores it on the line. */
export async function setRates(
  tx: Tx,
  ctx: ServiceContext,
  rates: readonly { currency: string; date: string; rate: string }[],
): Promise<number> {
  rates.forEach((r, i) => {
    if (!isCurrency(r.currency))
      throw ledgerError('validation', 'error.rowUnknownCurrency', {
        where: where.row(i + 1),
        currency: r.currency,
      });
    parseRate(r.rate, where.row(i + 1));
  });
  await tx.query(
    `INSERT INTO ledger_exchange_rates (company_id, currency, rate_date, rate)
     SELECT $1, c, d, r FROM unnest($2::text[], $3::date[], $4::numeric[]) AS t(c, d, r)
     ON CONFLICT (company_id, currency, rate_date) DO UPDATE SET rate = excluded.rate`,
    [
      ctx.companyId,
      rates.map((r) => r.currency),
      rates.map((r) => r.date),
      rates.map((r) => normalizeRate(r.rate)),
    ],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'exchange_rates',
    entityId: ctx.companyId,
    action: 'set',
    meta: { count: rates.length, first: rates[0] ?? null },
  });
  return rates.length;
}

export async function listRates(
  sql: Sql,
  companyId: string,
  currency?: string,
): Promise<{ currency: string; date: string; rate: string }[]> {
  return (
    await sql.query<{ currency: string; date: string; rate: string }>(
      `SELECT currency, to_char(rate_date, 'YYYY-MM-DD') AS date, rate::text AS rate FROM ledger_exchange_rates
        WHERE company_id = $1 AND ($2::text IS NULL OR currency = $2) ORDER BY rate_date DESC, currency LIMIT 1000`,
      [companyId, currency ?? null],
    )
  ).rows.map((r) => ({ ...r, rate: normalizeRate(r.rate) }));
}
