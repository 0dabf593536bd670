import { definePermissions, type PermissionDef } from '../../platform/access/index.ts';

const ALL = ['owner', 'admin', 'manager', 'assistant', 'auditor'] as const;
const STAFF = ['owner', 'admin', 'manager', 'assistant'] as const;
const LEADS = ['owner', 'admin', 'manager'] as const;

/**
 * Who may do what in supervision. Tasks and queues are department-scoped: a manager or an assistant reaches
 * the tasks of their own departments (and tasks they are personally on — see service/scope.ts). Approving is open to staff because the request itself names its approvers:
 * the engine refuses anyone the request does not wait on, and always the maker.
 */
export const WORK_PERMISSIONS: readonly PermissionDef[] = [
  {
    name: 'work.tasks.read',
    description: 'see tasks and queues',
    roles: ALL,
    scope: 'department',
    write: false,
  },
  {
    name: 'work.tasks.manage',
    description: 'create, take, update and close tasks',
    roles: STAFF,
    scope: 'department',
    write: true,
  },
  {
    name: 'work.queues.manage',
    description: 'set queue auto-assignment, SLA, templates and schedules',
    roles: LEADS,
    scope: 'department',
    write: true,
  },
  {
    name: 'work.approvals.read',
    description: 'see approval requests',
    roles: ALL,
    scope: 'company',
    write: false,
  },
  {
    name: 'work.approvals.decide',
    description: 'approve, reject or withdraw approval requests',
    roles: STAFF,
    scope: 'company',
    write: true,
  },
  {
    name: 'work.policies.manage',
    description: 'change approval policies and the working calendar',
    roles: ['owner', 'admin'],
    scope: 'company',
    write: true,
  },
  {
    name: 'work.delegations.manage',
    description: 'delegate my approvals or set myself out of office',
    roles: STAFF,
    scope: 'company',
    write: true,
  },
  {
    name: 'work.team.read',
    description: "see the team's workload",
    roles: ['owner', 'admin', 'manager', 'auditor'],
    scope: 'company',
    write: false,
  },
  {
    name: 'work.notifications.read',
    description: 'read my notifications and preferences',
    roles: ALL,
    scope: 'company',
    write: false,
  },
  {
    name: 'work.notifications.manage',
    description: 'mark my notifications read and choose what I receive',
    roles: STAFF,
    scope: 'company',
    write: true,
  },
];

definePermissions(WORK_PERMISSIONS);
