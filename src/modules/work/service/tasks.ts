import { notFound } from '../../../kernel/errors.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { activeMemberIds, departmentMembers, departmentsByIds, usersByIds } from '../../org/index.ts';
import { workText } from '../i18n.ts';
import { activeMember, workId } from './common.ts';
import { notify } from './notify.ts';

/**
 * Tasks and department queues. A task without an assignee sits in its department's queue; taking it is a
 * conditional update (two takers: one wins, the other gets a 409); auto-assignment picks a member under the
 * queue row's lock. SLA time is business time (`work_business_seconds`) and stops while the task waits.
 */
export type TaskStatus = 'open' | 'in_progress' | 'waiting' | 'done' | 'cancelled';
export type Priority = 'low' | 'normal' | 'high' | 'urgent';

export interface TaskInput {
  title: string;
  description?: string | undefined;
  departmentId?: string | null | undefined;
  assigneeId?: string | null | undefined;
  requesterId?: string | null | undefined;
  priority?: Priority | undefined;
  dueDate?: string | null | undefined;
  kind?: string | undefined;
  checklist?: string[] | undefined;
  links?: { entityType: string; entityId: string }[] | undefined;
  templateId?: string | null | undefined;
  slaHours?: number | null | undefined;
}

export interface TaskView {
  id: string;
  title: string;
  description: string;
  departmentId: string | null;
  department: string | null;
  assigneeId: string | null;
  assignee: string | null;
  requester: string | null;
  priority: Priority;
  status: TaskStatus;
  dueDate: string | null;
  kind: string;
  slaHours: number | null;
  slaUsedHours: string;
  overdue: boolean;
  atRisk: boolean;
  escalated: boolean;
  createdAt: string;
  doneAt: string | null;
  checklist?: { position: number; text: string; done: boolean }[];
  comments?: { id: string; author: string | null; body: string; at: string }[];
  links?: { entityType: string; entityId: string }[];
}

/**
 * The task columns with SLA flags computed in SQL; alias `t`, queue `q`. The department's code and the people's
 * e-mails are org's: `toViews` adds them for a whole page in one read each.
 */
export const TASK_SELECT = `
  SELECT t.id, t.title, t.description, t.department_id AS "departmentId", t.assignee_id AS "assigneeId",
         t.requester_id AS "requesterId", t.priority, t.status, to_char(t.due_date, 'YYYY-MM-DD') AS "dueDate", t.kind,
         t.sla_hours AS "slaHours", round(s.elapsed / 3600.0, 2)::text AS "slaUsedHours",
         (t.status NOT IN ('done', 'cancelled') AND ((t.sla_hours IS NOT NULL AND s.elapsed >= t.sla_hours * 3600)
           OR COALESCE(t.due_date < current_date, false))) AS overdue,
         (t.status NOT IN ('done', 'cancelled') AND t.sla_hours IS NOT NULL AND s.elapsed < t.sla_hours * 3600
           AND s.elapsed >= t.sla_hours * 36 * COALESCE(q.at_risk_percent, 75)) AS "atRisk",
         t.escalated_at IS NOT NULL AS escalated, t.created_at AS "createdAt", t.done_at AS "doneAt"
    FROM work_tasks t
    LEFT JOIN work_queues q ON q.company_id = t.company_id AND q.department_id = t.department_id
    CROSS JOIN LATERAL (SELECT t.sla_used_seconds + CASE WHEN t.active_since IS NULL THEN 0
           ELSE work_business_seconds(t.company_id, t.active_since, now()) END AS elapsed) s`;

type Row = Omit<TaskView, 'createdAt' | 'doneAt' | 'department' | 'assignee' | 'requester'> & {
  requesterId: string | null;
  createdAt: Date;
  doneAt: Date | null;
};

/** Rows to views, with department codes and people's e-mails read through org once for all the rows. */
async function toViews(sql: Sql, companyId: string, rows: readonly Row[]): Promise<TaskView[]> {
  const [departments, users] = await Promise.all([
    departmentsByIds(
      sql,
      companyId,
      rows.map((r) => r.departmentId),
    ),
    usersByIds(
      sql,
      rows.flatMap((r) => [r.assigneeId, r.requesterId]),
    ),
  ]);
  return rows.map(({ requesterId, ...r }) => ({
    ...r,
    department: r.departmentId ? (departments.get(r.departmentId)?.code ?? null) : null,
    assignee: r.assigneeId ? (users.get(r.assigneeId)?.email ?? null) : null,
    requester: requesterId ? (users.get(requesterId)?.email ?? null) : null,
    createdAt: r.createdAt.toISOString(),
    doneAt: r.doneAt?.toISOString() ?? null,
  }));
}

async function checkDepartment(tx: Tx, companyId: string, departmentId: string | null | undefined) {
  if (!departmentId) return;
  if (!(await departmentsByIds(tx, companyId, [departmentId])).has(departmentId))
    throw workText.error(
      'validation',
      'error.noDepartment',
      { department: departmentId },
      { field: 'departmentId' },
    );
}

async function checkAssignee(tx: Tx, companyId: string, userId: string | null | undefined) {
  if (userId && !(await activeMember(tx, companyId, userId)))
    throw workText.error('validation', 'error.assigneeNotMember', undefined, { field: 'assigneeId' });
}

/** Creates a task (also `createTaskFor` for other modules: "bill awaiting approval", "claim denied", …). */
export async function createTask(tx: Tx, ctx: ServiceContext, input: TaskInput): Promise<TaskView> {
  if (!input.title.trim())
    throw workText.error('validation', 'error.taskNeedsTitle', undefined, { field: 'title' });
  if (input.dueDate && !/^\d{4}-\d{2}-\d{2}$/.test(input.dueDate))
    throw workText.error('validation', 'error.dueDateFormat');
  await checkDepartment(tx, ctx.companyId, input.departmentId);
  await checkAssignee(tx, ctx.companyId, input.assigneeId);
  const id = workId('task');
  await tx.query(
    `INSERT INTO work_tasks (company_id, id, title, description, department_id, assignee_id, requester_id, priority, due_date, kind, template_id, sla_hours)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
             COALESCE($12, (SELECT sla_hours FROM work_queues WHERE company_id = $1 AND department_id = $5)))`,
    [
      ctx.companyId,
      id,
      input.title.trim().slice(0, 300),
      input.description ?? '',
      input.departmentId ?? null,
      input.assigneeId ?? null,
      input.requesterId ?? ctx.actor.userId,
      input.priority ?? 'normal',
      input.dueDate ?? null,
      input.kind ?? 'task',
      input.templateId ?? null,
      input.slaHours ?? null,
    ],
  );
  for (const [i, text] of (input.checklist ?? []).entries())
    await tx.query(
      'INSERT INTO work_task_checklist (company_id, task_id, position, text) VALUES ($1, $2, $3, $4)',
      [ctx.companyId, id, i + 1, text.slice(0, 500)],
    );
  for (const l of input.links ?? [])
    await tx.query(
      'INSERT INTO work_task_links (company_id, task_id, entity_type, entity_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
      [ctx.companyId, id, l.entityType, l.entityId],
    );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'task',
    entityId: id,
    action: 'create',
    after: {
      title: input.title,
      departmentId: input.departmentId ?? null,
      assigneeId: input.assigneeId ?? null,
    },
  });
  let assignee = input.assigneeId ?? null;
  if (!assignee && input.departmentId) assignee = await autoAssign(tx, ctx, id, input.departmentId);
  else if (assignee && assignee !== ctx.actor.userId)
    await notifyAssigned(tx, ctx.companyId, id, input.title, assignee);
  return getTask(tx, ctx.companyId, id);
}

async function notifyAssigned(tx: Tx, companyId: string, id: string, title: string, userId: string) {
  await notify(tx, companyId, [userId], {
    kind: 'task.assigned',
    task: title,
    entityType: 'task',
    entityId: id,
  });
}

/** Auto-assignment under the queue's row lock: round robin over members (not the manager), or the least loaded. */
async function autoAssign(
  tx: Tx,
  ctx: ServiceContext,
  taskId: string,
  departmentId: string,
): Promise<string | null> {
  const q = await maybeOne<{ auto_assign: string; last: string | null }>(
    tx,
    `SELECT auto_assign, last_assigned_user_id AS last FROM work_queues WHERE company_id = $1 AND department_id = $2 FOR UPDATE`,
    [ctx.companyId, departmentId],
  );
  if (!q || q.auto_assign === 'none') return null;
  const pick = await pickAssignee(tx, ctx.companyId, departmentId, q.auto_assign, q.last);
  if (!pick) return null;
  await tx.query(
    'UPDATE work_queues SET last_assigned_user_id = $3 WHERE company_id = $1 AND department_id = $2',
    [ctx.companyId, departmentId, pick.user_id],
  );
  await tx.query(
    'UPDATE work_tasks SET assignee_id = $3, updated_at = now() WHERE company_id = $1 AND id = $2',
    [ctx.companyId, taskId, pick.user_id],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'task',
    entityId: taskId,
    action: 'auto_assign',
    after: { assigneeId: pick.user_id, rule: q.auto_assign },
  });
  const title =
    (
      await maybeOne<{ title: string }>(
        tx,
        'SELECT title FROM work_tasks WHERE company_id = $1 AND id = $2',
        [ctx.companyId, taskId],
      )
    )?.title ?? '';
  await notifyAssigned(tx, ctx.companyId, taskId, title, pick.user_id);
  return pick.user_id;
}

/**
 * The next member of the department's queue (never its manager, only active members): round robin after
 * `last` in user-id order, or the one with the fewest open tasks. The members come from org; the load is ours.
 */
async function pickAssignee(
  tx: Tx,
  companyId: string,
  departmentId: string,
  rule: string,
  last: string | null,
): Promise<{ user_id: string } | null> {
  const [members, departments] = await Promise.all([
    departmentMembers(tx, companyId, { departmentIds: [departmentId] }),
    departmentsByIds(tx, companyId, [departmentId]),
  ]);
  const manager = departments.get(departmentId)?.managerUserId ?? null;
  const ids = members.map((m) => m.userId).filter((id) => id !== manager);
  const active = await activeMemberIds(tx, companyId, ids);
  const pool = ids.filter((id) => active.has(id)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (pool.length === 0) return null;
  if (rule === 'round_robin') return { user_id: pool.find((id) => id > (last ?? '')) ?? pool[0]! };
  const load = new Map(
    (
      await tx.query<{ id: string; n: number }>(
        `SELECT assignee_id AS id, count(*)::int AS n FROM work_tasks
          WHERE company_id = $1 AND assignee_id = ANY($2) AND status IN ('open', 'in_progress', 'waiting')
          GROUP BY assignee_id`,
        [companyId, pool],
      )
    ).rows.map((r) => [r.id, r.n]),
  );
  const fewest = Math.min(...pool.map((id) => load.get(id) ?? 0));
  return { user_id: pool.find((id) => (load.get(id) ?? 0) === fewest)! };
}

export async function getTask(sql: Sql, companyId: string, id: string): Promise<TaskView> {
  const row = await maybeOne<Row>(sql, `${TASK_SELECT} WHERE t.company_id = $1 AND t.id = $2`, [
    companyId,
    id,
  ]);
  if (!row) throw notFound('Task', id);
  const [checklist, comments, links] = await Promise.all([
    sql.query<{ position: number; text: string; done: boolean }>(
      'SELECT position, text, done FROM work_task_checklist WHERE company_id = $1 AND task_id = $2 ORDER BY position',
      [companyId, id],
    ),
    sql.query<{ id: string; authorId: string | null; body: string; at: Date }>(
      `SELECT c.id, c.author_id AS "authorId", c.body, c.created_at AS at FROM work_task_comments c
        WHERE c.company_id = $1 AND c.task_id = $2 ORDER BY c.created_at, c.id`,
      [companyId, id],
    ),
    sql.query<{ entityType: string; entityId: string }>(
      'SELECT entity_type AS "entityType", entity_id AS "entityId" FROM work_task_links WHERE company_id = $1 AND task_id = $2 ORDER BY 1, 2',
      [companyId, id],
    ),
  ]);
  const [view] = await toViews(sql, companyId, [row]);
  const authors = await usersByIds(
    sql,
    comments.rows.map((c) => c.authorId),
  );
  return {
    ...view!,
    checklist: checklist.rows,
    comments: comments.rows.map(({ authorId, ...c }) => ({
      ...c,
      author: authorId ? (authors.get(authorId)?.email ?? null) : null,
      at: c.at.toISOString(),
    })),
    links: links.rows,
  };
}

export interface TaskFilter {
  assigneeId?: string | undefined;
  departmentId?: string | undefined;
  /** Only the unassigned tasks (the queue). */
  queue?: boolean | undefined;
  status?: TaskStatus | 'active' | undefined;
  overdue?: boolean | undefined;
  limit?: number | undefined;
  /** Narrow to what this actor reaches (service/scope.ts): their departments' tasks and tasks they are on. */
  visibleTo?: { userId: string; departmentIds: readonly string[] } | undefined;
}

export async function listTasks(sql: Sql, companyId: string, f: TaskFilter): Promise<TaskView[]> {
  const params: unknown[] = [companyId];
  const where = ['t.company_id = $1'];
  const add = (clause: string, v: unknown) => {
    params.push(v);
    where.push(clause.replaceAll('?', `$${params.length}`));
  };
  if (f.assigneeId) add('t.assignee_id = ?', f.assigneeId);
  if (f.departmentId) add('t.department_id = ?', f.departmentId);
  if (f.queue) where.push('t.assignee_id IS NULL');
  if (f.visibleTo) {
    params.push([...f.visibleTo.departmentIds], f.visibleTo.userId);
    const [deps, me] = [`$${params.length - 1}`, `$${params.length}`];
    where.push(`(t.department_id = ANY(${deps}) OR t.assignee_id = ${me} OR t.requester_id = ${me})`);
  }
  if (f.status === 'active') where.push(`t.status IN ('open', 'in_progress', 'waiting')`);
  else if (f.status) add('t.status = ?', f.status);
  params.push(Math.min(f.limit ?? 200, 1000));
  const rows = (
    await sql.query<Row>(
      `SELECT * FROM (${TASK_SELECT} WHERE ${where.join(' AND ')}) x ${f.overdue ? 'WHERE x.overdue' : ''}
        ORDER BY CASE x.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, x."dueDate" NULLS LAST, x.id
        LIMIT $${params.length}`,
      params,
    )
  ).rows;
  return toViews(sql, companyId, rows);
}

/** Takes a queued task: only one taker wins (conditional update). */
export async function takeTask(tx: Tx, ctx: ServiceContext, id: string): Promise<TaskView> {
  const me = ctx.actor.userId;
  if (!me) throw workText.error('forbidden', 'error.takerNotPerson');
  const r = await tx.query(
    `UPDATE work_tasks SET assignee_id = $3, updated_at = now() WHERE company_id = $1 AND id = $2 AND assignee_id IS NULL
        AND status IN ('open', 'in_progress', 'waiting')`,
    [ctx.companyId, id, me],
  );
  if (r.rowCount === 0) {
    await getTask(tx, ctx.companyId, id);
    throw workText.error('conflict', 'error.taskTaken');
  }
  await recordAudit(tx, {
    ...ctx,
    entityType: 'task',
    entityId: id,
    action: 'take',
    after: { assigneeId: me },
  });
  return getTask(tx, ctx.companyId, id);
}

/** Assigns or reassigns (null: back to the queue). */
export async function assignTask(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  assigneeId: string | null,
): Promise<TaskView> {
  await checkAssignee(tx, ctx.companyId, assigneeId);
  const before = await maybeOne<{ assignee_id: string | null; title: string }>(
    tx,
    'SELECT assignee_id, title FROM work_tasks WHERE company_id = $1 AND id = $2 FOR UPDATE',
    [ctx.companyId, id],
  );
  if (!before) throw notFound('Task', id);
  await tx.query(
    'UPDATE work_tasks SET assignee_id = $3, updated_at = now() WHERE company_id = $1 AND id = $2',
    [ctx.companyId, id, assigneeId],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'task',
    entityId: id,
    action: before.assignee_id ? 'reassign' : 'assign',
    before: { assigneeId: before.assignee_id },
    after: { assigneeId },
  });
  if (assigneeId && assigneeId !== ctx.actor.userId)
    await notifyAssigned(tx, ctx.companyId, id, before.title, assigneeId);
  return getTask(tx, ctx.companyId, id);
}

/** Moves a task; SLA time accumulates while active and stops while waiting or closed. */
export async function setTaskStatus(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  status: TaskStatus,
): Promise<TaskView> {
  const before = await maybeOne<{ status: TaskStatus }>(
    tx,
    'SELECT status FROM work_tasks WHERE company_id = $1 AND id = $2 FOR UPDATE',
    [ctx.companyId, id],
  );
  if (!before) throw notFound('Task', id);
  if (before.status === status) return getTask(tx, ctx.companyId, id);
  if (before.status === 'done' || before.status === 'cancelled')
    if (status !== 'open') throw workText.error('conflict', 'error.taskClosed', { status: before.status });
  const running = status === 'open' || status === 'in_progress';
  await tx.query(
    `UPDATE work_tasks SET status = $3,
            sla_used_seconds = sla_used_seconds + CASE WHEN active_since IS NULL THEN 0 ELSE work_business_seconds(company_id, active_since, now()) END,
            active_since = CASE WHEN $4 THEN now() ELSE NULL END,
            done_at = CASE WHEN $3 = 'done' THEN now() ELSE NULL END, updated_at = now()
      WHERE company_id = $1 AND id = $2`,
    [ctx.companyId, id, status, running],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'task',
    entityId: id,
    action: 'status',
    before: { status: before.status },
    after: { status },
  });
  return getTask(tx, ctx.companyId, id);
}

export async function checkItem(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  position: number,
  done: boolean,
): Promise<TaskView> {
  const r = await tx.query(
    `UPDATE work_task_checklist SET done = $4, done_by = CASE WHEN $4 THEN $5 ELSE NULL END, done_at = CASE WHEN $4 THEN now() ELSE NULL END
      WHERE company_id = $1 AND task_id = $2 AND position = $3`,
    [ctx.companyId, id, position, done, ctx.actor.userId],
  );
  if (r.rowCount === 0) throw notFound('Checklist item', `${id}#${position}`);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'task',
    entityId: id,
    action: 'checklist',
    after: { position, done },
  });
  return getTask(tx, ctx.companyId, id);
}

export async function addComment(tx: Tx, ctx: ServiceContext, id: string, body: string): Promise<TaskView> {
  const task = await getTask(tx, ctx.companyId, id);
  if (!body.trim()) throw workText.error('validation', 'error.commentNeedsText');
  const cid = workId('comment');
  await tx.query(
    'INSERT INTO work_task_comments (company_id, id, task_id, author_id, body) VALUES ($1, $2, $3, $4, $5)',
    [ctx.companyId, cid, id, ctx.actor.userId, body],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'task',
    entityId: id,
    action: 'comment',
    after: { commentId: cid },
  });
  if (task.assigneeId && task.assigneeId !== ctx.actor.userId)
    await notify(tx, ctx.companyId, [task.assigneeId], {
      kind: 'task.comment',
      task: task.title,
      comment: body,
      entityType: 'task',
      entityId: id,
    });
  return getTask(tx, ctx.companyId, id);
}

export async function addLink(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  link: { entityType: string; entityId: string },
): Promise<TaskView> {
  await getTask(tx, ctx.companyId, id);
  await tx.query(
    'INSERT INTO work_task_links (company_id, task_id, entity_type, entity_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
    [ctx.companyId, id, link.entityType, link.entityId],
  );
  await recordAudit(tx, { ...ctx, entityType: 'task', entityId: id, action: 'link', after: link });
  return getTask(tx, ctx.companyId, id);
}
