import type { Sql } from '../../../platform/db/index.ts';

/**
 * The company's working calendar as schedules see it: working weekdays (ISO, 1 = Monday) and holidays — the
 * same `work_calendars` / `work_holidays` the SLA counts with (`work_business_seconds()`).
 */
export interface WorkingCalendar {
  workDays: readonly number[];
  holidays: ReadonlySet<string>;
}

export async function loadWorkingCalendar(sql: Sql, companyId: string): Promise<WorkingCalendar> {
  const [days, holidays] = await Promise.all([
    sql.query<{ work_days: number[] }>(
      // No calendar row yet: Monday to Friday (below).
      'SELECT work_days FROM work_calendars WHERE company_id = $1',
      [companyId],
    ),
    sql.query<{ day: string }>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day FROM work_holidays WHERE company_id = $1`,
      [companyId],
    ),
  ]);
  return {
    workDays: (days.rows[0]?.work_days ?? [1, 2, 3, 4, 5]).map(Number),
    holidays: new Set(holidays.rows.map((h) => h.day)),
  };
}

function dayText(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function isWorkingDay(calendar: WorkingCalendar, day: string): boolean {
  const isoDow = new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
  return calendar.workDays.includes(isoDow) && !calendar.holidays.has(day);
}

/**
 * The Nth working day of a month (month 1–12): non-working weekdays and holidays are skipped. A month with
 * fewer than N working days gives its last working day; a month with none gives null.
 */
export function nthWorkingDayOfMonth(
  calendar: WorkingCalendar,
  year: number,
  month: number,
  n: number,
): string | null {
  let last: string | null = null;
  let count = 0;
  for (let d = new Date(Date.UTC(year, month - 1, 1)); d.getUTCMonth() === month - 1; ) {
    const day = dayText(d);
    if (isWorkingDay(calendar, day)) {
      count += 1;
      last = day;
      if (count === n) return day;
    }
    d = new Date(d.getTime() + 86_400_000);
  }
  return last;
}

/** Every month's Nth working day from `start` through `through` (both YYYY-MM-DD, inclusive). */
export function workingDayOccurrences(
  calendar: WorkingCalendar,
  n: number,
  start: string,
  through: string,
): string[] {
  const out: string[] = [];
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  const endKey = Number(through.slice(0, 4)) * 12 + Number(through.slice(5, 7));
  while (year * 12 + month <= endKey && out.length < 400) {
    const day = nthWorkingDayOfMonth(calendar, year, month, n);
    if (day && day >= start && day <= through) out.push(day);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}
