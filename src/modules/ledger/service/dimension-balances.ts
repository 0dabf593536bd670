import type { Tx } from '../../../platform/db/index.ts';
import type { PostedEntry, PreparedEntry } from './posting.ts';

/**
 * Balances by dimension value — part of posting (`writePostedNow` calls `addToDimensionBalances` in its
 * transaction), kept apart from posting.ts for size. For each tracked dimension, `ledger_balances_dim_monthly`
 * and `ledger_balances_dim_daily` hold account × currency × month (day) × value sums of the lines that carry a
 * value. Only this file and posting.ts write them.
 */
export const DIMENSIONS = ['department', 'cost_centre', 'project', 'partner'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
const DIM_FIELD = {
  department: 'departmentId',
  cost_centre: 'costCentre',
  project: 'project',
  partner: 'partner',
} as const;
/** The per-line (dimension, value) pairs, as SQL over `ledger_lines l`. */
const LINE_DIMS = `(VALUES ('department', l.department_id), ('cost_centre', l.cost_centre), ('project', l.project), ('partner', l.partner))`;
/** Orders posting against changes of the tracked dimensions (`setTrackedDimensions` takes it exclusively). */
export const dimensionLock = (mode: 'shared' | 'exclusive') =>
  `SELECT pg_advisory_xact_lock${mode === 'shared' ? '_shared' : ''}(hashtext('ledger_dimensions:' || $1))`;

type Bucket = { d: string; v: string; a: string; c: string; k: string; x: bigint; b: bigint };

/**
 * Monthly, then daily, balances per tracked dimension value, each upserted in key order after the plain
 * monthly balances (one global lock order: see the README).
 */
export async function addToDimensionBalances(
  tx: Tx,
  companyId: string,
  posted: readonly PostedEntry[],
  prepared: readonly PreparedEntry[],
): Promise<void> {
  await tx.query(dimensionLock('shared'), [companyId]);
  const tracked = (
    await tx.query<{ dimension: Dimension }>(
      'SELECT dimension FROM ledger_dimension_settings WHERE company_id = $1',
      [companyId],
    )
  ).rows.map((r) => r.dimension);
  if (tracked.length === 0) return;
  const months = new Map<string, Bucket>();
  const days = new Map<string, Bucket>();
  const add = (map: Map<string, Bucket>, row: Bucket) => {
    const key = `${row.d}|${row.v}|${row.a}|${row.c}|${row.k}`;
    const hit = map.get(key);
    if (hit) {
      hit.x += row.x;
      hit.b += row.b;
    } else map.set(key, row);
  };
  prepared.forEach((p, i) => {
    const day = (posted[i] as PostedEntry).date;
    const month = `${day.slice(0, 7)}-01`;
    for (const l of p.lines)
      for (const d of tracked) {
        const v = l[DIM_FIELD[d]];
        if (v === null) continue;
        const row = { d, v, a: l.accountId, c: l.currency, x: l.amount, b: l.baseAmount };
        add(months, { ...row, k: month });
        add(days, { ...row, k: day });
      }
  });
  if (months.size === 0) return;
  for (const [table, key, buckets, order] of [
    ['ledger_balances_dim_monthly', 'month', months, 'd, v, a, c, k'],
    ['ledger_balances_dim_daily', 'day', days, 'd, v, k, a, c'],
  ] as const) {
    const rows = [...buckets.values()];
    await tx.query(
      `INSERT INTO ${table} (company_id, dimension, value, account_id, currency, ${key}, amount, base_amount)
       SELECT $1, d, v, a, c, k, x, b
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::bigint[], $8::bigint[]) AS t(d, v, a, c, k, x, b)
        ORDER BY ${order}
       ON CONFLICT (company_id, dimension, value, account_id, currency, ${key})
       DO UPDATE SET amount = ${table}.amount + excluded.amount,
                     base_amount = ${table}.base_amount + excluded.base_amount`,
      [
        companyId,
        ...(['d', 'v', 'a', 'c', 'k', 'x', 'b'] as const).map((f) => rows.map((r) => String(r[f]))),
      ],
    );
  }
}

/**
 * The dimension balances recomputed from the lines, per `month` or `day` (for `verifyLedger` and the
 * backfill); `$1` the company, `$2` the dimensions. The bucket column is named `k`.
 */
export const dimBalancesFromLines = (
  bucket: 'month' | 'day',
) => `SELECT v.dimension, v.value, l.account_id, l.currency,
         ${bucket === 'month' ? "date_trunc('month', l.entry_date)::date" : 'l.entry_date'} AS k,
         sum(l.amount) AS amount, sum(l.base_amount) AS base_amount
    FROM ledger_lines l CROSS JOIN LATERAL ${LINE_DIMS} AS v(dimension, value)
   WHERE l.company_id = $1 AND v.value IS NOT NULL AND v.dimension = ANY($2::text[])
   GROUP BY 1, 2, 3, 4, 5`;

export const DIM_BALANCE_TABLES = [
  ['ledger_balances_dim_monthly', 'month'],
  ['ledger_balances_dim_daily', 'day'],
] as const;

/**
 * Rebuilds the dimension balances of `dimensions` from the existing lines (one INSERT … SELECT per table) and
 * drops those of `dropped`. The caller holds `dimensionLock` exclusively, so no posting runs meanwhile.
 */
export async function rebuildDimensionBalances(
  tx: Tx,
  companyId: string,
  dimensions: readonly Dimension[],
  dropped: readonly Dimension[],
): Promise<void> {
  const all = [...dimensions, ...dropped];
  if (all.length === 0) return;
  for (const [table, key] of DIM_BALANCE_TABLES) {
    await tx.query(`DELETE FROM ${table} WHERE company_id = $1 AND dimension = ANY($2::text[])`, [
      companyId,
      all,
    ]);
    if (dimensions.length === 0) continue;
    await tx.query(
      `INSERT INTO ${table} (company_id, dimension, value, account_id, currency, ${key}, amount, base_amount)
       SELECT $1, x.* FROM (${dimBalancesFromLines(key)}) x ORDER BY dimension, value, k, account_id, currency`,
      [companyId, dimensions],
    );
  }
}
