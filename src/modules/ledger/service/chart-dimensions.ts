import type { Sql } from '../../../platform/db/index.ts';
import { listDepartments } from '../../org/index.ts';
import type { AccountType, DefaultDimensions } from './accounts.ts';

/**
 * Account default dimensions in the chart-of-accounts file, one column per dimension:
 * `default_department` (a department code, or id, of the company), `default_cost_centre`, `default_project`,
 * `default_partner`. A column per dimension round-trips any value (no separators to escape) and reads well in a
 * spreadsheet. The export writes all four (department as its code), the import reads them; any other column
 * named `default_…` is an unknown dimension key and every row with a value in it is reported.
 */
export const DEFAULT_DIMENSION_COLUMNS = {
  default_department: 'departmentId',
  default_cost_centre: 'costCentre',
  default_project: 'project',
  default_partner: 'partner',
} as const satisfies Record<string, keyof DefaultDimensions>;
type Column = keyof typeof DEFAULT_DIMENSION_COLUMNS;
const COLUMNS = Object.keys(DEFAULT_DIMENSION_COLUMNS) as Column[];
const MAX_LENGTH = 200;

/** Every department of the company (id, code), through the org module. */
async function departmentsOf(sql: Sql, companyId: string): Promise<{ id: string; code: string }[]> {
  const out: { id: string; code: string }[] = [];
  let cursor: string | undefined;
  do {
    const page = await listDepartments(sql, companyId, {}, { limit: 500, cursor });
    out.push(...page.items.map((d) => ({ id: d.id, code: d.code })));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

interface RowError {
  row: number;
  field: string;
  message: string;
}

/** The default dimensions of each row (index = data row − 1), and the problems found, row by row. */
export async function readDefaultDimensions(
  sql: Sql,
  companyId: string,
  table: readonly Record<string, string>[],
): Promise<{ dims: DefaultDimensions[]; errors: RowError[] }> {
  const errors: RowError[] = [];
  const wantsDepartments = table.some((r) => (r.default_department ?? '').trim());
  const departments = wantsDepartments ? await departmentsOf(sql, companyId) : [];
  const byId = new Map(departments.map((d) => [d.id, d.id]));
  const byCode = new Map(departments.map((d) => [d.code.toUpperCase(), d.id]));
  const dims = table.map((r, i) => {
    const row = i + 1;
    const out: DefaultDimensions = {};
    for (const [key, raw] of Object.entries(r)) {
      if (!key.startsWith('default_')) continue;
      // The CSV export defuses a leading = + - @ with an apostrophe (CSV injection), and `unformula` adds
      // one to a value that already starts with apostrophes before such a character: take one back off.
      const value = (raw ?? '').trim().replace(/^'(?='*[=+\-@])/, '');
      if (!value) continue;
      if (!(COLUMNS as string[]).includes(key)) {
        errors.push({
          row,
          field: key,
          message: `Unknown dimension column "${key}": use ${COLUMNS.join(', ')}.`,
        });
        continue;
      }
      if (value.length > MAX_LENGTH) {
        errors.push({ row, field: key, message: `At most ${MAX_LENGTH} characters.` });
        continue;
      }
      const field = DEFAULT_DIMENSION_COLUMNS[key as Column];
      if (field === 'departmentId') {
        const id = byId.get(value) ?? byCode.get(value.toUpperCase());
        if (!id)
          errors.push({
            row,
            field: key,
            message: `There is no department "${value}" in this company; give a department code (Settings → Departments).`,
          });
        else out.departmentId = id;
      } else out[field] = value;
    }
    return out;
  });
  return { dims, errors };
}

export interface ChartExportRow {
  code: string;
  name: string;
  fullName: string;
  type: AccountType;
  subtype: string | null;
  parent: string | null;
  currency: string | null;
  active: boolean;
  names: Record<string, string>;
  defaults: Record<Column, string>;
}

/**
 * The chart as the import reads it back: parent by code, default dimensions one column each (department by
 * code). One query, in code order.
 */
export async function chartForExport(
  sql: Sql,
  companyId: string,
  activeOnly = false,
): Promise<ChartExportRow[]> {
  const rows = (
    await sql.query<{
      code: string;
      name: string;
      full_name: string;
      type: AccountType;
      subtype: string | null;
      parent: string | null;
      currency: string | null;
      active: boolean;
      names: Record<string, string>;
      dd: DefaultDimensions;
    }>(
      `SELECT a.code, a.name, a.full_name, a.type, a.subtype, p.code AS parent, a.currency, a.active, a.names,
              a.default_dimensions AS dd
         FROM ledger_accounts a
         LEFT JOIN ledger_accounts p ON p.company_id = a.company_id AND p.id = a.parent_id
        WHERE a.company_id = $1 AND ($2::boolean IS FALSE OR a.active)
        ORDER BY a.code`,
      [companyId, activeOnly],
    )
  ).rows;
  const codes = rows.some((r) => r.dd.departmentId)
    ? new Map((await departmentsOf(sql, companyId)).map((d) => [d.id, d.code]))
    : new Map<string, string>();
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    fullName: r.full_name,
    type: r.type,
    subtype: r.subtype,
    parent: r.parent,
    currency: r.currency,
    active: r.active,
    names: r.names ?? {},
    defaults: {
      default_department: r.dd.departmentId ? (codes.get(r.dd.departmentId) ?? r.dd.departmentId) : '',
      default_cost_centre: r.dd.costCentre ?? '',
      default_project: r.dd.project ?? '',
      default_partner: r.dd.partner ?? '',
    },
  }));
}

/** `'-x` would read back as `-x`: one more apostrophe keeps it (see `readDefaultDimensions`). */
const unformula = (v: string) => (/^'+[=+\-@]/.test(v) ? `'${v}` : v);

/** The export's columns, in order: exactly what `importAccounts` reads back (plus full_name and active). */
export const CHART_EXPORT_COLUMNS: { header: string; value: (r: ChartExportRow) => string }[] = [
  { header: 'code', value: (r) => r.code },
  { header: 'name', value: (r) => r.name },
  { header: 'full_name', value: (r) => r.fullName },
  { header: 'type', value: (r) => r.type },
  { header: 'subtype', value: (r) => r.subtype ?? '' },
  { header: 'parent', value: (r) => r.parent ?? '' },
  { header: 'currency', value: (r) => r.currency ?? '' },
  { header: 'active', value: (r) => String(r.active) },
  ...(['en', 'cs', 'es'] as const).map((lang) => ({
    header: `name_${lang}`,
    value: (r: ChartExportRow) => r.names[lang] ?? '',
  })),
  ...COLUMNS.map((c) => ({ header: c, value: (r: ChartExportRow) => unformula(r.defaults[c]) })),
];
