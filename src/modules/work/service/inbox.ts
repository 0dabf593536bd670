import type { Principal } from '../../../platform/context.ts';
import type { Sql } from '../../../platform/db/index.ts';
import {
  departmentMembers,
  departmentsOfCompany,
  departmentsOfUsers,
  membersByIds,
} from '../../org/index.ts';
import { listRequests, type RequestView } from './requests.ts';
import { overseesAllWork } from './scope.ts';
import { listTasks, TASK_SELECT, type TaskView } from './tasks.ts';

/** "My work" for anyone and "Team" for managers: read-only views over tasks and requests. */
export interface MyWork {
  tasks: TaskView[];
  queue: TaskView[];
  waitingOnMe: RequestView[];
  submitted: RequestView[];
}

export async function myWork(sql: Sql, companyId: string, userId: string): Promise<MyWork> {
  // The departments they belong to or manage (org's tree).
  const [memberOf, managed] = await Promise.all([
    departmentsOfUsers(sql, companyId, [userId]),
    departmentsOfCompany(sql, companyId, { managedBy: userId }),
  ]);
  const deps = [...new Set([...(memberOf.get(userId) ?? []), ...managed].map((d) => d.id))];
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
  const all = overseesAllWork(principal);
  const departments = (
    await departmentsOfCompany(sql, companyId, all ? {} : { managedBy: principal.userId })
  ).map(({ id, code, name }) => ({ id, code, name }));
  const depIds = departments.map((d) => d.id);
  // The team: active members of those departments but the viewer, read through org; their counts are ours.
  const memberIds = [
    ...new Set((await departmentMembers(sql, companyId, { departmentIds: depIds })).map((m) => m.userId)),
  ];
  const team = [...(await membersByIds(sql, companyId, memberIds)).values()].filter(
    (m) => m.active && m.id !== principal.userId,
  );
  const counts = new Map(
    (
      await sql.query<Omit<TeamView['people'][number], 'email' | 'name'>>(
        `WITH team AS (SELECT unnest($2::text[]) AS id),
       tasks AS (SELECT * FROM (${TASK_SELECT} WHERE t.company_id = $1 AND t.status IN ('open', 'in_progress', 'waiting')) x)
       SELECT team.id AS "userId",
              count(*) FILTER (WHERE tasks.status = 'open')::int AS open,
              count(*) FILTER (WHERE tasks.status = 'in_progress')::int AS "inProgress",
              count(*) FILTER (WHERE tasks.status = 'waiting')::int AS waiting,
              count(*) FILTER (WHERE tasks.overdue)::int AS overdue,
              count(*) FILTER (WHERE tasks."atRisk")::int AS "atRisk",
              (SELECT count(*)::int FROM work_approval_requests r WHERE r.company_id = $1 AND r.status = 'pending'
                 AND r.levels -> r.current_level -> 'approvers' ? team.id) AS "approvalsWaiting"
         FROM team LEFT JOIN tasks ON tasks."assigneeId" = team.id
        GROUP BY team.id`,
        [companyId, team.map((m) => m.id)],
      )
    ).rows.map((r) => [r.userId, r]),
  );
  const people = team
    .map((m) => ({ ...counts.get(m.id)!, userId: m.id, email: m.email, name: m.name }))
    .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
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
                 AND r.decided_at < w + interval '7 days' AND ($3 OR r.department_id = ANY($2) OR r.maker_id = ANY($4))) AS "approvalsDecided"
         FROM generate_series(date_trunc('week', now()) - interval '7 weeks', date_trunc('week', now()), interval '1 week') AS g(w)
        ORDER BY w`,
      [companyId, depIds, all, memberIds],
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
