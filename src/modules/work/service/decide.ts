import { notFound } from '../../../kernel/errors.ts';
import {
  type ApprovalContext,
  type ApprovalSubject,
  approvalExecutor,
} from '../../../platform/approvals/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { type Database, maybeOne, type Tx } from '../../../platform/db/index.ts';
import { workText } from '../i18n.ts';
import { activeMember, workId } from './common.ts';
import { notify } from './notify.ts';
import { getRequest, notifyLevel, REQUEST_COLUMNS, type RequestRow, type RequestView } from './requests.ts';

/**
 * Deciding a request. The request row is locked (`FOR UPDATE`) for the whole decision, so two approvers
 * clicking at once are serialised: the first one's approval completes the level (and, on the last level,
 * runs the action's executor in the same transaction with `approvalRequestId` set); the second finds the
 * request decided — a 409 — or moved to a level it may or may not act on. The maker is always refused.
 */
export type ReturnHandler = (
  tx: Tx,
  ctx: ApprovalContext,
  subject: ApprovalSubject,
  outcome: { status: 'rejected' | 'withdrawn' | 'expired'; reason: string },
) => Promise<void>;

const returnHandlers = new Map<string, ReturnHandler>();

/** What the owning module does when a request ends without approval (e.g. the ledger returns it to draft). */
export function registerApprovalReturn(action: string, handler: ReturnHandler): void {
  returnHandlers.set(action, handler);
}

function subjectOf(r: RequestRow): ApprovalSubject {
  return {
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    summary: r.summary,
    data: r.data,
    departmentId: r.department_id,
  };
}

async function lockRequest(tx: Tx, companyId: string, id: string): Promise<RequestRow> {
  const r = await maybeOne<RequestRow>(
    tx,
    `SELECT ${REQUEST_COLUMNS} FROM work_approval_requests WHERE company_id = $1 AND id = $2 FOR UPDATE`,
    [companyId, id],
  );
  if (!r) throw notFound('Approval request', id);
  if (r.status !== 'pending')
    throw workText.error(
      'conflict',
      'error.requestAlreadyDecided',
      { status: r.status },
      { status: r.status },
    );
  return r;
}

/** Whom `userId` would act for on the request's current level: themselves, or a delegator; else a refusal. */
async function actingFor(tx: Tx, companyId: string, r: RequestRow, userId: string): Promise<string> {
  if (userId === r.maker_id) throw workText.error('forbidden', 'error.makerCannotDecide');
  const level = r.levels[r.current_level];
  if (!level) throw workText.error('conflict', 'error.noOpenLevel');
  const decided = (
    await tx.query<{ who: string }>(
      `SELECT approver_id AS who FROM work_approval_decisions WHERE company_id = $1 AND request_id = $2
       UNION SELECT on_behalf_of FROM work_approval_decisions WHERE company_id = $1 AND request_id = $2 AND on_behalf_of IS NOT NULL`,
      [companyId, r.id],
    )
  ).rows.map((x) => x.who);
  if (decided.includes(userId)) throw workText.error('forbidden', 'error.alreadyDecidedByYou');
  if (!(await activeMember(tx, companyId, userId)))
    throw workText.error('forbidden', 'error.deciderNotActive');
  if (level.approvers.includes(userId)) return userId;
  const delegated = await maybeOne<{ from_user_id: string }>(
    tx,
    `SELECT from_user_id FROM work_delegations WHERE company_id = $1 AND to_user_id = $2 AND revoked_at IS NULL
        AND current_date BETWEEN starts_on AND ends_on AND from_user_id = ANY($3) AND NOT (from_user_id = ANY($4))
        AND from_user_id IS DISTINCT FROM $5
      ORDER BY created_at LIMIT 1`,
    [companyId, userId, level.approvers, decided, r.maker_id],
  );
  if (delegated) return delegated.from_user_id;
  throw workText.error('forbidden', 'error.levelNotYours', { level: level.name });
}

export async function decide(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  decision: 'approve' | 'reject',
  comment?: string | null,
): Promise<RequestView> {
  const userId = ctx.actor.userId;
  if (!userId) throw workText.error('forbidden', 'error.deciderNotPerson');
  if (decision === 'reject' && !comment?.trim())
    throw workText.error('validation', 'error.rejectNeedsComment');
  const r = await lockRequest(tx, ctx.companyId, id);
  const onBehalfOf = await actingFor(tx, ctx.companyId, r, userId);
  await tx.query(
    `INSERT INTO work_approval_decisions (company_id, id, request_id, level, approver_id, on_behalf_of, decision, comment)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      ctx.companyId,
      workId('decision'),
      id,
      r.current_level,
      userId,
      onBehalfOf === userId ? null : onBehalfOf,
      decision,
      comment ?? null,
    ],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'approval_request',
    entityId: id,
    action: decision,
    after: {
      level: r.current_level,
      onBehalfOf: onBehalfOf === userId ? null : onBehalfOf,
      comment: comment ?? null,
    },
  });
  const execCtx: ApprovalContext = { ...ctx, approvalRequestId: id };
  if (decision === 'reject') {
    await finish(tx, execCtx, r, 'rejected', comment ?? '');
    return getRequest(tx, ctx.companyId, id);
  }
  const level = r.levels[r.current_level]!;
  const approvals = await maybeOne<{ n: number }>(
    tx,
    `SELECT count(DISTINCT COALESCE(on_behalf_of, approver_id))::int AS n FROM work_approval_decisions
      WHERE company_id = $1 AND request_id = $2 AND level = $3 AND decision = 'approve'`,
    [ctx.companyId, id, r.current_level],
  );
  if ((approvals?.n ?? 0) < level.need) return getRequest(tx, ctx.companyId, id);
  if (r.current_level + 1 < r.levels.length) {
    await tx.query(
      'UPDATE work_approval_requests SET current_level = current_level + 1 WHERE company_id = $1 AND id = $2',
      [ctx.companyId, id],
    );
    await notifyLevel(tx, ctx.companyId, id, r, r.levels[r.current_level + 1]);
    return getRequest(tx, ctx.companyId, id);
  }
  // The last approval: approve and execute once, in this transaction.
  const done = await tx.query(
    `UPDATE work_approval_requests SET status = 'approved', decided_at = now(), executed_at = now()
      WHERE company_id = $1 AND id = $2 AND status = 'pending'`,
    [ctx.companyId, id],
  );
  if (done.rowCount !== 1) throw workText.error('conflict', 'error.decidedMeanwhile');
  const executor = approvalExecutor(r.action);
  if (executor) await executor(tx, execCtx, subjectOf(r));
  await recordAudit(tx, {
    ...ctx,
    entityType: 'approval_request',
    entityId: id,
    action: 'execute',
    after: { action: r.action },
  });
  await notify(tx, ctx.companyId, [r.maker_id], {
    kind: 'approval.approved',
    subject: r,
    comment: comment ?? null,
    entityType: 'approval_request',
    entityId: id,
  });
  return getRequest(tx, ctx.companyId, id);
}

async function finish(
  tx: Tx,
  ctx: ApprovalContext,
  r: RequestRow,
  status: 'rejected' | 'withdrawn' | 'expired',
  reason: string,
): Promise<void> {
  await tx.query(
    `UPDATE work_approval_requests SET status = $3, decided_at = now() WHERE company_id = $1 AND id = $2 AND status = 'pending'`,
    [ctx.companyId, r.id, status],
  );
  const handler = returnHandlers.get(r.action);
  if (handler) await handler(tx, ctx, subjectOf(r), { status, reason });
  const about = { entityType: 'approval_request', entityId: r.id };
  if (status === 'rejected')
    await notify(tx, ctx.companyId, [r.maker_id], {
      kind: 'approval.rejected',
      subject: r,
      reason,
      ...about,
    });
  else if (status === 'expired')
    await notify(tx, ctx.companyId, [r.maker_id], { kind: 'approval.expired', subject: r, ...about });
}

/** The maker takes a pending request back (for the ledger: the entry returns to draft). */
export async function withdraw(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  comment?: string | null,
): Promise<RequestView> {
  const r = await lockRequest(tx, ctx.companyId, id);
  if (!ctx.actor.userId || ctx.actor.userId !== r.maker_id)
    throw workText.error('forbidden', 'error.onlyMakerWithdraws');
  await tx.query(
    `INSERT INTO work_approval_decisions (company_id, id, request_id, level, approver_id, decision, comment)
     VALUES ($1, $2, $3, $4, $5, 'withdraw', $6)`,
    [ctx.companyId, workId('decision'), id, r.current_level, ctx.actor.userId, comment ?? null],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'approval_request',
    entityId: id,
    action: 'withdraw',
    after: { comment: comment ?? null },
  });
  await finish(tx, { ...ctx, approvalRequestId: id }, r, 'withdrawn', comment ?? 'withdrawn by the maker');
  return getRequest(tx, ctx.companyId, id);
}

/** Ends a request that ran out of time (the maintenance job). */
export async function expire(tx: Tx, ctx: ServiceContext, id: string): Promise<void> {
  const r = await lockRequest(tx, ctx.companyId, id);
  await recordAudit(tx, { ...ctx, entityType: 'approval_request', entityId: id, action: 'expire' });
  await finish(tx, { ...ctx, approvalRequestId: id }, r, 'expired', 'no decision in time');
}

/** Approves several requests with one comment; each in its own transaction, each result reported. */
export async function bulkDecide(
  db: Database,
  ctx: ServiceContext,
  ids: readonly string[],
  decision: 'approve' | 'reject',
  comment?: string | null,
): Promise<{ id: string; ok: boolean; status?: string; error?: string }[]> {
  const out: { id: string; ok: boolean; status?: string; error?: string }[] = [];
  for (const id of ids) {
    try {
      const v = await db.tx((tx) => decide(tx, ctx, id, decision, comment));
      out.push({ id, ok: true, status: v.status });
    } catch (err) {
      out.push({ id, ok: false, error: (err as Error).message });
    }
  }
  return out;
}
