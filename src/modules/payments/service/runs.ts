import { createHash } from 'node:crypto';
import { notFound } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { formatMoney } from '../../../kernel/money.ts';
import { decodeCursor, encodeCursor } from '../../../kernel/pagination.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { paymentsText } from '../i18n.ts';

/**
 * Payment runs as stored. A run is a proposal (draft; items can be dropped or lowered), then maybe waits for
 * approval, then is released exactly once: `markReleased` is a conditional UPDATE, so a second release — a
 * double click, a retry, the approval executor racing a direct release — finds nothing to update and is refused.
 */

export type RunStatus = 'draft' | 'pending_approval' | 'released' | 'cancelled';
export type BankFileFormat = 'sepa' | 'nacha';

export interface RunItemView {
  id: string;
  position: number;
  documentId: string;
  documentNumber: string;
  partyId: string;
  partyName: string;
  dueDate: string | null;
  open: string;
  amount: string;
  amountMinor: bigint;
  included: boolean;
  paymentReference: string | null;
  controlAccountId: string;
  paymentId: string | null;
}

export interface RunView {
  id: string;
  number: string;
  status: RunStatus;
  bankAccountId: string;
  currency: string;
  format: BankFileFormat;
  executionDate: string;
  dueBy: string;
  partyId: string | null;
  approvalRequestId: string | null;
  note: string;
  createdAt: string;
  releasedAt: string | null;
  total: string;
  count: number;
  file: { id: string; name: string; sha256: string } | null;
  items: RunItemView[];
}

interface RunRow {
  id: string;
  number: string;
  status: RunStatus;
  bank_account_id: string;
  currency: string;
  format: BankFileFormat;
  execution_date: string;
  due_by: string;
  party_id: string | null;
  approval_request_id: string | null;
  note: string;
  created_at: Date;
  released_at: Date | null;
  total: string;
  count: string;
  file_id: string | null;
  file_name: string | null;
  file_sha: string | null;
}

const RUN_SELECT = `SELECT r.id, r.number, r.status, r.bank_account_id, r.currency, r.format,
    to_char(r.execution_date, 'YYYY-MM-DD') AS execution_date, to_char(r.due_by, 'YYYY-MM-DD') AS due_by, r.party_id,
    r.approval_request_id, r.note, r.created_at, r.released_at,
    coalesce((SELECT sum(amount_minor) FROM payment_run_items i WHERE i.company_id = r.company_id AND i.run_id = r.id AND i.included), 0)::text AS total,
    (SELECT count(*) FROM payment_run_items i WHERE i.company_id = r.company_id AND i.run_id = r.id AND i.included)::text AS count,
    f.id AS file_id, f.name AS file_name, f.sha256 AS file_sha
  FROM payment_runs r LEFT JOIN payment_run_files f ON f.company_id = r.company_id AND f.run_id = r.id`;

function runView(r: RunRow, items: RunItemView[]): RunView {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    bankAccountId: r.bank_account_id,
    currency: r.currency,
    format: r.format,
    executionDate: r.execution_date,
    dueBy: r.due_by,
    partyId: r.party_id,
    approvalRequestId: r.approval_request_id,
    note: r.note,
    createdAt: r.created_at.toISOString(),
    releasedAt: r.released_at?.toISOString() ?? null,
    total: formatMoney({ amount: BigInt(r.total), currency: r.currency }),
    count: Number.parseInt(r.count, 10),
    file: r.file_id ? { id: r.file_id, name: r.file_name ?? '', sha256: r.file_sha ?? '' } : null,
    items,
  };
}

export interface NewRunItem {
  documentId: string;
  documentNumber: string;
  partyId: string;
  partyName: string;
  dueDate: string | null;
  openMinor: bigint;
  paymentReference: string | null;
  controlAccountId: string;
}

export interface NewRun {
  bankAccountId: string;
  currency: string;
  format: BankFileFormat;
  executionDate: string;
  dueBy: string;
  partyId: string | null;
  note: string;
  items: NewRunItem[];
}

async function audit(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  action: string,
  after: Record<string, unknown>,
  before?: Record<string, unknown>,
) {
  await recordAudit(tx, {
    actor: ctx.actor,
    companyId: ctx.companyId,
    requestId: ctx.requestId,
    entityType: 'payment_run',
    entityId: id,
    action,
    before: before ?? null,
    after,
  });
}

export async function insertRun(tx: Tx, ctx: ServiceContext, run: NewRun): Promise<RunView> {
  if (run.items.length === 0) {
    throw paymentsText.error(
      'validation',
      'error.nothingDue',
      {},
      {
        reason: 'nothing_due',
      },
    );
  }
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('payments:run-number:' || $1))`, [ctx.companyId]);
  const last = await maybeOne<{ n: string }>(
    tx,
    `SELECT max(substring(number FROM '[0-9]+$')::bigint)::text AS n FROM payment_runs WHERE company_id = $1`,
    [ctx.companyId],
  );
  const number = `PR-${String(BigInt(last?.n ?? '0') + 1n).padStart(5, '0')}`;
  const id = newId('paymentRun');
  await tx.query(
    `INSERT INTO payment_runs (company_id, id, number, bank_account_id, currency, format, execution_date, due_by, party_id, note, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      ctx.companyId,
      id,
      number,
      run.bankAccountId,
      run.currency,
      run.format,
      run.executionDate,
      run.dueBy,
      run.partyId,
      run.note,
      ctx.actor.userId,
    ],
  );
  const it = run.items;
  await tx.query(
    `INSERT INTO payment_run_items (company_id, id, run_id, position, document_id, document_number, party_id, party_name, due_date,
       open_minor, amount_minor, payment_reference, control_account_id)
     SELECT $1, u.id, $2, u.pos, u.doc, u.num, u.party, u.pname, u.due, u.open, u.open, u.ref, u.ctl
       FROM unnest($3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::date[], $10::bigint[], $11::text[], $12::text[])
         AS u(id, pos, doc, num, party, pname, due, open, ref, ctl)`,
    [
      ctx.companyId,
      id,
      it.map(() => newId('paymentRunItem')),
      it.map((_, i) => i + 1),
      it.map((x) => x.documentId),
      it.map((x) => x.documentNumber),
      it.map((x) => x.partyId),
      it.map((x) => x.partyName),
      it.map((x) => x.dueDate),
      it.map((x) => x.openMinor.toString()),
      it.map((x) => x.paymentReference),
      it.map((x) => x.controlAccountId),
    ],
  );
  const saved = await getRun(tx, ctx.companyId, id);
  await audit(tx, ctx, id, 'create', {
    number,
    bankAccountId: run.bankAccountId,
    currency: run.currency,
    format: run.format,
    total: saved.total,
    count: saved.count,
  });
  return saved;
}

export async function getRun(sql: Sql, companyId: string, id: string): Promise<RunView> {
  const r = await maybeOne<RunRow>(sql, `${RUN_SELECT} WHERE r.company_id = $1 AND r.id = $2`, [
    companyId,
    id,
  ]);
  if (!r) throw notFound('Payment run', id);
  const { rows } = await sql.query<{
    id: string;
    position: number;
    document_id: string;
    document_number: string;
    party_id: string;
    party_name: string;
    due_date: string | null;
    open_minor: string;
    amount_minor: string;
    included: boolean;
    payment_reference: string | null;
    control_account_id: string;
    payment_id: string | null;
  }>(
    `SELECT id, position, document_id, document_number, party_id, party_name, to_char(due_date, 'YYYY-MM-DD') AS due_date,
            open_minor::text, amount_minor::text, included, payment_reference, control_account_id, payment_id
       FROM payment_run_items WHERE company_id = $1 AND run_id = $2 ORDER BY position`,
    [companyId, id],
  );
  const m = (s: string) => formatMoney({ amount: BigInt(s), currency: r.currency });
  return runView(
    r,
    rows.map((i) => ({
      id: i.id,
      position: i.position,
      documentId: i.document_id,
      documentNumber: i.document_number,
      partyId: i.party_id,
      partyName: i.party_name,
      dueDate: i.due_date,
      open: m(i.open_minor),
      amount: m(i.amount_minor),
      amountMinor: BigInt(i.amount_minor),
      included: i.included,
      paymentReference: i.payment_reference,
      controlAccountId: i.control_account_id,
      paymentId: i.payment_id,
    })),
  );
}

export async function listRuns(
  sql: Sql,
  companyId: string,
  f: { status?: RunStatus | undefined; limit?: number | undefined; cursor?: string | undefined } = {},
): Promise<{ items: Omit<RunView, 'items'>[]; nextCursor: string | null }> {
  const args: unknown[] = [companyId];
  const where = ['r.company_id = $1'];
  if (f.status) {
    args.push(f.status);
    where.push(`r.status = $${args.length}`);
  }
  if (f.cursor) {
    const [at, id] = decodeCursor(f.cursor);
    if (typeof at !== 'string' || typeof id !== 'string')
      throw paymentsText.error('validation', 'error.badCursor');
    args.push(at, id);
    where.push(`(r.created_at, r.id) < ($${args.length - 1}::timestamptz, $${args.length})`);
  }
  const limit = Math.min(Math.max(f.limit ?? 50, 1), 500);
  args.push(limit + 1);
  const { rows } = await sql.query<RunRow>(
    `${RUN_SELECT} WHERE ${where.join(' AND ')} ORDER BY r.created_at DESC, r.id DESC LIMIT $${args.length}`,
    args,
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => {
      const { items: _items, ...rest } = runView(r, []);
      return rest;
    }),
    nextCursor: more && last ? encodeCursor([last.created_at.toISOString(), last.id]) : null,
  };
}

/** Documents already proposed in a run that is not released or cancelled: a new proposal leaves them out. */
export async function documentsInOpenRuns(sql: Sql, companyId: string): Promise<Set<string>> {
  const { rows } = await sql.query<{ document_id: string }>(
    `SELECT i.document_id FROM payment_run_items i JOIN payment_runs r ON r.company_id = i.company_id AND r.id = i.run_id
      WHERE i.company_id = $1 AND i.included AND r.status IN ('draft', 'pending_approval')`,
    [companyId],
  );
  return new Set(rows.map((r) => r.document_id));
}

/** Locks the run row and checks it is still an editable proposal. */
async function lockDraft(
  tx: Tx,
  companyId: string,
  runId: string,
): Promise<{ number: string; currency: string }> {
  const r = await maybeOne<{ status: RunStatus; number: string; currency: string }>(
    tx,
    'SELECT status, number, currency FROM payment_runs WHERE company_id = $1 AND id = $2 FOR UPDATE',
    [companyId, runId],
  );
  if (!r) throw notFound('Payment run', runId);
  if (r.status !== 'draft')
    throw paymentsText.error('conflict', 'error.runNotChangeable', {
      number: r.number,
      status: paymentsText.localizer(`word.runStatus.${r.status}`),
    });
  return r;
}

/** Drop a bill from the proposal (included=false) or pay less than is open. */
export async function updateRunItem(
  tx: Tx,
  ctx: ServiceContext,
  runId: string,
  itemId: string,
  patch: { included?: boolean | undefined; amountMinor?: bigint | undefined },
): Promise<RunView> {
  const run = await lockDraft(tx, ctx.companyId, runId);
  const item = await maybeOne<{
    open_minor: string;
    amount_minor: string;
    included: boolean;
    document_number: string;
  }>(
    tx,
    'SELECT open_minor::text, amount_minor::text, included, document_number FROM payment_run_items WHERE company_id = $1 AND run_id = $2 AND id = $3',
    [ctx.companyId, runId, itemId],
  );
  if (!item) throw notFound('Payment run item', itemId);
  const amount = patch.amountMinor ?? BigInt(item.amount_minor);
  if (amount <= 0n || amount > BigInt(item.open_minor)) {
    throw paymentsText.error(
      'validation',
      'error.runAmountRange',
      {
        document: item.document_number,
        open: formatMoney({ amount: BigInt(item.open_minor), currency: run.currency }),
      },
      { reason: 'amount_out_of_range' },
    );
  }
  const included = patch.included ?? item.included;
  await tx.query(
    'UPDATE payment_run_items SET amount_minor = $4, included = $5 WHERE company_id = $1 AND run_id = $2 AND id = $3',
    [ctx.companyId, runId, itemId, amount.toString(), included],
  );
  await audit(
    tx,
    ctx,
    runId,
    'update_item',
    { item: itemId, amount: amount.toString(), included },
    { amount: item.amount_minor, included: item.included },
  );
  return getRun(tx, ctx.companyId, runId);
}

/** draft → pending_approval, remembering the request. */
export async function markPending(
  tx: Tx,
  ctx: ServiceContext,
  runId: string,
  requestId: string,
): Promise<void> {
  const r = await tx.query(
    `UPDATE payment_runs SET status = 'pending_approval', approval_request_id = $3 WHERE company_id = $1 AND id = $2 AND status = 'draft'`,
    [ctx.companyId, runId, requestId],
  );
  if (r.rowCount !== 1) throw paymentsText.error('conflict', 'error.runNotDraft');
  await audit(tx, ctx, runId, 'submit', { status: 'pending_approval', approvalRequestId: requestId });
}

/** pending_approval → draft (rejected, withdrawn or expired). */
export async function backToDraft(tx: Tx, ctx: ServiceContext, runId: string, reason: string): Promise<void> {
  const r = await tx.query(
    `UPDATE payment_runs SET status = 'draft', note = left($3, 1000) WHERE company_id = $1 AND id = $2 AND status = 'pending_approval'`,
    [ctx.companyId, runId, reason],
  );
  if (r.rowCount === 1) await audit(tx, ctx, runId, 'return', { status: 'draft', reason });
}

/**
 * draft/pending_approval → released, once. Returns false when the run was already released (or cancelled), so
 * the caller refuses — this one UPDATE is what makes a double release impossible.
 */
export async function markReleased(
  tx: Tx,
  ctx: ServiceContext,
  runId: string,
  allowPending: boolean,
): Promise<boolean> {
  const r = await tx.query(
    `UPDATE payment_runs SET status = 'released', released_at = now(), released_by = $3
      WHERE company_id = $1 AND id = $2 AND (status = 'draft' OR ($4 AND status = 'pending_approval'))`,
    [ctx.companyId, runId, ctx.actor.userId, allowPending],
  );
  if (r.rowCount !== 1) return false;
  await audit(tx, ctx, runId, 'release', { status: 'released' });
  return true;
}

export async function cancelRun(tx: Tx, ctx: ServiceContext, runId: string): Promise<RunView> {
  const run = await lockDraft(tx, ctx.companyId, runId);
  await tx.query(`UPDATE payment_runs SET status = 'cancelled' WHERE company_id = $1 AND id = $2`, [
    ctx.companyId,
    runId,
  ]);
  await audit(tx, ctx, runId, 'cancel', { status: 'cancelled', number: run.number });
  return getRun(tx, ctx.companyId, runId);
}

export async function setItemPayment(
  tx: Tx,
  companyId: string,
  itemId: string,
  paymentId: string,
): Promise<void> {
  await tx.query('UPDATE payment_run_items SET payment_id = $3 WHERE company_id = $1 AND id = $2', [
    companyId,
    itemId,
    paymentId,
  ]);
}

/** Keeps the bank file a release wrote (one per run). */
export async function saveRunFile(
  tx: Tx,
  ctx: ServiceContext,
  runId: string,
  file: { format: BankFileFormat; name: string; content: string },
): Promise<{ id: string; sha256: string }> {
  const id = newId('paymentRunFile');
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  await tx.query(
    'INSERT INTO payment_run_files (company_id, id, run_id, format, name, content, sha256) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [ctx.companyId, id, runId, file.format, file.name, file.content, sha256],
  );
  await recordAudit(tx, {
    actor: ctx.actor,
    companyId: ctx.companyId,
    requestId: ctx.requestId,
    entityType: 'payment_run_file',
    entityId: id,
    action: 'create',
    after: { runId, format: file.format, name: file.name, sha256, size: Buffer.byteLength(file.content) },
  });
  return { id, sha256 };
}

/** The stored bank file; reading it is audited (it carries vendors' account numbers). */
export async function readRunFile(
  tx: Tx,
  ctx: ServiceContext,
  runId: string,
): Promise<{ name: string; format: BankFileFormat; content: string; sha256: string }> {
  const f = await maybeOne<{
    id: string;
    name: string;
    format: BankFileFormat;
    content: string;
    sha256: string;
  }>(
    tx,
    'SELECT id, name, format, content, sha256 FROM payment_run_files WHERE company_id = $1 AND run_id = $2',
    [ctx.companyId, runId],
  );
  if (!f) throw notFound('Bank file of payment run', runId);
  await recordAudit(tx, {
    actor: ctx.actor,
    companyId: ctx.companyId,
    requestId: ctx.requestId,
    entityType: 'payment_run_file',
    entityId: f.id,
    action: 'read',
    after: { runId, name: f.name },
  });
  return f;
}
