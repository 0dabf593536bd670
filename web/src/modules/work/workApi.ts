// Shapes of the supervision API (src/modules/work) and the queries the pages share.
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import type { ApiResponse, Schema } from '../../api/types';

export type TaskStatus = Task['status'];
export type Priority = Task['priority'];
export const TASK_STATUSES: TaskStatus[] = ['open', 'in_progress', 'waiting', 'done', 'cancelled'];
export const PRIORITIES: Priority[] = ['low', 'normal', 'high', 'urgent'];

// The answers are the generated types (web/src/api/types.ts); only the form-side shapes below are written here.
export type Task = Schema<'Task'>;
export type RequestStatus = ApprovalRequest['status'];
export type ApprovalRequest = Schema<'ApprovalRequest'>;
export type Inbox = ApiResponse<'/work/inbox'>;
export type Team = ApiResponse<'/work/team'>;
export type TeamPerson = Team['people'][number];
export type Notification = Schema<'Notification'>;
export type Preferences = ApiResponse<'/work/notifications/preferences'>;

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

export type Policy = Schema<'ApprovalPolicy'>;
export type PolicyDefinition = Policy['definition'];
export type Level = PolicyDefinition['levels'][number];
export type Step = Level['approvers'][number];
export type Delegation = Schema<'Delegation'>;

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
    queryFn: async () => (await api.get<ApiResponse<'/work/notifications'>>('/work/notifications')).items,
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
  if (entityType === 'purchasing_bill') return `/purchasing/bills/${entityId}`;
  if (entityType === 'payment_run') return `/payment-runs/${entityId}`;
  if (entityType === 'task') return `/work/tasks/${entityId}`;
  if (entityType === 'approval_request') return `/work/approvals/${entityId}`;
  if (entityType === 'sales_invoice') return `/sales/invoices/${entityId}`;
  if (entityType === 'purchasing_bill') return `/purchasing/bills/${entityId}`;
  if (entityType === 'party') return `/parties/${entityId}`;
  return null;
}

export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
