import { DIMENSIONS, resolveDimensionFilter, type trackedDimensions } from '../../modules/ledger/index.ts';
import { UsageError } from '../support.ts';

/** `--dimension department=CODE-or-id` (or cost_centre=…, project=…, partner=…). */
export async function dimensionOption(
  db: Parameters<typeof trackedDimensions>[0],
  companyId: string,
  text?: string,
) {
  if (text === undefined) return undefined;
  const eq = text.indexOf('=');
  if (eq <= 0)
    throw new UsageError(`--dimension must be NAME=VALUE (${DIMENSIONS.join(', ')}), got "${text}".`);
  return resolveDimensionFilter(db, companyId, text.slice(0, eq), text.slice(eq + 1));
}
export const DIMENSION_HELP =
  'only lines with this dimension value, e.g. department=SALES (a tracked dimension; any dates)';
