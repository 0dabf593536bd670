import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import type { Sql, Tx } from '../../../platform/db/index.ts';
import { findDepartmentByRef } from '../../org/index.ts';
import { ledgerText } from '../i18n.ts';
import { DIMENSIONS, type Dimension, dimensionLock, rebuildDimensionBalances } from './dimension-balances.ts';

/**
 * Which line dimensions a company tracks balances for ("where asked"). Posting keeps
 * `ledger_balances_dim_monthly` for the tracked ones; turning one on backfills it from the existing lines,
 * turning one off drops its balances. Dimension reports (`DimensionFilter`) read those balances.
 */
export { DIMENSIONS, type Dimension };

/** Restricts a report to the lines with this value of a tracked dimension (for department: its id). */
export interface DimensionFilter {
  dimension: Dimension;
  value: string;
}

/** The `ledger_lines` column of a dimension. */
export const DIMENSION_COLUMN: Record<Dimension, string> = {
  department: 'department_id',
  cost_centre: 'cost_centre',
  project: 'project',
  partner: 'partner',
};

export function isDimension(d: string): d is Dimension {
  return (DIMENSIONS as readonly string[]).includes(d);
}

export async function trackedDimensions(sql: Sql, companyId: string): Promise<Dimension[]> {
  return (
    await sql.query<{ dimension: Dimension }>(
      'SELECT dimension FROM ledger_dimension_settings WHERE company_id = $1 ORDER BY dimension',
      [companyId],
    )
  ).rows.map((r) => r.dimension);
}

/** Sets the tracked dimensions to exactly `wanted`: new ones are backfilled, dropped ones forgotten. */
export async function setTrackedDimensions(
  tx: Tx,
  ctx: ServiceContext,
  wanted: readonly string[],
): Promise<Dimension[]> {
  for (const d of wanted)
    if (!isDimension(d))
      throw ledgerText.error(
        'validation',
        'error.unknownDimension',
        { dimension: d, allowed: DIMENSIONS.join(', ') },
        { field: 'tracked' },
      );
  // Postings take this lock shared: none runs between the backfill's snapshot and the new setting.
  await tx.query(dimensionLock('exclusive'), [ctx.companyId]);
  const before = await trackedDimensions(tx, ctx.companyId);
  const after = DIMENSIONS.filter((d) => wanted.includes(d));
  const added = after.filter((d) => !before.includes(d));
  const dropped = before.filter((d) => !after.includes(d));
  if (added.length === 0 && dropped.length === 0) return before;
  await tx.query(
    'DELETE FROM ledger_dimension_settings WHERE company_id = $1 AND dimension = ANY($2::text[])',
    [ctx.companyId, dropped],
  );
  await tx.query(
    'INSERT INTO ledger_dimension_settings (company_id, dimension) SELECT $1, unnest($2::text[])',
    [ctx.companyId, added],
  );
  await rebuildDimensionBalances(tx, ctx.companyId, added, dropped);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'ledger_dimension_settings',
    entityId: ctx.companyId,
    action: 'update',
    before: { tracked: before },
    after: { tracked: after },
  });
  return after;
}

/**
 * Checks a report's dimension filter: the dimension must be tracked; a department may be given by code or
 * id (the filter carries the id).
 */
export async function resolveDimensionFilter(
  sql: Sql,
  companyId: string,
  dimension: string,
  value: string,
): Promise<DimensionFilter> {
  if (!isDimension(dimension))
    throw ledgerText.error(
      'validation',
      'error.unknownDimension',
      { dimension, allowed: DIMENSIONS.join(', ') },
      {
        field: 'dimension',
      },
    );
  if (!value) throw ledgerText.error('validation', 'error.dimensionValue', {}, { field: 'value' });
  if (!(await trackedDimensions(sql, companyId)).includes(dimension))
    throw ledgerText.error('validation', 'error.dimensionNotTracked', { dimension }, { field: 'dimension' });
  if (dimension !== 'department') return { dimension, value };
  const dep = await findDepartmentByRef(sql, companyId, value);
  if (!dep)
    throw ledgerText.error(
      'validation',
      'error.noDepartmentNamed',
      { department: value },
      { field: 'value' },
    );
  return { dimension, value: dep.id };
}
