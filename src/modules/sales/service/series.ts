import { notFound } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { getAccount } from '../../ledger/index.ts';
import type { SeriesInput } from '../contract.ts';
import { salesText } from '../i18n.ts';

/** The seller as printed and sent (the company record has only its names). */
export interface Seller {
  name?: string;
  vatId?: string;
  registrationId?: string;
  street?: string;
  city?: string;
  postalCode?: string;
  country?: string;
  email?: string;
  phone?: string;
  website?: string;
  /** Peppol electronic address (EAS scheme + id), e.g. { scheme: '9929', id: 'CZ12345678' }. */
  endpoint?: { scheme: string; id: string };
  /** A file id (platform/files) of a PNG or JPEG logo for the PDF. */
  logoFileId?: string;
}

export interface SalesSettings {
  seller: Seller;
  receivableAccountId: string | null;
  revenueAccountId: string | null;
  rounding: 'line' | 'document';
  pricesIncludeTax: boolean;
  paymentTermsDays: number;
}

export interface SeriesRow {
  id: string;
  code: string;
  name: string;
  kind: 'invoice' | 'credit_note';
  pattern: string;
  yearlyReset: boolean;
  rounding: 'line' | 'document' | null;
  isDefault: boolean;
  active: boolean;
}

const DEFAULTS: SalesSettings = {
  seller: {},
  receivableAccountId: null,
  revenueAccountId: null,
  rounding: 'document',
  pricesIncludeTax: false,
  paymentTermsDays: 14,
};

export async function getSettings(sql: Sql, companyId: string): Promise<SalesSettings> {
  const row = await maybeOne<SalesSettings>(
    sql,
    `SELECT seller, receivable_account_id AS "receivableAccountId", revenue_account_id AS "revenueAccountId", rounding,
            prices_include_tax AS "pricesIncludeTax", payment_terms_days AS "paymentTermsDays"
       FROM sales_settings WHERE company_id = $1`,
    [companyId],
  );
  return row ?? { ...DEFAULTS };
}

export async function saveSettings(
  tx: Tx,
  ctx: ServiceContext,
  patch: Partial<SalesSettings>,
): Promise<SalesSettings> {
  const before = await getSettings(tx, ctx.companyId);
  const after = {
    ...before,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  };
  for (const field of ['receivableAccountId', 'revenueAccountId'] as const) {
    const id = after[field];
    if (!id) continue;
    try {
      await getAccount(tx, ctx.companyId, id);
    } catch {
      throw salesText.error('validation', 'error.noAccount', { id }, { field });
    }
  }
  await tx.query(
    `INSERT INTO sales_settings (company_id, receivable_account_id, revenue_account_id, rounding, prices_include_tax, payment_terms_days, seller)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (company_id) DO UPDATE SET receivable_account_id = $2, revenue_account_id = $3, rounding = $4,
       prices_include_tax = $5, payment_terms_days = $6, seller = $7, updated_at = now()`,
    [
      ctx.companyId,
      after.receivableAccountId,
      after.revenueAccountId,
      after.rounding,
      after.pricesIncludeTax,
      after.paymentTermsDays,
      JSON.stringify(after.seller ?? {}),
    ],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'sales_settings',
    entityId: ctx.companyId,
    action: 'update',
    before: { ...before },
    after: { ...after },
  });
  return after;
}

const SERIES = `SELECT id, code, name, kind, pattern, yearly_reset AS "yearlyReset", rounding, is_default AS "isDefault", active
  FROM sales_series`;

export async function listSeries(sql: Sql, companyId: string): Promise<SeriesRow[]> {
  return (await sql.query<SeriesRow>(`${SERIES} WHERE company_id = $1 ORDER BY kind, code`, [companyId]))
    .rows;
}

export async function getSeries(sql: Sql, companyId: string, idOrCode: string): Promise<SeriesRow> {
  const row = await maybeOne<SeriesRow>(sql, `${SERIES} WHERE company_id = $1 AND (id = $2 OR code = $2)`, [
    companyId,
    idOrCode,
  ]);
  if (!row) throw notFound('Numbering series', idOrCode);
  return row;
}

function checkPattern(pattern: string): void {
  const n = pattern.match(/\{N+\}/g) ?? [];
  if (n.length !== 1)
    throw salesText.error('validation', 'error.patternCounter', { NNNNN: '{NNNNN}' }, { field: 'pattern' });
  const rest = pattern.replace(/\{N+\}|\{YYYY\}|\{YY\}/g, '');
  if (/[{}]/.test(rest))
    throw salesText.error(
      'validation',
      'error.patternToken',
      { NNNNN: '{NNNNN}', YYYY: '{YYYY}', YY: '{YY}' },
      { field: 'pattern' },
    );
  if (!/^[A-Za-z0-9/_.-]*$/.test(rest))
    throw salesText.error('validation', 'error.patternChars', {}, { field: 'pattern' });
}

/** "INV-{YYYY}-{NNNNN}", 2026, 42 → "INV-2026-00042"; the counter grows past its width, never wraps. */
export function formatNumber(pattern: string, year: number, seq: bigint): string {
  return pattern
    .replace('{YYYY}', String(year).padStart(4, '0'))
    .replace('{YY}', String(year % 100).padStart(2, '0'))
    .replace(/\{(N+)\}/, (_, n: string) => seq.toString().padStart(n.length, '0'));
}

export async function createSeries(tx: Tx, ctx: ServiceContext, input: SeriesInput): Promise<SeriesRow> {
  const row = await insertSeries(tx, ctx, input);
  if (!row)
    throw salesText.error('validation', 'error.seriesExists', { code: input.code }, { field: 'code' });
  return row;
}

/** Inserts and audits a series; null when its code is taken (also by a transaction that committed meanwhile). */
async function insertSeries(tx: Tx, ctx: ServiceContext, input: SeriesInput): Promise<SeriesRow | null> {
  checkPattern(input.pattern);
  if (input.yearlyReset && !/\{YY(YY)?\}/.test(input.pattern))
    throw salesText.error(
      'validation',
      'error.patternYear',
      { YYYY: '{YYYY}', YY: '{YY}' },
      {
        field: 'pattern',
      },
    );
  const id = newId('numberingSeries');
  if (input.isDefault)
    await tx.query(
      'UPDATE sales_series SET is_default = false WHERE company_id = $1 AND kind = $2 AND is_default',
      [ctx.companyId, input.kind],
    );
  const done = await tx.query(
    `INSERT INTO sales_series (company_id, id, code, name, kind, pattern, yearly_reset, rounding, is_default, active)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (company_id, code) DO NOTHING`,
    [
      ctx.companyId,
      id,
      input.code,
      input.name,
      input.kind,
      input.pattern,
      input.yearlyReset,
      input.rounding ?? null,
      input.isDefault ?? false,
      input.active ?? true,
    ],
  );
  if (done.rowCount === 0) return null;
  const row = await getSeries(tx, ctx.companyId, id);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'sales_series',
    entityId: id,
    action: 'create',
    after: { ...row },
  });
  return row;
}

/** Name, rounding, default and active can change; pattern and reset only while no number was given out. */
export async function updateSeries(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  patch: Partial<SeriesInput>,
): Promise<SeriesRow> {
  const before = await getSeries(tx, ctx.companyId, id);
  const after = {
    ...before,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  };
  if (
    after.pattern !== before.pattern ||
    after.yearlyReset !== before.yearlyReset ||
    after.kind !== before.kind
  ) {
    const used = await maybeOne(
      tx,
      'SELECT 1 FROM sales_series_counters WHERE company_id = $1 AND series_id = $2 LIMIT 1',
      [ctx.companyId, before.id],
    );
    if (used)
      throw salesText.error(
        'validation',
        'error.seriesUsed',
        {},
        {
          field: 'pattern',
        },
      );
    checkPattern(after.pattern);
  }
  if (after.isDefault && !before.isDefault)
    await tx.query(
      'UPDATE sales_series SET is_default = false WHERE company_id = $1 AND kind = $2 AND is_default',
      [ctx.companyId, after.kind],
    );
  await tx.query(
    `UPDATE sales_series SET name = $3, pattern = $4, yearly_reset = $5, rounding = $6, is_default = $7, active = $8, kind = $9
      WHERE company_id = $1 AND id = $2`,
    [
      ctx.companyId,
      before.id,
      after.name,
      after.pattern,
      after.yearlyReset,
      after.rounding,
      after.isDefault,
      after.active,
      after.kind,
    ],
  );
  const row = await getSeries(tx, ctx.companyId, before.id);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'sales_series',
    entityId: before.id,
    action: 'update',
    before: { ...before },
    after: { ...row },
  });
  return row;
}

/** The default series of a kind, created on first use (INV {YYYY}-{NNNNN}, CN CN-{YYYY}-{NNNNN}). */
export async function defaultSeries(
  tx: Tx,
  ctx: ServiceContext,
  kind: 'invoice' | 'credit_note',
): Promise<SeriesRow> {
  const row = await maybeOne<SeriesRow>(tx, `${SERIES} WHERE company_id = $1 AND kind = $2 AND is_default`, [
    ctx.companyId,
    kind,
  ]);
  if (row) return row;
  const code = kind === 'invoice' ? 'INV' : 'CN';
  const existing = await maybeOne<SeriesRow>(tx, `${SERIES} WHERE company_id = $1 AND code = $2`, [
    ctx.companyId,
    code,
  ]);
  if (existing) return existing;
  // Parallel first drafts of a fresh company all get here: the insert that loses the race waits for the
  // winner's commit and inserts nothing, and then (read committed) the re-read sees the winner's series.
  const created = await insertSeries(tx, ctx, {
    code,
    name: kind === 'invoice' ? 'Invoices' : 'Credit notes',
    kind,
    pattern: kind === 'invoice' ? '{YYYY}-{NNNNN}' : 'CN-{YYYY}-{NNNNN}',
    yearlyReset: true,
    isDefault: true,
  });
  return created ?? getSeries(tx, ctx.companyId, code);
}

/**
 * Takes `count` consecutive numbers from a series' counter for `year` inside the caller's transaction:
 * one upsert (`next = next + count … RETURNING`) that holds the counter row's lock until commit, so
 * concurrent issuers queue and a rollback gives the numbers back — no gap, no repeat.
 */
export async function takeNumbers(
  tx: Tx,
  companyId: string,
  series: SeriesRow,
  year: number,
  count: number,
): Promise<bigint> {
  const key = series.yearlyReset ? year : 0;
  const row = await maybeOne<{ first: string }>(
    tx,
    `INSERT INTO sales_series_counters (company_id, series_id, year, next) VALUES ($1, $2, $3, $4 + 1)
     ON CONFLICT (company_id, series_id, year) DO UPDATE SET next = sales_series_counters.next + $4
     RETURNING (next - $4)::text AS first`,
    [companyId, series.id, key, count],
  );
  return BigInt(row?.first ?? '1');
}
