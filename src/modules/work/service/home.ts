import type { Sql } from '../../../platform/db/index.ts';
import { waitingOnSql } from './requests.ts';

/** What waits on a person, counted for the home page (the lists themselves are "My work"). */
export interface WorkFigures {
  /** Approval requests whose current level waits on them (directly or as a delegate). */
  approvalsWaiting: number;
  /** Open, in-progress and waiting tasks assigned to them. */
  myTasks: number;
  /** Of those, due today. */
  dueToday: number;
  /** Of those, past their due date. */
  overdue: number;
  /** Unassigned active tasks in the queues of their departments. */
  queue: number;
}

/** One statement of four set-based counts; `departmentIds` are the departments whose queues they work. */
export async function workFigures(
  sql: Sql,
  companyId: string,
  userId: string,
  departmentIds: readonly string[],
  today: string,
): Promise<WorkFigures> {
  const { rows } = await sql.query<WorkFigures>(
    `SELECT
       (SELECT count(*)::int FROM work_approval_requests r WHERE r.company_id = $1 AND ${waitingOnSql('$2::text')}) AS "approvalsWaiting",
       (SELECT count(*)::int FROM work_tasks WHERE company_id = $1 AND assignee_id = $2
           AND status IN ('open', 'in_progress', 'waiting')) AS "myTasks",
       (SELECT count(*)::int FROM work_tasks WHERE company_id = $1 AND assignee_id = $2
           AND status IN ('open', 'in_progress', 'waiting') AND due_date = $4::date) AS "dueToday",
       (SELECT count(*)::int FROM work_tasks WHERE company_id = $1 AND assignee_id = $2
           AND status IN ('open', 'in_progress', 'waiting') AND due_date < $4::date) AS "overdue",
       (SELECT count(*)::int FROM work_tasks WHERE company_id = $1 AND assignee_id IS NULL
           AND department_id = ANY($3::text[]) AND status IN ('open', 'in_progress', 'waiting')) AS queue`,
    [companyId, userId, [...departmentIds], today],
  );
  return rows[0] as WorkFigures;
}
