import { ApiError } from '../api';
import type { T } from '../i18n';
import { parseDecimalInput } from '../lib/decimal';

/**
 * The editors' field checks, before the server sees anything: what the user typed is kept as typed; a check
 * gives the plain value to send, or the code of what is wrong. The codes are the server's field codes
 * (src/platform/http/fields.ts), so one message per code (`field.<code>` in the core strings) serves both the
 * client's checks and the server's `details.fields`.
 */
export type FieldCode =
  | 'required'
  | 'invalid_decimal'
  | 'not_positive'
  | 'percent_range'
  | 'invalid_date'
  | 'due_before_issue';

export interface Checked {
  /** The plain decimal to send ('' for an empty optional cell); null when the text is wrong. */
  value: string | null;
  error: FieldCode | null;
}

/** A decimal cell: optional or required, any sign, positive only, or a 0–100 percent. */
export function checkDecimal(
  text: string,
  locale: string,
  rule: { required?: boolean; positive?: boolean; percent?: boolean } = {},
): Checked {
  const trimmed = text.trim();
  if (trimmed === '') return rule.required ? { value: null, error: 'required' } : { value: '', error: null };
  const negative = trimmed.startsWith('-');
  const plain = parseDecimalInput(negative ? trimmed.slice(1) : trimmed, locale);
  if (!plain) return { value: null, error: 'invalid_decimal' };
  const value = negative ? `-${plain}` : plain;
  const zero = !/[1-9]/.test(plain);
  if (rule.positive && (negative || zero)) return { value: null, error: 'not_positive' };
  if (rule.percent && (negative || !isPercent(plain))) return { value: null, error: 'percent_range' };
  return { value, error: null };
}

/** 0–100 without floats: fewer than three whole digits, or 100 with only zeros after the point. */
function isPercent(plain: string): boolean {
  const [whole = '', frac = ''] = plain.split('.');
  return whole.length < 3 || (whole === '100' && /^0*$/.test(frac));
}

/** A day 'YYYY-MM-DD' that exists (2026-02-30 does not; Date would quietly make it 2 March). */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** A date field: empty is fine unless required; otherwise a real day. */
export function checkDay(text: string, required = false): FieldCode | null {
  const trimmed = text.trim();
  if (trimmed === '') return required ? 'required' : null;
  return isCalendarDay(trimmed) ? null : 'invalid_date';
}

/** Issue and due date together: each a real day, and the due date not before the issue date. */
export function checkDates(issueDate: string, dueDate: string, issueRequired = false) {
  const issue = checkDay(issueDate, issueRequired);
  const due = checkDay(dueDate);
  const backwards = !issue && !due && issueDate && dueDate && dueDate.trim() < issueDate.trim();
  return { issueDate: issue, dueDate: backwards ? ('due_before_issue' as const) : due };
}

/** A field code's message in the reader's language. */
export function fieldMessage(
  t: T,
  code: string,
  params: Record<string, string | number> = {},
  fallback = '',
) {
  return t.dyn(`field.${code}`, fallback || t('error.validation'), params);
}

/**
 * The server's field errors of a failed save, by path (`issueDate`, `lines.2.quantity`): each of
 * `details.fields` in the reader's language (our wording for a known code, else the server's, which is in the
 * request's language already), or the whole message for the one field a service rule names (`details.field`).
 */
export function serverFieldErrors(t: T, error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.details || typeof error.details !== 'object') return {};
  const details = error.details as { fields?: unknown; field?: unknown };
  const out: Record<string, string> = {};
  if (Array.isArray(details.fields)) {
    for (const f of details.fields as {
      path?: unknown;
      code?: unknown;
      params?: unknown;
      message?: unknown;
    }[]) {
      if (typeof f?.path !== 'string' || f.path in out) continue;
      const params = (f.params ?? {}) as Record<string, string | number>;
      out[f.path] = fieldMessage(t, String(f.code), params, String(f.message ?? ''));
    }
  } else if (typeof details.field === 'string') out[details.field] = error.message;
  return out;
}

/** Server errors at `lines.N.<field>` moved onto the keys of the lines that were sent, in the order sent. */
export function byLineKey(
  errors: Record<string, string>,
  sentKeys: readonly string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const m = /^lines\.(\d+)\.(\w+)$/.exec(path);
    const key = m ? sentKeys[Number(m[1])] : undefined;
    out[m && key ? `${key}.${m[2]}` : path] = message;
  }
  return out;
}
