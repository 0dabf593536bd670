import { newId } from '../../../kernel/ids.ts';
import { isCurrency } from '../../../kernel/money.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { ledgerError, ledgerText } from '../i18n.ts';
import { CHART_TEMPLATES, type ChartTemplate } from '../templates/index.ts';
import { ACCOUNT_TYPES, type AccountType, type DefaultDimensions } from './accounts.ts';
import { readDefaultDimensions } from './chart-dimensions.ts';

/**
 * Charts of accounts in bulk: a template applied to a company, or rows imported from CSV/XLSX. Both insert
 * set-based (one multi-row insert), and both go through `planAccounts`, which checks every row and reports
 * all problems row by row before anything is written.
 */
export const SUBTYPES = [
  'bank',
  'cash',
  'receivable',
  'payable',
  'tax',
  'inventory',
  'fixed_asset',
  'accumulated_depreciation',
  'retained_earnings',
  'current_asset',
  'current_liability',
  'long_term_liability',
  'prepaid',
  'accrued',
  'cost_of_sales',
  'other',
] as const;

export interface PlannedAccount {
  code: string;
  name: string;
  type: AccountType;
  subtype: string | null;
  parent: string | null; // a code, in the file or already in the company
  currency: string | null;
  names: Record<string, string>;
  /** Import only: the account's default dimensions (`chart-dimensions.ts`). */
  defaultDimensions?: DefaultDimensions;
}

export interface RowError {
  row: number; // 1-based data row (the header is row 0)
  field: string;
  message: string;
}

interface Existing {
  id: string;
  code: string;
  full_name: string;
  type: AccountType;
}

/** Checks rows against each other and against the company's accounts; orders parents before children. */
export function planAccounts(
  rows: readonly PlannedAccount[],
  existing: readonly Existing[],
): { ordered: { row: number; account: PlannedAccount }[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const err = (row: number, field: string, message: string) => errors.push({ row, field, message });
  const have = new Map(existing.map((e) => [e.code, e]));
  const inFile = new Map<string, number>();
  rows.forEach((a, i) => {
    const row = i + 1;
    if (!a.code || a.code.length > 40) err(row, 'code', 'The code is required (at most 40 characters).');
    else if (inFile.has(a.code)) err(row, 'code', `The code ${a.code} repeats row ${inFile.get(a.code)}.`);
    else if (have.has(a.code)) err(row, 'code', `An account with the code ${a.code} already exists.`);
    else inFile.set(a.code, row);
    if (!a.name || a.name.length > 200) err(row, 'name', 'The name is required (at most 200 characters).');
    else if (a.name.includes(':')) err(row, 'name', 'A name cannot contain ":" (it separates levels).');
    if (!ACCOUNT_TYPES.includes(a.type))
      err(row, 'type', `The type "${a.type}" is not one of ${ACCOUNT_TYPES.join(', ')}.`);
    if (a.subtype && !(SUBTYPES as readonly string[]).includes(a.subtype))
      err(row, 'subtype', `The subtype "${a.subtype}" is not one of ${SUBTYPES.join(', ')}.`);
    if (a.currency && !isCurrency(a.currency)) err(row, 'currency', `Unknown currency ${a.currency}.`);
  });
  const byCode = new Map(rows.map((a, i) => [a.code, { a, row: i + 1 }]));
  rows.forEach((a, i) => {
    if (!a.parent) return;
    const parentType = byCode.get(a.parent)?.a.type ?? have.get(a.parent)?.type;
    if (!parentType) err(i + 1, 'parent', `There is no parent account ${a.parent}.`);
    else if (parentType !== a.type)
      err(i + 1, 'parent', `A sub-account must have its parent's type (${parentType}), not ${a.type}.`);
  });
  // Parents first (depth order); a cycle leaves rows unplaced.
  const ordered: { row: number; account: PlannedAccount }[] = [];
  const placed = new Set<string>();
  let pending = rows.map((account, i) => ({ row: i + 1, account }));
  while (pending.length) {
    const next = pending.filter(
      ({ account: a }) => !a.parent || have.has(a.parent) || placed.has(a.parent) || !byCode.has(a.parent),
    );
    if (next.length === 0) {
      for (const p of pending) err(p.row, 'parent', `The parent chain of ${p.account.code} is a cycle.`);
      break;
    }
    for (const p of next) {
      ordered.push(p);
      placed.add(p.account.code);
    }
    const done = new Set(next);
    pending = pending.filter((p) => !done.has(p));
  }
  errors.sort((x, y) => x.row - y.row);
  return { ordered, errors };
}

async function existingAccounts(sql: Sql, companyId: string): Promise<Existing[]> {
  return (
    await sql.query<Existing>('SELECT id, code, full_name, type FROM ledger_accounts WHERE company_id = $1', [
      companyId,
    ])
  ).rows;
}

/** One multi-row insert of planned accounts (parents before children), computing ids and full names. */
async function insertPlanned(
  tx: Tx,
  companyId: string,
  ordered: readonly { account: PlannedAccount }[],
  existing: readonly Existing[],
): Promise<number> {
  const known = new Map(existing.map((e) => [e.code, { id: e.id, fullName: e.full_name }]));
  const cols: (string | null)[][] = Array.from({ length: 10 }, () => []);
  for (const { account: a } of ordered) {
    const parent = a.parent ? known.get(a.parent) : undefined;
    const me = { id: newId('account'), fullName: parent ? `${parent.fullName}:${a.name}` : a.name };
    known.set(a.code, me);
    const values = [
      me.id,
      a.code,
      a.name,
      me.fullName,
      a.type,
      a.subtype,
      parent?.id ?? null,
      a.currency,
      JSON.stringify(a.names),
      JSON.stringify(a.defaultDimensions ?? {}),
    ];
    for (const [k, v] of values.entries()) cols[k]?.push(v);
  }
  if (ordered.length === 0) return 0;
  const names = new Set(cols[3]);
  if (names.size !== ordered.length || existing.some((e) => names.has(e.full_name)))
    throw ledgerText.error('conflict', 'error.fullNameClash');
  await tx.query(
    `INSERT INTO ledger_accounts (company_id, id, code, name, full_name, type, subtype, parent_id, currency, names, default_dimensions)
     SELECT $1, id, code, name, full_name, type, subtype, parent_id, currency, names, dd
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::jsonb[], $11::jsonb[])
         AS t(id, code, name, full_name, type, subtype, parent_id, currency, names, dd)`,
    [companyId, ...cols],
  );
  return ordered.length;
}

/**
 * Starts the company's chart from a template. Refuses (conflict) when the company has accounts that are in use
 * (postings, drafts or recurring templates); unused accounts are replaced by the template's.
 */
export async function applyTemplate(
  tx: Tx,
  ctx: ServiceContext,
  template: ChartTemplate | ChartTemplate['key'],
): Promise<{ template: string; created: number; replaced: number }> {
  const t = typeof template === 'string' ? CHART_TEMPLATES[template] : template;
  if (!t) throw ledgerText.error('validation', 'error.unknownTemplate', { template: String(template) });
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ledger.chart:${ctx.companyId}`]);
  const inUse = await maybeOne<{ what: string }>(
    tx,
    `SELECT 'entries' AS what FROM ledger_entries WHERE company_id = $1
     UNION ALL SELECT 'recurring' FROM ledger_recurring_templates WHERE company_id = $1 LIMIT 1`,
    [ctx.companyId],
  );
  if (inUse)
    throw ledgerError('conflict', 'error.chartInUse', {
      what: ledgerText.localizer(inUse.what === 'entries' ? 'word.entries' : 'word.recurring'),
    });
  const replaced = (await tx.query('DELETE FROM ledger_accounts WHERE company_id = $1', [ctx.companyId]))
    .rowCount;
  const rows: PlannedAccount[] = t.accounts.map((a) => ({ ...a, currency: null }));
  const { ordered, errors } = planAccounts(rows, []);
  if (errors.length)
    throw ledgerText.error('validation', 'error.templateInconsistent', { template: t.key }, { errors });
  const created = await insertPlanned(tx, ctx.companyId, ordered, []);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'ledger_chart',
    entityId: ctx.companyId,
    action: 'apply_template',
    after: { template: t.key, created, replaced: replaced ?? 0 },
  });
  return { template: t.key, created, replaced: replaced ?? 0 };
}

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  created: number;
  errors: RowError[];
}

/**
 * Imports accounts (columns: code, name, type, subtype, parent, currency, name_en, name_cs, name_es, and the
 * default dimensions default_department, default_cost_centre, default_project, default_partner). With errors
 * nothing is written and every bad row is reported; a dry run checks everything and writes nothing.
 */
export async function importAccounts(
  tx: Tx,
  ctx: ServiceContext,
  table: readonly Record<string, string>[],
  opts: { dryRun: boolean },
): Promise<ImportReport> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ledger.chart:${ctx.companyId}`]);
  const defaults = await readDefaultDimensions(tx, ctx.companyId, table);
  const rows: PlannedAccount[] = table.map((r, i) => {
    const names: Record<string, string> = {};
    for (const [k, v] of Object.entries(r)) {
      const m = /^name_([a-z]{2})$/.exec(k);
      if (m?.[1] && v) names[m[1]] = v;
    }
    return {
      code: (r.code ?? '').trim(),
      name: (r.name ?? '').trim(),
      type: (r.type ?? '').trim().toLowerCase() as AccountType,
      subtype: (r.subtype ?? '').trim().toLowerCase() || null,
      parent: (r.parent ?? '').trim() || null,
      currency: (r.currency ?? '').trim().toUpperCase() || null,
      names,
      defaultDimensions: defaults.dims[i] ?? {},
    };
  });
  const existing = await existingAccounts(tx, ctx.companyId);
  const planned = planAccounts(rows, existing);
  const { ordered } = planned;
  const errors = [...planned.errors, ...defaults.errors].sort((x, y) => x.row - y.row);
  const report: ImportReport = { dryRun: opts.dryRun, rows: rows.length, created: 0, errors };
  if (opts.dryRun) return report;
  if (errors.length)
    throw ledgerText.error(
      'validation',
      'error.importProblems',
      { count: String(errors.length) },
      { errors },
    );
  report.created = await insertPlanned(tx, ctx.companyId, ordered, existing);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'ledger_chart',
    entityId: ctx.companyId,
    action: 'import',
    after: { created: report.created, codes: rows.map((r) => r.code) },
  });
  return report;
}
