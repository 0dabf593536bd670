import { daysBetween } from '../../../kernel/dates.ts';

/**
 * Days a posted, unpaid bill is past its due date on `today` (0 when it is not overdue): the same rule as the
 * bill list's `status=overdue` filter, so the flag and the filter never disagree. Vendor credits are never
 * overdue (they are owed to us). Sales has the same rule for invoices (sales/service/invoices.ts daysOverdue).
 */
export function billDaysOverdue(
  r: { kind: 'bill' | 'vendor_credit'; status: string; due_date: string | null },
  today: string,
): number {
  if (r.kind !== 'bill' || !r.due_date) return 0;
  if (r.status !== 'posted' && r.status !== 'partially_paid') return 0;
  return Math.max(0, daysBetween(r.due_date, today));
}
