import { can, holds, NARROWED, visibleDepartmentIds } from '../../../platform/access/index.ts';
import type { Principal } from '../../../platform/context.ts';
import { maybeOne, type Sql } from '../../../platform/db/index.ts';
import { departmentCompany } from '../../org/index.ts';
import { workText } from '../i18n.ts';

/**
 * The record rule for tasks (and so for their comments, checklist, links and attachments). A task belongs to
 * its department: owners, admins and auditors reach every task; a manager or an assistant reaches the tasks of
 * the departments they belong to or manage — and, whatever its department, a task they are personally on (its
 * assignee or its requester), so "my work" never lists a task its detail page refuses. A task with no
 * department is reached only personally (or by those who see everything). The role still decides what one may
 * do with a reached task (work.tasks.read / work.tasks.manage).
 */
export interface TaskScope {
  companyId: string;
  departmentId: string | null;
  assigneeId: string | null;
  requesterId: string | null;
}

/** The task's company and who it belongs to, looked up by id alone (null: no such task anywhere). */
export async function taskScope(sql: Sql, id: string): Promise<TaskScope | null> {
  return maybeOne<TaskScope>(
    sql,
    `SELECT company_id AS "companyId", department_id AS "departmentId", assignee_id AS "assigneeId",
            requester_id AS "requesterId" FROM work_tasks WHERE id = $1`,
    [id],
  );
}

/** Whether the actor is on the task in person (assignee or requester). */
function personal(principal: Principal, t: TaskScope): boolean {
  return t.assigneeId === principal.userId || t.requesterId === principal.userId;
}

export function mayReachTask(principal: Principal, t: TaskScope): boolean {
  if (t.companyId !== principal.companyId) return false;
  if (visibleDepartmentIds(principal, 'work.tasks.read') === null || personal(principal, t)) return true;
  return t.departmentId !== null && can(principal, 'work.tasks.read', t.departmentId);
}

/**
 * The department that decides access to the task in a route's path, for the guard: another company's task is
 * a 403 (as for departments), a task out of the actor's reach a 403; NARROWED (the record rule has decided,
 * holding the permission is enough) when the task does not exist (the handler answers 404), when the actor
 * reaches it in person rather than through its department, or when it has no department.
 */
export async function taskDepartmentFor(
  sql: Sql,
  principal: Principal,
  id: string,
): Promise<string | typeof NARROWED> {
  const t = await taskScope(sql, id);
  if (!t) return NARROWED;
  if (t.companyId !== principal.companyId) throw workText.error('forbidden', 'error.taskOtherCompany');
  if (!mayReachTask(principal, t)) throw workText.error('forbidden', 'error.taskOtherDepartment');
  return personal(principal, t) || t.departmentId === null ? NARROWED : t.departmentId;
}

/** Whether a task of this company is reachable (for attachments); a missing task is "no". */
export async function canReadTask(sql: Sql, principal: Principal, id: string): Promise<boolean> {
  const t = await taskScope(sql, id);
  return t !== null && mayReachTask(principal, t);
}

/**
 * A department a route names (a query filter, a body field): another company's is a 403 (as in the path of
 * /departments/{id}); the caller then authorizes the permission for the department returned.
 */
export async function departmentOfCompany(
  sql: Sql,
  principal: Principal,
  departmentId: string | null | undefined,
): Promise<string | null> {
  if (!departmentId) return null;
  const company = await departmentCompany(sql, departmentId);
  if (company && company !== principal.companyId)
    throw workText.error('forbidden', 'error.departmentOtherCompany');
  return departmentId;
}

/**
 * Whether the actor oversees every department's work (the team view's whole company, everyone's delegations):
 * their grant of work.tasks.read reaches the company. Decided by permission, never by the role's name, so a
 * company role given that reach sees as much as an admin does.
 */
export function overseesAllWork(principal: Principal): boolean {
  return visibleDepartmentIds(principal, 'work.tasks.read') === null;
}

/**
 * Whether the actor may delegate, or revoke a delegation, for someone else: whoever may set who approves what
 * (work.policies.manage) may also say who decides instead of someone.
 */
export function mayDelegateForOthers(principal: Principal): boolean {
  return holds(principal, 'work.policies.manage');
}
