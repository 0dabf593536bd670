import { notFound } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { formatMoney } from '../../../kernel/money.ts';
import { decodeCursor, encodeCursor, type Page } from '../../../kernel/pagination.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { likeContains, maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { ledgerText } from '../i18n.ts';
import { normalizeRate } from './amounts.ts';
import { holdForApproval } from './approval.ts';
import { baseCurrencyOf } from './company.ts';
import {
  type EntryInput,
  type PostedEntry,
  type PreparedEntry,
  prepareEntries,
  writePosted,
} from './posting.ts';

/** Drafts, submission for approval, posting of drafts, reversal, and reading entries. */
export interface EntryLineView {
  lineNo: number;
  accountId: string;
  accountCode: string;
  accountName: string;
  currency: string;
  debit: string | null;
  credit: string | null;
  baseAmount: string;
  rate: string;
  memo: string | null;
  departmentId: string | null;
  costCentre: string | null;
  project: string | null;
  partner: string | null;
}

export interface EntryView {
  id: string;
  number: string | null;
  date: string;
  description: string;
  reference: string | null;
  status: 'draft' | 'pending_approval' | 'posted';
  reversalOfId: string | null;
  reversedById: string | null;
  postedAt: string | null;
  lines: EntryLineView[] | null;
  draftLines: EntryInput['lines'] | null;
}

interface EntryRow {
  id: string;
  number: string | null;
  date: string;
  description: string;
  reference: string | null;
  status: EntryView['status'];
  reversal_of_id: string | null;
  reversed_by_id: string | null;
  posted_at: Date | null;
  draft_lines: EntryInput['lines'] | null;
}

const ENTRY_SELECT = `SELECT id, number::text AS number, to_char(entry_date, 'YYYY-MM-DD') AS date, description, reference, status,
  reversal_of_id, reversed_by_id, posted_at, draft_lines FROM ledger_entries`;

export async function getEntry(sql: Sql, companyId: string, id: string): Promise<EntryView> {
  const e = await maybeOne<EntryRow>(sql, `${ENTRY_SELECT} WHERE company_id = $1 AND id = $2`, [
    companyId,
    id,
  ]);
  if (!e) throw notFound('Journal entry', id);
  const base = await baseCurrencyOf(sql, companyId);
  const lines =
    e.status === 'posted'
      ? (
          await sql.query<{
            line_no: number;
            account_id: string;
            code: string;
            full_name: string;
            currency: string;
            amount: string;
            base_amount: string;
            rate: string;
            memo: string | null;
            department_id: string | null;
            cost_centre: string | null;
            project: string | null;
            partner: string | null;
          }>(
            `SELECT l.line_no, l.account_id, a.code, a.full_name, l.currency, l.amount::text, l.base_amount::text, l.rate::text, l.memo,
                    l.department_id, l.cost_centre, l.project, l.partner
               FROM ledger_lines l JOIN ledger_accounts a ON a.company_id = l.company_id AND a.id = l.account_id
              WHERE l.company_id = $1 AND l.entry_id = $2 ORDER BY l.line_no`,
            [companyId, id],
          )
        ).rows.map((l) => {
          const amount = BigInt(l.amount);
          const abs = formatMoney({ amount: amount < 0n ? -amount : amount, currency: l.currency });
          return {
            lineNo: l.line_no,
            accountId: l.account_id,
            accountCode: l.code,
            accountName: l.full_name,
            currency: l.currency,
            debit: amount > 0n ? abs : null,
            credit: amount < 0n ? abs : null,
            baseAmount: formatMoney({ amount: BigInt(l.base_amount), currency: base }),
            rate: normalizeRate(l.rate),
            memo: l.memo,
            departmentId: l.department_id,
            costCentre: l.cost_centre,
            project: l.project,
            partner: l.partner,
          };
        })
      : null;
  return {
    id: e.id,
    number: e.number,
    date: e.date,
    description: e.description,
    reference: e.reference,
    status: e.status,
    reversalOfId: e.reversal_of_id,
    reversedById: e.reversed_by_id,
    postedAt: e.posted_at ? e.posted_at.toISOString() : null,
    lines,
    draftLines: e.draft_lines,
  };
}

export interface EntryFilter {
  status?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  q?: string | undefined;
  accountId?: string | undefined;
}

/** The journal: entries newest first, keyset-paginated on (date, id). */
export async function listEntries(
  sql: Sql,
  companyId: string,
  filter: EntryFilter,
  page: { limit: number; cursor?: string | undefined },
): Promise<Page<Omit<EntryView, 'lines' | 'draftLines'> & { total: string }>> {
  const params: unknown[] = [companyId];
  const where = ['e.company_id = $1'];
  const add = (clause: string, v: unknown) => {
    params.push(v);
    where.push(clause.replaceAll('?', `$${params.length}`));
  };
  if (filter.status) add('e.status = ?', filter.status);
  if (filter.from) add('e.entry_date >= ?::date', filter.from);
  if (filter.to) add('e.entry_date <= ?::date', filter.to);
  if (filter.q) add('(e.description ILIKE ? OR e.reference ILIKE ?)', likeContains(filter.q));
  if (filter.accountId)
    add(
      'EXISTS (SELECT 1 FROM ledger_lines l WHERE l.company_id = e.company_id AND l.entry_id = e.id AND l.account_id = ?)',
      filter.accountId,
    );
  if (page.cursor) {
    const [d, id] = decodeCursor(page.cursor);
    params.push(d, id);
    where.push(`(e.entry_date, e.id) < ($${params.length - 1}::date, $${params.length})`);
  }
  params.push(page.limit + 1);
  const rows = (
    await sql.query<EntryRow & { total: string | null }>(
      `SELECT e.id, e.number::text AS number, to_char(e.entry_date, 'YYYY-MM-DD') AS date, e.description, e.reference, e.status,
              e.reversal_of_id, e.reversed_by_id, e.posted_at, NULL AS draft_lines,
              (SELECT sum(base_amount) FILTER (WHERE base_amount > 0)::text FROM ledger_lines l WHERE l.company_id = e.company_id AND l.entry_id = e.id) AS total
         FROM ledger_entries e
        WHERE ${where.join(' AND ')} ORDER BY e.entry_date DESC, e.id DESC LIMIT $${params.length}`,
      params,
    )
  ).rows;
  const base = await baseCurrencyOf(sql, companyId);
  const items = rows.slice(0, page.limit).map((e) => ({
    id: e.id,
    number: e.number,
    date: e.date,
    description: e.description,
    reference: e.reference,
    status: e.status,
    reversalOfId: e.reversal_of_id,
    reversedById: e.reversed_by_id,
    postedAt: e.posted_at ? e.posted_at.toISOString() : null,
    total: formatMoney({ amount: BigInt(e.total ?? '0'), currency: base }),
  }));
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > page.limit && last ? encodeCursor([last.date, last.id]) : null };
}

/** A draft keeps its lines as JSON; it is checked for shape now and for balance when posted. */
export async function saveDraft(
  tx: Tx,
  ctx: ServiceContext,
  input: EntryInput,
  id?: string,
): Promise<EntryView> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date))
    throw ledgerText.error('validation', 'error.entryDate', {}, { field: 'date' });
  if (id) {
    const r = await tx.query(
      `UPDATE ledger_entries SET entry_date = $3, description = $4, reference = $5, draft_lines = $6, updated_at = now()
        WHERE company_id = $1 AND id = $2 AND status = 'draft'`,
      [
        ctx.companyId,
        id,
        input.date,
        input.description,
        input.reference ?? null,
        JSON.stringify(input.lines),
      ],
    );
    if (r.rowCount === 0) throw ledgerText.error('conflict', 'error.editOnlyDraft');
    await recordAudit(tx, {
      ...ctx,
      entityType: 'ledger_entry',
      entityId: id,
      action: 'update_draft',
      after: { date: input.date, description: input.description, lines: input.lines.length },
    });
    return getEntry(tx, ctx.companyId, id);
  }
  const newIdValue = newId('entry');
  await tx.query(
    `INSERT INTO ledger_entries (company_id, id, entry_date, description, reference, status, draft_lines, source_type, source_id, created_by)
     VALUES ($1, $2, $3, $4, $5, 'draft', $6, $7, $8, $9)`,
    [
      ctx.companyId,
      newIdValue,
      input.date,
      input.description,
      input.reference ?? null,
      JSON.stringify(input.lines),
      input.source?.type ?? null,
      input.source?.id ?? null,
      ctx.actor.userId,
    ],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'ledger_entry',
    entityId: newIdValue,
    action: 'create_draft',
    after: { date: input.date, description: input.description, lines: input.lines.length },
  });
  return getEntry(tx, ctx.companyId, newIdValue);
}

export async function deleteDraft(tx: Tx, ctx: ServiceContext, id: string): Promise<void> {
  const r = await tx.query(
    `DELETE FROM ledger_entries WHERE company_id = $1 AND id = $2 AND status IN ('draft', 'pending_approval')`,
    [ctx.companyId, id],
  );
  if (r.rowCount === 0) throw ledgerText.error('conflict', 'error.deleteOnlyUnposted');
  await recordAudit(tx, { ...ctx, entityType: 'ledger_entry', entityId: id, action: 'delete_draft' });
}

async function lockUnposted(tx: Tx, companyId: string, id: string): Promise<EntryRow> {
  const e = await maybeOne<EntryRow>(tx, `${ENTRY_SELECT} WHERE company_id = $1 AND id = $2 FOR UPDATE`, [
    companyId,
    id,
  ]);
  if (!e) throw notFound('Journal entry', id);
  if (e.status === 'posted') throw ledgerText.error('conflict', 'error.alreadyPosted');
  return e;
}

/**
 * The approval hook: a draft is submitted ("pending approval") and validated as if posted, so the approver sees
 * a postable entry. The supervision module decides who approves; posting stays here (`postDraft`).
 */
export async function submitDraft(tx: Tx, ctx: ServiceContext, id: string): Promise<EntryView> {
  const e = await lockUnposted(tx, ctx.companyId, id);
  if (e.status !== 'draft') throw ledgerText.error('conflict', 'error.submitOnlyDraft');
  const { prepared } = await prepareEntries(tx, ctx.companyId, [
    { date: e.date, description: e.description, reference: e.reference, lines: e.draft_lines ?? [] },
  ]);
  // The approval gate sees the submission (its maker is the submitter); without a policy it simply waits
  // for someone who may post it.
  const [held] = await holdForApproval(tx, ctx, prepared, { draftIds: [id], reversalOf: [e.reversal_of_id] });
  if (!held)
    await tx.query(
      `UPDATE ledger_entries SET status = 'pending_approval', updated_at = now() WHERE company_id = $1 AND id = $2`,
      [ctx.companyId, id],
    );
  await recordAudit(tx, { ...ctx, entityType: 'ledger_entry', entityId: id, action: 'submit' });
  return getEntry(tx, ctx.companyId, id);
}

export async function returnToDraft(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  reason: string,
): Promise<EntryView> {
  const e = await lockUnposted(tx, ctx.companyId, id);
  if (e.status !== 'pending_approval') throw ledgerText.error('conflict', 'error.returnOnlySubmitted');
  await tx.query(
    `UPDATE ledger_entries SET status = 'draft', updated_at = now() WHERE company_id = $1 AND id = $2`,
    [ctx.companyId, id],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'ledger_entry',
    entityId: id,
    action: 'return',
    meta: { reason },
  });
  return getEntry(tx, ctx.companyId, id);
}

/** Posts a draft or a submitted entry (the row lock makes a double click post once). */
export async function postDraft(tx: Tx, ctx: ServiceContext, id: string): Promise<PostedEntry> {
  const e = await lockUnposted(tx, ctx.companyId, id);
  const input: EntryInput = {
    date: e.date,
    description: e.description,
    reference: e.reference,
    lines: e.draft_lines ?? [],
  };
  const { prepared } = await prepareEntries(tx, ctx.companyId, [input]);
  const [posted] = await writePosted(tx, ctx, prepared, { audit: 'each', draftIds: [id] });
  if (posted?.status === 'posted' && e.reversal_of_id) {
    await tx.query('UPDATE ledger_entries SET reversed_by_id = $3 WHERE company_id = $1 AND id = $2', [
      ctx.companyId,
      e.reversal_of_id,
      id,
    ]);
  }
  return posted as PostedEntry;
}

/**
 * Reverses a posted entry on `date` with a new entry of negated lines (same rates and base amounts), linked both
 * ways. Optionally leaves a corrected copy of the original as a new draft.
 */
export async function reverseEntry(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  date: string,
  opts: { correctedCopy?: boolean } = {},
): Promise<{ reversal: PostedEntry; copy: EntryView | null }> {
  const original = await maybeOne<EntryRow>(
    tx,
    `${ENTRY_SELECT} WHERE company_id = $1 AND id = $2 FOR UPDATE`,
    [ctx.companyId, id],
  );
  if (!original) throw notFound('Journal entry', id);
  if (original.status !== 'posted') throw ledgerText.error('conflict', 'error.reverseOnlyPosted');
  if (original.reversed_by_id)
    throw ledgerText.error('conflict', 'error.alreadyReversed', { entry: original.reversed_by_id });
  if (original.reversal_of_id) throw ledgerText.error('conflict', 'error.reverseReversal');
  const closes = await maybeOne<{ name: string }>(
    tx,
    'SELECT name FROM ledger_fiscal_years WHERE company_id = $1 AND closing_entry_id = $2 AND closed_at IS NOT NULL',
    [ctx.companyId, id],
  );
  if (closes) throw ledgerText.error('conflict', 'error.reverseClosing', { year: closes.name });
  const waiting = await maybeOne(
    tx,
    `SELECT 1 FROM ledger_entries WHERE company_id = $1 AND reversal_of_id = $2 AND status <> 'posted'`,
    [ctx.companyId, id],
  );
  if (waiting) throw ledgerText.error('conflict', 'error.reversalWaiting');
  const lines = (
    await tx.query<{
      line_no: number;
      account_id: string;
      currency: string;
      amount: string;
      base_amount: string;
      rate: string;
      department_id: string | null;
      cost_centre: string | null;
      project: string | null;
      partner: string | null;
      memo: string | null;
      code: string;
    }>(
      `SELECT l.line_no, l.account_id, l.currency, l.amount::text, l.base_amount::text, l.rate::text, l.department_id, l.cost_centre, l.project, l.partner, l.memo, a.code
         FROM ledger_lines l JOIN ledger_accounts a ON a.company_id = l.company_id AND a.id = l.account_id
        WHERE l.company_id = $1 AND l.entry_id = $2 ORDER BY l.line_no`,
      [ctx.companyId, id],
    )
  ).rows;
  const input: EntryInput = {
    date,
    description: `Reversal of #${original.number}: ${original.description}`.slice(0, 1000),
    reference: original.reference,
    lines: [],
  };
  const prepared: PreparedEntry = {
    input,
    lines: lines.map((l) => ({
      lineNo: l.line_no,
      accountId: l.account_id,
      currency: l.currency,
      amount: -BigInt(l.amount),
      baseAmount: -BigInt(l.base_amount),
      rate: normalizeRate(l.rate),
      departmentId: l.department_id,
      costCentre: l.cost_centre,
      project: l.project,
      partner: l.partner,
      memo: l.memo,
    })),
  };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw ledgerText.error('validation', 'error.reversalDate');
  const [reversal] = await writePosted(tx, ctx, [prepared], { audit: 'each', reversalOf: [id] });
  if (!reversal) throw ledgerText.error('conflict', 'error.reversalNotWritten');
  if (reversal.status === 'posted')
    await tx.query('UPDATE ledger_entries SET reversed_by_id = $3 WHERE company_id = $1 AND id = $2', [
      ctx.companyId,
      id,
      reversal.id,
    ]);
  let copy: EntryView | null = null;
  if (opts.correctedCopy) {
    copy = await saveDraft(tx, ctx, {
      date: original.date,
      description: original.description,
      reference: original.reference,
      lines: lines.map((l) => {
        const amount = BigInt(l.amount);
        const text = formatMoney({ amount: amount < 0n ? -amount : amount, currency: l.currency });
        return {
          account: l.code,
          currency: l.currency,
          ...(amount > 0n ? { debit: text } : { credit: text }),
          rate: normalizeRate(l.rate),
          memo: l.memo,
        };
      }),
    });
  }
  return { reversal, copy };
}
