import { isCalendarDay } from '../../../kernel/dates.ts';
import type { DraftInput } from '../contract.ts';
import { salesText } from '../i18n.ts';

/**
 * A draft's dates, whoever sends them (API, CLI, import): each a real day, and the due date not before the issue
 * date. Refused with the field named, so the editor shows the message at that date.
 */
export function checkDraftDates(input: Pick<DraftInput, 'issueDate' | 'dueDate'>): void {
  for (const field of ['issueDate', 'dueDate'] as const) {
    const date = input[field];
    if (date && !isCalendarDay(date))
      throw salesText.error('validation', 'error.badDate', { date }, { field });
  }
  const { issueDate, dueDate } = input;
  if (issueDate && dueDate && dueDate < issueDate)
    throw salesText.error('validation', 'error.dueBeforeIssue', { dueDate, issueDate }, { field: 'dueDate' });
}
