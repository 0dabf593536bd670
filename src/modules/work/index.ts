/**
 * Supervision: tasks and department queues, approval policies and requests (maker-checker), delegation,
 * notifications. The approval gate (`approvalGate`, `policyCovers`) is installed by the composition root
 * (src/compose.ts), which every process that can act — server, worker, CLI, tests — calls. Other code imports
 * only from here.
 */
import './permissions.ts';
import './jobs.ts';
import { defineRecordRule } from '../../platform/access/index.ts';
import { registerAttachable } from '../../platform/files/index.ts';
import { canReadTask } from './service/scope.ts';

// The record rule of a task (service/scope.ts): its assignee, its requester, and whoever reaches its
// department. Its routes, its list (the same rule in SQL) and its files all follow it.
defineRecordRule('work_task', { permission: 'work.tasks.read', canRead: canReadTask, label: 'task' });

// Files on a task go where the task goes (the record rule above); removable until the task is done or cancelled.
registerAttachable('work_task', {
  label: 'task',
  permissionRead: 'work.tasks.read',
  permissionWrite: 'work.tasks.manage',
  exists: async (tx, companyId, id) =>
    (await tx.query('SELECT 1 FROM work_tasks WHERE company_id = $1 AND id = $2', [companyId, id]))
      .rowCount === 1,
  canDelete: async (tx, companyId, id) =>
    (
      await tx.query(
        `SELECT 1 FROM work_tasks WHERE company_id = $1 AND id = $2 AND status NOT IN ('done', 'cancelled') FOR SHARE`,
        [companyId, id],
      )
    ).rowCount === 1,
});

export { WORK_PERMISSIONS } from './permissions.ts';
export { registerApprovalRoutes } from './routes/approvals.ts';
export { registerTaskRoutes } from './routes/tasks.ts';
export { escalationTarget } from './service/approvers.ts';
export {
  bulkDecide,
  decide,
  type ReturnHandler,
  registerApprovalReturn,
  withdraw,
} from './service/decide.ts';
export {
  createDelegation,
  type DelegationView,
  listDelegations,
  maintainApprovals,
  revokeDelegation,
} from './service/delegation.ts';
export { type WorkFigures, workFigures } from './service/home.ts';
export { type MyWork, myWork, type TeamView, teamView } from './service/inbox.ts';
export { compareDecimal, conditionProblem, evaluate, matches } from './service/logic.ts';
export {
  getPreferences,
  listNotifications,
  markRead,
  NOTIFICATION_KINDS,
  notificationsPage,
  notify,
  sendDigests,
  setPreferences,
  unreadCount,
} from './service/notify.ts';
export {
  activePolicy,
  getPolicy,
  listPolicies,
  type PolicyDefinition,
  type PolicyView,
  savePolicy,
  setPolicyActive,
} from './service/policies.ts';
export {
  createFromTemplate,
  createSchedule,
  escalateOverdue,
  listTemplates,
  runSchedules,
  saveTemplate,
  setCalendar,
  setQueue,
} from './service/queues.ts';
export {
  approvalGate,
  getRequest,
  listRequests,
  policyCovers,
  type RequestView,
  withSubjects,
} from './service/requests.ts';
export { taskSearcher } from './service/search.ts';
export {
  addComment,
  addLink,
  assignTask,
  checkItem,
  createTask,
  /** For other modules: "bill awaiting approval", "certification expires in 30 days", … */
  createTask as createTaskFor,
  getTask,
  listTasks,
  setTaskStatus,
  type TaskInput,
  type TaskView,
  takeTask,
} from './service/tasks.ts';
