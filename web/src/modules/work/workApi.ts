// Shapes of the supervision API (src/modules/work) and the queries the pages share.
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { api } from '../../api';

export type TaskStatus = 'open' | 'in_progress' | 'waiting' | 'done' | 'cancelled';
export type Priority = 'low' | 'normal' | 'high' | 'urgent';
export const TASK_STATUSES: TaskStatus[] = ['open', 'in_progress', 'waiting', 'done', 'cancelled'];
export const PRIORITIES: Priority[] = ['low', 'normal', 'high', 'urgent'];

export interface Task {
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

export type RequestStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'expired';

export interface ApprovalRequest {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  data: Record<string, unknown>;
  status: RequestStatus;
  maker: string | null;
  makerName: string | null;
  policyVersion: number;
  currentLevel: number;
  levels: { name: string; need: number; approvers: string[]; approvedBy: string[] }[];
  waitingOn: string[];
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
}

export interface Inbox {
  tasks: Task[];
  queue: Task[];
  waitingOnMe: ApprovalRequest[];
  submitted: ApprovalRequest[];
}

export interface TeamPerson {
  userId: string;
  email: string;
  name: string;
  open: number;
  inProgress: number;
  waiting: number;
  overdue: number;
  atRisk: number;
  approvalsWaiting: number;
}

export interface Team {
  departments: { id: string; code: string; name: string }[];
  people: TeamPerson[];
  overdue: Task[];
  atRisk: Task[];
  unassigned: number;
  approvalsWaiting: ApprovalRequest[];
  throughput: { week: string; tasksDone: number; approvalsDecided: number }[];
}

export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  entityType: string | null;
  entityId: string | null;
  read: boolean;
  createdAt: string;
}

export interface Preferences {
  email: 'instant' | 'digest' | 'off';
  mutedKinds: string[];
}

export const NOTIFICATION_KINDS = [
  'approval.waiting',
  'approval.approved',
  'approval.rejected',
  'approval.expired',
  'approval.escalated',
  'task.assigned',
  'task.escalated',
  'task.comment',
] as const;

export type Step =
  | { type: 'department_manager'; departmentId?: string }
  | { type: 'role'; role: 'owner' | 'admin' | 'manager' | 'assistant' }
  | { type: 'people'; userIds?: string[]; emails?: string[] };

export interface Level {
  name: string;
  approvers: Step[];
  need?: number;
}

export interface PolicyDefinition {
  condition?: unknown;
  levels: Level[];
  tiers?: { when: unknown; levels: Level[] }[];
  expiresAfterHours?: number;
  onExpiry?: 'expire' | 'escalate';
}

export interface Policy {
  id: string;
  action: string;
  name: string;
  active: boolean;
  version: number;
  definition: PolicyDefinition;
  updatedAt: string;
}

export interface Delegation {
  id: string;
  fromUserId: string;
  toUserId: string;
  startsOn: string;
  endsOn: string;
  kind: 'delegation' | 'out_of_office';
  reason: string | null;
  revoked: boolean;
}

export function useInbox() {
  return useQuery({ queryKey: ['work', 'inbox'], queryFn: () => api.get<Inbox>('/work/inbox') });
}

export function useRequest(id: string) {
  return useQuery({
    queryKey: ['work', 'request', id],
    queryFn: () => api.get<ApprovalRequest>(`/work/approvals/${id}`),
  });
}

export function useNotifications() {
  return useQuery({
    queryKey: ['work', 'notifications'],
    queryFn: async () => (await api.get<{ items: Notification[] }>('/work/notifications')).items,
  });
}

/** After any change in supervision (and the ledger entries it posts): refetch what may have moved. */
export async function invalidateWork(qc: QueryClient): Promise<void> {
  await Promise.all([
    qc.invalidateQueries({ queryKey: ['work'] }),
    qc.invalidateQueries({ queryKey: ['ledger'] }),
  ]);
}

/** Where a request's subject lives in the UI (null: no page for it). */
export function subjectLink(entityType: string, entityId: string): string | null {
  if (entityType === 'ledger_entry') return `/ledger/entries/${entityId}`;
  if (entityType === 'task') return `/work/tasks/${entityId}`;
  if (entityType === 'approval_request') return `/work/approvals/${entityId}`;
  return null;
}

export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
