import { notFound } from '../../../kernel/errors.ts';
import {
  type ApprovalContext,
  type ApprovalSubject,
  approvalActions,
  describeSubjects,
  type GateDecision,
  type SubjectSummary,
} from '../../../platform/approvals/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { departmentsOfUsers, membersByIds } from '../../org/index.ts';
import type { SubjectFacts } from '../messages.ts';
import { type ResolvedLevel, resolveLevels } from './approvers.ts';
import { peopleById, workId } from './common.ts';
import { matches } from './logic.ts';
import { notify } from './notify.ts';
import type { PolicyDefinition } from './policies.ts';

/**
 * The gate that `setApprovalGate` installs: every service choke point (ledger.post, …) asks it inside its
 * transaction. It lets through the action the engine is executing (`ctx.approvalRequestId` of an approved
 * request for the same thing), joins an open request for the same thing, or opens a new one when the
 * company's policy for the action applies.
 */
/** The maker's role and department codes, as a policy's condition sees them (read through org). */
async function makerFacts(
  sql: Sql,
  companyId: string,
  userId: string,
): Promise<{ role: string; departments: string[] } | null> {
  const [member, departments] = await Promise.all([
    membersByIds(sql, companyId, [userId]),
    departmentsOfUsers(sql, companyId, [userId]),
  ]);
  const m = member.get(userId);
  return m ? { role: m.role, departments: (departments.get(userId) ?? []).map((d) => d.code) } : null;
}

export async function approvalGate(
  tx: Tx,
  ctx: ApprovalContext,
  subject: ApprovalSubject,
): Promise<GateDecision> {
  if (ctx.approvalRequestId) {
    const run = await maybeOne<{ status: string; action: string; entity_type: string; entity_id: string }>(
      tx,
      'SELECT status, action, entity_type, entity_id FROM work_approval_requests WHERE company_id = $1 AND id = $2',
      [ctx.companyId, ctx.approvalRequestId],
    );
    if (
      run?.status === 'approved' &&
      run.action === subject.action &&
      run.entity_type === subject.entityType &&
      run.entity_id === subject.entityId
    )
      return { kind: 'proceed' };
  }
  // One query per ask (bulk imports ask once per entry): an open request for the same thing, and the policy.
  const found = await maybeOne<{
    open: string | null;
    id: string | null;
    version: number;
    definition: PolicyDefinition;
  }>(
    tx,
    `SELECT (SELECT r.id FROM work_approval_requests r WHERE r.company_id = $1 AND r.action = $2 AND r.entity_type = $3
               AND r.entity_id = $4 AND r.status = 'pending') AS open,
            p.id, p.current_version AS version, v.definition
       FROM (SELECT 1) one
       LEFT JOIN work_policies p ON p.company_id = $1 AND p.action = $2 AND p.active
       LEFT JOIN work_policy_versions v ON v.company_id = p.company_id AND v.policy_id = p.id AND v.version = p.current_version`,
    [ctx.companyId, subject.action, subject.entityType, subject.entityId],
  );
  if (found?.open) return { kind: 'pending', requestId: found.open };
  if (!found?.id) return { kind: 'proceed' };
  const policy = { id: found.id, version: found.version, definition: found.definition };
  const makerId = ctx.actor.userId;
  const maker = makerId ? await makerFacts(tx, ctx.companyId, makerId) : null;
  const facts = {
    ...subject.data,
    departmentId: subject.departmentId ?? null,
    maker: { role: maker?.role ?? 'system', departments: maker?.departments ?? [] },
  };
  const def = policy.definition;
  if (!matches(def.condition, facts)) return { kind: 'proceed' };
  const levelDefs = [
    ...def.levels,
    ...(def.tiers ?? []).filter((t) => matches(t.when, facts)).flatMap((t) => t.levels),
  ];
  if (levelDefs.length === 0) return { kind: 'proceed' };
  const levels = await resolveLevels(tx, ctx.companyId, levelDefs, makerId, subject.departmentId ?? null);
  const id = workId('request');
  await tx.query(
    `INSERT INTO work_approval_requests (company_id, id, action, entity_type, entity_id, summary, data, department_id, maker_id,
       policy_id, policy_version, levels, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, CASE WHEN $13::int IS NULL THEN NULL ELSE now() + make_interval(hours => $13::int) END)`,
    [
      ctx.companyId,
      id,
      subject.action,
      subject.entityType,
      subject.entityId,
      subject.summary.slice(0, 500),
      JSON.stringify(subject.data),
      subject.departmentId ?? null,
      makerId,
      policy.id,
      policy.version,
      JSON.stringify(levels),
      def.expiresAfterHours ?? null,
    ],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'approval_request',
    entityId: id,
    action: 'create',
    after: {
      action: subject.action,
      entity: `${subject.entityType}:${subject.entityId}`,
      policyVersion: policy.version,
      levels,
    },
  });
  await notifyLevel(tx, ctx.companyId, id, subject, levels[0]);
  return { kind: 'pending', requestId: id };
}

export async function notifyLevel(
  tx: Tx,
  companyId: string,
  requestId: string,
  subject: SubjectFacts,
  level: ResolvedLevel | undefined,
  exclude: readonly string[] = [],
): Promise<void> {
  if (!level) return;
  await notify(
    tx,
    companyId,
    level.approvers.filter((a) => !exclude.includes(a)),
    {
      kind: 'approval.waiting',
      subject: { action: subject.action, summary: subject.summary, data: subject.data },
      level: level.name,
      requestId,
      entityType: 'approval_request',
      entityId: requestId,
    },
  );
}

export interface RequestRow {
  id: string;
  action: string;
  entity_type: string;
  entity_id: string;
  summary: string;
  data: Record<string, unknown>;
  department_id: string | null;
  maker_id: string | null;
  policy_id: string;
  policy_version: number;
  levels: ResolvedLevel[];
  current_level: number;
  status: 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'expired';
  expires_at: Date | null;
  decided_at: Date | null;
  executed_at: Date | null;
  created_at: Date;
}

export interface DecisionRow {
  level: number;
  approver_id: string;
  on_behalf_of: string | null;
  decision: 'approve' | 'reject' | 'withdraw';
  comment: string | null;
  created_at: Date;
}

export interface RequestView {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  data: Record<string, unknown>;
  status: RequestRow['status'];
  maker: string | null;
  makerName: string | null;
  policyVersion: number;
  currentLevel: number;
  levels: { name: string; need: number; approvers: string[]; approvedBy: string[] }[];
  /** E-mails of the people the current level still waits on. */
  waitingOn: string[];
  /** Every level not yet satisfied, with how many approvals it still needs and from whom. */
  approversNeeded: { level: number; name: string; need: number; approvers: string[] }[];
  decisions: {
    level: number;
    by: string;
    onBehalfOf: string | null;
    decision: string;
    comment: string | null;
    at: string;
  }[];
  createdAt: string;
  decidedAt: string | null;
  expiresAt: string | null;
  /** The subject as the reader may see it (`withSubjects`); null until described, or when nobody describes it. */
  subject: SubjectSummary | null;
  /** The reader may not read the subject: no figures, no summary or facts that carry them. */
  subjectHidden: boolean;
}

export const REQUEST_COLUMNS = `id, action, entity_type, entity_id, summary, data, department_id, maker_id, policy_id, policy_version,
  levels, current_level, status, expires_at, decided_at, executed_at, created_at`;

export async function requestViews(
  sql: Sql,
  companyId: string,
  rows: readonly RequestRow[],
): Promise<RequestView[]> {
  if (rows.length === 0) return [];
  const decisions = (
    await sql.query<DecisionRow & { request_id: string }>(
      `SELECT request_id, level, approver_id, on_behalf_of, decision, comment, created_at FROM work_approval_decisions
        WHERE company_id = $1 AND request_id = ANY($2) ORDER BY created_at, id`,
      [companyId, rows.map((r) => r.id)],
    )
  ).rows;
  const ids = [
    ...rows.flatMap((r) => [r.maker_id ?? '', ...r.levels.flatMap((l) => l.approvers)]),
    ...decisions.flatMap((d) => [d.approver_id, d.on_behalf_of ?? '']),
  ].filter(Boolean);
  const people = await peopleById(sql, companyId, ids);
  const email = (id: string | null) => (id ? (people.get(id)?.email ?? id) : null);
  return rows.map((r) => {
    const mine = decisions.filter((d) => d.request_id === r.id);
    const levels = r.levels.map((l, i) => {
      const approvedBy = mine
        .filter((d) => d.level === i && d.decision === 'approve')
        .map((d) => d.on_behalf_of ?? d.approver_id);
      return { ...l, approvedBy };
    });
    const needed =
      r.status === 'pending'
        ? levels
            .map((l, i) => ({
              level: i,
              name: l.name,
              need: l.need - l.approvedBy.length,
              approvers: l.approvers.filter((a) => !l.approvedBy.includes(a)).map((a) => email(a) as string),
            }))
            .filter((l) => l.level >= r.current_level && l.need > 0)
        : [];
    return {
      id: r.id,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      summary: r.summary,
      data: r.data,
      status: r.status,
      maker: email(r.maker_id),
      makerName: r.maker_id ? (people.get(r.maker_id)?.name ?? null) : 'system',
      policyVersion: r.policy_version,
      currentLevel: r.current_level,
      levels: levels.map((l) => ({
        name: l.name,
        need: l.need,
        approvers: l.approvers.map((a) => email(a) as string),
        approvedBy: l.approvedBy.map((a) => email(a) as string),
      })),
      waitingOn: needed.find((l) => l.level === r.current_level)?.approvers ?? [],
      approversNeeded: needed,
      decisions: mine.map((d) => ({
        level: d.level,
        by: email(d.approver_id) as string,
        onBehalfOf: email(d.on_behalf_of),
        decision: d.decision,
        comment: d.comment,
        at: d.created_at.toISOString(),
      })),
      createdAt: r.created_at.toISOString(),
      decidedAt: r.decided_at?.toISOString() ?? null,
      expiresAt: r.expires_at?.toISOString() ?? null,
      subject: null,
      subjectHidden: false,
    };
  });
}

export async function getRequest(sql: Sql, companyId: string, id: string): Promise<RequestView> {
  const row = await maybeOne<RequestRow>(
    sql,
    `SELECT ${REQUEST_COLUMNS} FROM work_approval_requests WHERE company_id = $1 AND id = $2`,
    [companyId, id],
  );
  if (!row) throw notFound('Approval request', id);
  return (await requestViews(sql, companyId, [row]))[0] as RequestView;
}

export interface RequestFilter {
  status?: string | undefined;
  action?: string | undefined;
  /** Only requests whose current level waits on this user (directly or as an active delegate). */
  waitingOn?: string | undefined;
  makerId?: string | undefined;
  entityId?: string | undefined;
  limit?: number | undefined;
}

/** SQL: the current level of request `r` waits on user $U directly or through an active delegation. */
export function waitingOnSql(u: string): string {
  return `(r.status = 'pending' AND r.maker_id IS DISTINCT FROM ${u}
    AND NOT EXISTS (SELECT 1 FROM work_approval_decisions x WHERE x.company_id = r.company_id AND x.request_id = r.id
                     AND (x.approver_id = ${u} OR x.on_behalf_of = ${u}))
    AND (r.levels -> r.current_level -> 'approvers' ? ${u}
      OR EXISTS (SELECT 1 FROM work_delegations g WHERE g.company_id = r.company_id AND g.to_user_id = ${u}
                  AND g.revoked_at IS NULL AND current_date BETWEEN g.starts_on AND g.ends_on
                  AND g.from_user_id IS DISTINCT FROM r.maker_id
                  AND r.levels -> r.current_level -> 'approvers' ? g.from_user_id
                  AND NOT EXISTS (SELECT 1 FROM work_approval_decisions y WHERE y.company_id = r.company_id
                                   AND y.request_id = r.id AND (y.approver_id = g.from_user_id OR y.on_behalf_of = g.from_user_id)))))`;
}

export async function listRequests(sql: Sql, companyId: string, f: RequestFilter): Promise<RequestView[]> {
  const params: unknown[] = [companyId];
  const where = ['r.company_id = $1'];
  const add = (clause: (p: string) => string, v: unknown) => {
    params.push(v);
    where.push(clause(`$${params.length}`));
  };
  if (f.status) add((p) => `r.status = ${p}`, f.status);
  if (f.action) add((p) => `r.action = ${p}`, f.action);
  if (f.makerId) add((p) => `r.maker_id = ${p}`, f.makerId);
  if (f.entityId) add((p) => `r.entity_id = ${p}`, f.entityId);
  if (f.waitingOn) add((p) => waitingOnSql(`${p}::text`), f.waitingOn);
  params.push(Math.min(f.limit ?? 200, 1000));
  const rows = (
    await sql.query<RequestRow>(
      `SELECT ${REQUEST_COLUMNS} FROM work_approval_requests r WHERE ${where.join(' AND ')}
        ORDER BY r.created_at DESC, r.id DESC LIMIT $${params.length}`,
      params,
    )
  ).rows;
  return requestViews(sql, companyId, rows);
}

/** Whether the company has an active policy for the action (the gate's cheap pre-check for bulk paths). */
export async function policyCovers(tx: Tx, companyId: string, action: string): Promise<boolean> {
  const row = await maybeOne(
    tx,
    'SELECT 1 FROM work_policies WHERE company_id = $1 AND action = $2 AND active LIMIT 1',
    [companyId, action],
  );
  return row !== null;
}

/**
 * Requests as this reader may see them: each with its subject described by the module that owns it (lines,
 * party, total). A reader who may not read the subject (no `ledger.read` for an entry, …) gets no figures at
 * all: the subject is withheld, the facts emptied and the summary — which names the amount — replaced by what
 * the action is.
 */
export async function withSubjects(
  sql: Sql,
  principal: Principal,
  views: readonly RequestView[],
): Promise<RequestView[]> {
  const answer = await describeSubjects(sql, principal, views);
  const actions = new Map(approvalActions().map((a) => [a.action, a.description]));
  return views.map((v) => {
    const a = answer(v.entityType, v.entityId);
    if (a.kind === 'visible') return { ...v, subject: a.summary, subjectHidden: false };
    if (a.kind === 'unknown') return v;
    return { ...v, summary: actions.get(v.action) ?? v.action, data: {}, subject: null, subjectHidden: true };
  });
}
