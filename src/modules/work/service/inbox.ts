import type { Principal } from '../../../platform/context.ts';
import type { Sql } from '../../../platform/db/index.ts';
import { listRequests, type RequestView } from './requests.ts';
import { listTasks, TASK_SELECT, type TaskView } from './tasks.ts';

/** "My work" for anyone and "Team" for managers: read-only views over tasks and requests. */
export interface MyWork {
  tasks: TaskView[];
  queue: TaskView[];
  waitingOnMe: RequestView[];
  submitted: RequestView[];
}

export async function myWork(sql: Sql, companyId: string, userId: string): Promise<MyWork> {
  const deps = (
    await sql.query<{ department_id: string }>(
      `SELECT department_id FROM department_members WHERE company_id = $1 AND user_id = $2
       UNION SELECT id FROM departments WHERE company_id = $1 AND manager_user_id = $2`,
      [companyId, userId],
    )
  ).rows.map((r) => r.department_id);
  const [tasks, waitingOnMe, submitted, ...queues] = await Promise.all([
    listTasks(sql, companyId, { assigneeId: userId, status: 'active' }),
    listRequests(sql, companyId, { waitingOn: userId }),
    listRequests(sql, companyId, { makerId: userId, limit: 50 }),
    ...deps.map((d) => listTasks(sql, companyId, { departmentId: d, queue: true, status: 'active' })),
  ]);
  return { tasks, queue: queues.flat(), waitingOnMe, submitted };
}

export interface TeamView {
  departments: { id: string; code: string; name: string }[];
  people: {
    userId: string;
    email: string;
    name: string;
    open: number;
    inProgress: number;
    waiting: number;
    overdue: number;
    atRisk: number;
    approvalsWaiting: number;
  }[];
  overdue: TaskView[];
  atRisk: TaskView[];
  unassigned: number;
  approvalsWaiting: RequestView[];
  /** Tasks done and approvals decided per ISO week (Monday), the last 8 weeks, oldest first. */
  throughput: { week: string; tasksDone: number; approvalsDecided: number }[];
}

export async function teamView(sql: Sql, companyId: string, principal: Principal): Promise<TeamView> {
  const all = principal.role === 'owner' || principal.role === 'admin' || principal.role === 'auditor';
  const departments = (
    await sql.query<{ id: string; code: string; name: string }>(
      `SELECT id, code, name FROM departments WHERE company_id = $1 AND ($2 OR manager_user_id = $3) ORDER BY upper(code)`,
      [companyId, all, principal.userId],
    )
  ).rows;
  const depIds = departments.map((d) => d.id);
  const people = (
    await sql.query<TeamView['people'][number]>(
      `WITH team AS (
         SELECT DISTINCT u.id, u.email, u.name FROM department_members dm JOIN users u ON u.id = dm.user_id
           JOIN memberships m ON m.company_id = dm.company_id AND m.user_id = dm.user_id AND m.status = 'active'
          WHERE dm.company_id = $1 AND dm.department_id = ANY($2) AND dm.user_id <> $3),
       tasks AS (SELECT * FROM (${TASK_SELECT} WHERE t.company_id = $1 AND t.status IN ('open', 'in_progress', 'waiting')) x)
       SELECT team.id AS "userId", team.email, team.name,
              count(*) FILTER (WHERE tasks.status = 'open')::int AS open,
              count(*) FILTER (WHERE tasks.status = 'in_progress')::int AS "inProgress",
              count(*) FILTER (WHERE tasks.status = 'waiting')::int AS waiting,
              count(*) FILTER (WHERE tasks.overdue)::int AS overdue,
              count(*) FILTER (WHERE tasks."atRisk")::int AS "atRisk",
              (SELECT count(*)::int FROM work_approval_requests r WHERE r.company_id = $1 AND r.status = 'pending'
                 AND r.levels -> r.current_level -> 'approvers' ? team.id) AS "approvalsWaiting"
         FROM team LEFT JOIN tasks ON tasks."assigneeId" = team.id
        GROUP BY team.id, team.email, team.name ORDER BY lower(team.name)`,
      [companyId, depIds, principal.userId],
    )
  ).rows;
  const active = (
    await Promise.all(
      depIds.map((d) => listTasks(sql, companyId, { departmentId: d, status: 'active', limit: 500 })),
    )
  ).flat();
  const emails = new Set(people.map((p) => p.email));
  const pending = await listRequests(sql, companyId, { status: 'pending', limit: 500 });
  const approvalsWaiting = pending.filter(
    (r) =>
      all ||
      r.levels[r.currentLevel]?.approvers.some((a) => emails.has(a)) ||
      (r.maker !== null && emails.has(r.maker)),
  );
  const throughput = (
    await sql.query<{ week: string; tasksDone: number; approvalsDecided: number }>(
      `SELECT to_char(w, 'YYYY-MM-DD') AS week,
              (SELECT count(*)::int FROM work_tasks t WHERE t.company_id = $1 AND t.status = 'done' AND ($3 OR t.department_id = ANY($2))
                 AND t.done_at >= w AND t.done_at < w + interval '7 days') AS "tasksDone",
              (SELECT count(*)::int FROM work_approval_requests r WHERE r.company_id = $1 AND r.decided_at >= w
                 AND r.decided_at < w + interval '7 days' AND ($3 OR r.department_id = ANY($2) OR r.maker_id IN
                   (SELECT user_id FROM department_members WHERE company_id = $1 AND department_id = ANY($2)))) AS "approvalsDecided"
         FROM generate_series(date_trunc('week', now()) - interval '7 weeks', date_trunc('week', now()), interval '1 week') AS g(w)
        ORDER BY w`,
      [companyId, depIds, all],
    )
  ).rows;
  return {
    departments,
    people,
    overdue: active.filter((t) => t.overdue),
    atRisk: active.filter((t) => t.atRisk),
    unassigned: active.filter((t) => !t.assigneeId).length,
    approvalsWaiting,
    throughput,
  };
}
