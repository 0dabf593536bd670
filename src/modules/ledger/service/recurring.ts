import rrulePkg from 'rrule';
import { now } from '../../../kernel/clock.ts';
import { notFound } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { type Database, maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { ledgerError, ledgerText, reasonOf } from '../i18n.ts';
import { saveDraft } from './entries.ts';
import { type EntryInput, postEntries, prepareEntries } from './posting.ts';

const { RRule } = rrulePkg;

/**
 * Recurring entries: a template (description, lines) with an RFC 5545 RRULE and a start date. `runRecurring`
 * generates every occurrence up to a date as a draft (or posted, if the template says so), exactly once: the
 * occurrence row (primary key company × template × date) is inserted in the same transaction as the entry, so a
 * second worker running at the same moment waits for the first and then skips what it generated.
 */
export const RECURRING_SOURCE = 'recurring';
const MAX_PER_RUN = 1000;

export interface RecurringInput {
  name: string;
  rrule: string;
  startDate: string;
  description: string;
  reference?: string | null | undefined;
  lines: EntryInput['lines'];
  post?: boolean | undefined;
  active?: boolean | undefined;
}

export interface RecurringRow {
  id: string;
  name: string;
  rrule: string;
  startDate: string;
  description: string;
  reference: string | null;
  lines: EntryInput['lines'];
  post: boolean;
  active: boolean;
  generated: number;
  lastOccurrence: string | null;
}

const utc = (d: string) => new Date(`${d}T00:00:00Z`);
const day = (d: Date) => d.toISOString().slice(0, 10);

function parseRule(text: string, startDate: string) {
  const rule = text.trim().replace(/^RRULE:/i, '');
  if (/DTSTART|\n/i.test(rule))
    throw ledgerText.error('validation', 'error.ruleStart', {}, { field: 'rrule' });
  let options: ReturnType<typeof RRule.parseString>;
  try {
    options = RRule.parseString(rule);
  } catch (err) {
    throw ledgerError(
      'validation',
      'error.ruleInvalid',
      { rule, reason: reasonOf(err) },
      {
        field: 'rrule',
      },
    );
  }
  if (options.freq === undefined || options.freq === null)
    throw ledgerText.error('validation', 'error.ruleNoFreq', {}, { field: 'rrule' });
  if (options.freq > RRule.DAILY)
    throw ledgerText.error('validation', 'error.ruleTooOften', {}, { field: 'rrule' });
  return new RRule({ ...options, dtstart: utc(startDate) });
}

/** The occurrence dates (YYYY-MM-DD) of a rule from its start through `through`, inclusive. */
export function occurrences(rule: string, startDate: string, through: string): string[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate) || Number.isNaN(utc(startDate).getTime()))
    throw ledgerText.error('validation', 'error.dateParam', { name: 'startDate' }, { field: 'startDate' });
  const limit = utc(through);
  return parseRule(rule, startDate)
    .all((d, i) => d <= limit && i < MAX_PER_RUN)
    .filter((d) => d <= limit)
    .map(day);
}

const SELECT = `SELECT t.id, t.name, t.rrule, to_char(t.start_date, 'YYYY-MM-DD') AS "startDate", t.entry->>'description' AS description,
  t.entry->>'reference' AS reference, t.entry->'lines' AS lines, t.post, t.active,
  (SELECT count(*)::int FROM ledger_recurring_runs r WHERE r.company_id = t.company_id AND r.template_id = t.id) AS generated,
  (SELECT to_char(max(occurrence), 'YYYY-MM-DD') FROM ledger_recurring_runs r WHERE r.company_id = t.company_id AND r.template_id = t.id) AS "lastOccurrence"
  FROM ledger_recurring_templates t`;

export async function listRecurring(sql: Sql, companyId: string): Promise<RecurringRow[]> {
  return (
    await sql.query<RecurringRow>(`${SELECT} WHERE t.company_id = $1 ORDER BY t.name, t.id`, [companyId])
  ).rows;
}

export async function getRecurring(sql: Sql, companyId: string, id: string): Promise<RecurringRow> {
  const row = await maybeOne<RecurringRow>(sql, `${SELECT} WHERE t.company_id = $1 AND t.id = $2`, [
    companyId,
    id,
  ]);
  if (!row) throw notFound('Recurring entry', id);
  return row;
}

async function check(tx: Tx, companyId: string, input: RecurringInput): Promise<void> {
  if (!input.name.trim()) throw ledgerText.error('validation', 'error.nameRequired', {}, { field: 'name' });
  occurrences(input.rrule, input.startDate, input.startDate);
  // The lines must make a valid entry now (accounts, amounts, balance); posting re-checks each occurrence.
  await prepareEntries(tx, companyId, [
    { date: input.startDate, description: input.description, lines: input.lines },
  ]);
}

const entryJson = (i: Pick<RecurringInput, 'description' | 'reference' | 'lines'>) =>
  JSON.stringify({ description: i.description, reference: i.reference ?? null, lines: i.lines });

export async function createRecurring(
  tx: Tx,
  ctx: ServiceContext,
  input: RecurringInput,
): Promise<RecurringRow> {
  await check(tx, ctx.companyId, input);
  const id = newId('recurring');
  await tx.query(
    `INSERT INTO ledger_recurring_templates (company_id, id, name, rrule, start_date, entry, post, active, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      ctx.companyId,
      id,
      input.name.trim(),
      input.rrule.trim(),
      input.startDate,
      entryJson(input),
      input.post ?? false,
      input.active ?? true,
      ctx.actor.userId,
    ],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'ledger_recurring',
    entityId: id,
    action: 'create',
    after: { ...input },
  });
  return getRecurring(tx, ctx.companyId, id);
}

export async function updateRecurring(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  patch: Partial<RecurringInput>,
): Promise<RecurringRow> {
  const before = await getRecurring(tx, ctx.companyId, id);
  const next: RecurringInput = {
    ...before,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  };
  await check(tx, ctx.companyId, next);
  await tx.query(
    `UPDATE ledger_recurring_templates SET name = $3, rrule = $4, start_date = $5, entry = $6, post = $7, active = $8, updated_at = now()
      WHERE company_id = $1 AND id = $2`,
    [
      ctx.companyId,
      id,
      next.name.trim(),
      next.rrule.trim(),
      next.startDate,
      entryJson(next),
      next.post ?? false,
      next.active ?? true,
    ],
  );
  const after = await getRecurring(tx, ctx.companyId, id);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'ledger_recurring',
    entityId: id,
    action: 'update',
    before: { ...before },
    after: { ...after },
  });
  return after;
}

/** A template that generated entries is kept (deactivate it); one that never ran may be deleted. */
export async function deleteRecurring(tx: Tx, ctx: ServiceContext, id: string): Promise<void> {
  const before = await getRecurring(tx, ctx.companyId, id);
  if (before.generated > 0) throw ledgerText.error('conflict', 'error.recurringHasEntries');
  await tx.query('DELETE FROM ledger_recurring_templates WHERE company_id = $1 AND id = $2', [
    ctx.companyId,
    id,
  ]);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'ledger_recurring',
    entityId: id,
    action: 'delete',
    before: { ...before },
  });
}

export interface RunResult {
  through: string;
  generated: { templateId: string; occurrence: string; entryId: string; status: 'draft' | 'posted' }[];
  failures: { templateId: string; message: string }[];
}

/** Generates the due occurrences of the company's active templates (or of one), each template in its own transaction. */
export async function runRecurring(
  db: Database,
  ctx: ServiceContext,
  opts: {
    through?: string | undefined;
    templateId?: string | undefined;
    progress?: (fraction: number, message: string) => Promise<void>;
  } = {},
): Promise<RunResult> {
  const through = opts.through ?? day(now());
  const templates = (await listRecurring(db, ctx.companyId)).filter((t) =>
    opts.templateId ? t.id === opts.templateId : t.active,
  );
  if (opts.templateId && templates.length === 0) throw notFound('Recurring entry', opts.templateId);
  const result: RunResult = { through, generated: [], failures: [] };
  for (const [k, t] of templates.entries()) {
    try {
      result.generated.push(...(await db.tx((tx) => generate(tx, ctx, t, through))));
    } catch (err) {
      result.failures.push({ templateId: t.id, message: (err as Error).message });
    }
    await opts.progress?.((k + 1) / templates.length, `${t.name}: done`);
  }
  return result;
}

async function generate(
  tx: Tx,
  ctx: ServiceContext,
  t: RecurringRow,
  through: string,
): Promise<RunResult['generated']> {
  const dates = occurrences(t.rrule, t.startDate, through);
  if (dates.length === 0) return [];
  const claimed = (
    await tx.query<{ d: string }>(
      `INSERT INTO ledger_recurring_runs (company_id, template_id, occurrence)
       SELECT $1, $2, d FROM unnest($3::date[]) AS d ORDER BY d
       ON CONFLICT DO NOTHING RETURNING to_char(occurrence, 'YYYY-MM-DD') AS d`,
      [ctx.companyId, t.id, dates],
    )
  ).rows
    .map((r) => r.d)
    .sort();
  if (claimed.length === 0) return [];
  const inputs: EntryInput[] = claimed.map((d) => ({
    date: d,
    description: t.description,
    reference: t.reference,
    lines: t.lines,
    source: { type: RECURRING_SOURCE, id: t.id },
    tags: { recurring: t.id, occurrence: d },
  }));
  let ids: string[];
  if (t.post) ids = (await postEntries(tx, ctx, inputs, 'each')).map((p) => p.id);
  else {
    ids = [];
    for (const input of inputs) ids.push((await saveDraft(tx, ctx, input)).id);
  }
  await tx.query(
    `UPDATE ledger_recurring_runs r SET entry_id = u.entry_id FROM unnest($3::date[], $4::text[]) AS u(d, entry_id)
      WHERE r.company_id = $1 AND r.template_id = $2 AND r.occurrence = u.d`,
    [ctx.companyId, t.id, claimed, ids],
  );
  const status = t.post ? ('posted' as const) : ('draft' as const);
  return claimed.map((occurrence, i) => ({
    templateId: t.id,
    occurrence,
    entryId: ids[i] as string,
    status,
  }));
}
