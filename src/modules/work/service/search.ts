import { visibleDepartmentIds } from '../../../platform/access/index.ts';
import type { Principal } from '../../../platform/context.ts';
import type { Sql } from '../../../platform/db/index.ts';
import {
  type Searcher,
  type SearchHit,
  type SearchQuery,
  searchTable,
} from '../../../platform/search/index.ts';

interface Row {
  id: string;
  title: string;
  status: string;
  due_date: string | null;
  priority: string;
}

/**
 * Tasks by title, under the tasks' record rule (service/scope.ts) written as SQL: whoever's work.tasks.read
 * reaches the company sees every task; anyone else the tasks of their departments and those they are on in
 * person (assignee or requester) — never a task its detail page would refuse.
 */
export const taskSearcher: Searcher = {
  kind: 'task',
  permission: 'work.tasks.read',
  async search(sql: Sql, principal: Principal, q: SearchQuery, limit: number): Promise<SearchHit[]> {
    const departments = visibleDepartmentIds(principal, 'work.tasks.read');
    const rows = await searchTable<Row>(
      sql,
      principal.companyId,
      {
        table: 'work_tasks',
        text: 'title',
        columns: 't.id, t.title, t.status, t.due_date, t.priority',
        exact: null,
        scope: departments
          ? {
              clause:
                '(department_id = ANY(:departments::text[]) OR assignee_id = :me OR requester_id = :me)',
              params: { departments, me: principal.userId },
            }
          : undefined,
      },
      q,
      limit,
    );
    return rows.slice(0, limit).map((r) => ({
      kind: 'task' as const,
      id: r.id,
      title: r.title,
      detail: null,
      date: r.due_date,
      amount: null,
      currency: null,
      status: r.status,
      link: `/work/tasks/${r.id}`,
      exact: r.title.toLowerCase() === q.text.toLowerCase(),
      score: Number(r.score),
    }));
  },
};
