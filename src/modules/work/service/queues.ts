import rrulePkg from 'rrule';
import { notFound } from '../../../kernel/errors.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { type Database, maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { departmentsByIds } from '../../org/index.ts';
import { workText } from '../i18n.ts';
import { workId } from './common.ts';
import { notify } from './notify.ts';
import { createTask, type Priority, TASK_SELECT, type TaskView } from './tasks.ts';
import { loadWorkingCalendar, type WorkingCalendar, workingDayOccurrences } from './working-days.ts';

const { RRule } = rrulePkg;

/**
 * Queue settings, the working calendar, templates, schedules (an RRULE, or the Nth working day of the month
 * by the working calendar) and SLA escalation.
 */
export async function setQueue(
  tx: Tx,
  ctx: ServiceContext,
  departmentId: string,
  input: {
    autoAssign: 'none' | 'round_robin' | 'least_loaded';
    slaHours?: number | null;
    atRiskPercent?: number;
  },
): Promise<void> {
  if (!(await departmentsByIds(tx, ctx.companyId, [departmentId])).has(departmentId))
    throw notFound('Department', departmentId);
  await tx.query(
    `INSERT INTO work_queues (company_id, department_id, auto_assign, sla_hours, at_risk_percent) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (company_id, department_id) DO UPDATE SET auto_assign = excluded.auto_assign, sla_hours = excluded.sla_hours,
       at_risk_percent = excluded.at_risk_percent, updated_at = now()`,
    [ctx.companyId, departmentId, input.autoAssign, input.slaHours ?? null, input.atRiskPercent ?? 75],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'work_queue',
    entityId: departmentId,
    action: 'update',
    after: { ...input },
  });
}

export async function setCalendar(
  tx: Tx,
  ctx: ServiceContext,
  input: {
    workDays: number[];
    dayStart: string;
    dayEnd: string;
    timeZone?: string | null;
    holidays?: { day: string; name: string }[];
  },
): Promise<void> {
  if (!input.workDays.every((d) => Number.isInteger(d) && d >= 1 && d <= 7))
    throw workText.error('validation', 'error.workingDays');
  if (
    !/^\d{2}:\d{2}$/.test(input.dayStart) ||
    !/^\d{2}:\d{2}$/.test(input.dayEnd) ||
    input.dayEnd <= input.dayStart
  )
    throw workText.error('validation', 'error.workingHours');
  await tx.query(
    `INSERT INTO work_calendars (company_id, work_days, day_start, day_end, time_zone) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (company_id) DO UPDATE SET work_days = excluded.work_days, day_start = excluded.day_start,
       day_end = excluded.day_end, time_zone = excluded.time_zone, updated_at = now()`,
    [ctx.companyId, input.workDays, input.dayStart, input.dayEnd, input.timeZone ?? null],
  );
  if (input.holidays) {
    await tx.query('DELETE FROM work_holidays WHERE company_id = $1', [ctx.companyId]);
    for (const h of input.holidays)
      await tx.query(
        'INSERT INTO work_holidays (company_id, day, name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [ctx.companyId, h.day, h.name],
      );
  }
  await recordAudit(tx, {
    ...ctx,
    entityType: 'work_calendar',
    entityId: ctx.companyId,
    action: 'update',
    after: { ...input },
  });
}

export interface TemplateInput {
  name: string;
  title: string;
  description?: string | undefined;
  departmentId?: string | null | undefined;
  priority?: Priority | undefined;
  checklist: string[];
  dueDays?: number | null | undefined;
}

export async function saveTemplate(
  tx: Tx,
  ctx: ServiceContext,
  input: TemplateInput,
): Promise<{ id: string }> {
  const id = workId('template');
  const r = await tx.query<{ id: string }>(
    `INSERT INTO work_templates (company_id, id, name, title, description, department_id, priority, checklist, due_days)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (company_id, name) DO UPDATE SET title = excluded.title, description = excluded.description,
       department_id = excluded.department_id, priority = excluded.priority, checklist = excluded.checklist, due_days = excluded.due_days
     RETURNING id`,
    [
      ctx.companyId,
      id,
      input.name,
      input.title,
      input.description ?? '',
      input.departmentId ?? null,
      input.priority ?? 'normal',
      JSON.stringify(input.checklist),
      input.dueDays ?? null,
    ],
  );
  const saved = r.rows[0]?.id ?? id;
  await recordAudit(tx, {
    ...ctx,
    entityType: 'task_template',
    entityId: saved,
    action: 'save',
    after: { ...input },
  });
  return { id: saved };
}

/** Templates; `departmentIds` narrows to those departments' templates and the ones of no department. */
export async function listTemplates(
  sql: Sql,
  companyId: string,
  departmentIds: readonly string[] | null = null,
) {
  return (
    await sql.query<{
      id: string;
      name: string;
      title: string;
      departmentId: string | null;
      checklist: string[];
      dueDays: number | null;
    }>(
      `SELECT id, name, title, department_id AS "departmentId", checklist, due_days AS "dueDays" FROM work_templates
        WHERE company_id = $1 AND ($2::text[] IS NULL OR department_id IS NULL OR department_id = ANY($2)) ORDER BY name`,
      [companyId, departmentIds === null ? null : [...departmentIds]],
    )
  ).rows;
}

/** A task from a template (by id or name), due `due_days` after `on` (default today). */
export async function createFromTemplate(
  tx: Tx,
  ctx: ServiceContext,
  template: string,
  opts: { on?: string; assigneeId?: string | null; links?: { entityType: string; entityId: string }[] } = {},
): Promise<TaskView> {
  const t = await maybeOne<{
    id: string;
    title: string;
    description: string;
    department_id: string | null;
    priority: Priority;
    checklist: string[];
    due: string | null;
  }>(
    tx,
    `SELECT id, title, description, department_id, priority, checklist,
            to_char(COALESCE($3::date, current_date) + due_days, 'YYYY-MM-DD') AS due
       FROM work_templates WHERE company_id = $1 AND (id = $2 OR name = $2)`,
    [ctx.companyId, template, opts.on ?? null],
  );
  if (!t) throw notFound('Task template', template);
  return createTask(tx, ctx, {
    title: opts.on ? `${t.title} (${opts.on})` : t.title,
    description: t.description,
    departmentId: t.department_id,
    assigneeId: opts.assigneeId ?? null,
    priority: t.priority,
    dueDate: t.due,
    checklist: t.checklist,
    templateId: t.id,
    links: opts.links,
  });
}

function parseRule(rule: string, startDate: string) {
  try {
    const options = RRule.parseString(rule);
    if (options.freq === undefined) throw new Error('FREQ is missing');
    if (options.freq > RRule.DAILY) throw new Error('tasks recur at most daily');
    return new RRule({ ...options, dtstart: new Date(`${startDate}T00:00:00Z`) });
  } catch (err) {
    throw workText.error(
      'validation',
      'error.invalidRrule',
      { rule, problem: (err as Error).message },
      {
        field: 'rrule',
      },
    );
  }
}

/** A template's company and department by id alone (null: none), for the access guard. */
export async function templateScope(
  sql: Sql,
  id: string,
): Promise<{ companyId: string; departmentId: string | null } | null> {
  return maybeOne(
    sql,
    'SELECT company_id AS "companyId", department_id AS "departmentId" FROM work_templates WHERE id = $1',
    [id],
  );
}

/** The department of a template named by id or name in this company (null: none or no such template). */
export async function templateDepartment(
  sql: Sql,
  companyId: string,
  template: string,
): Promise<string | null> {
  const t = await maybeOne<{ department_id: string | null }>(
    sql,
    'SELECT department_id FROM work_templates WHERE company_id = $1 AND (id = $2 OR name = $2)',
    [companyId, template],
  );
  return t?.department_id ?? null;
}

export interface ScheduleInput {
  template: string;
  /** An RRULE (at most daily), e.g. FREQ=WEEKLY;BYDAY=MO … */
  rrule?: string | null | undefined;
  /** … or the Nth working day of each month (1–23): weekends and company holidays are skipped. */
  workingDayOfMonth?: number | null | undefined;
  startDate: string;
  assigneeId?: string | null | undefined;
}

export async function createSchedule(
  tx: Tx,
  ctx: ServiceContext,
  input: ScheduleInput,
): Promise<{ id: string }> {
  const rrule = input.rrule?.trim() || null;
  const nth = input.workingDayOfMonth ?? null;
  if ((rrule === null) === (nth === null))
    throw workText.error('validation', 'error.rruleOrWorkingDay', undefined, {
      field: rrule ? 'workingDayOfMonth' : 'rrule',
    });
  if (rrule) parseRule(rrule, input.startDate);
  if (nth !== null && !(Number.isInteger(nth) && nth >= 1 && nth <= 23))
    throw workText.error('validation', 'error.workingDayOfMonth', undefined, { field: 'workingDayOfMonth' });
  const t = await maybeOne<{ id: string }>(
    tx,
    'SELECT id FROM work_templates WHERE company_id = $1 AND (id = $2 OR name = $2)',
    [ctx.companyId, input.template],
  );
  if (!t) throw notFound('Task template', input.template);
  const id = workId('schedule');
  await tx.query(
    `INSERT INTO work_schedules (company_id, id, template_id, rrule, working_day_of_month, start_date, assignee_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [ctx.companyId, id, t.id, rrule, nth, input.startDate, input.assigneeId ?? null, ctx.actor.userId],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'task_schedule',
    entityId: id,
    action: 'create',
    after: { ...input },
  });
  return { id };
}

/** Creates the tasks of every occurrence due through `through` (default today), once each (the run's key). */
export async function runSchedules(db: Database, ctx: ServiceContext, through?: string): Promise<number> {
  const last = through ?? new Date().toISOString().slice(0, 10);
  const until = new Date(`${last}T23:59:59Z`);
  let calendar: WorkingCalendar | null = null;
  const schedules = (
    await db.query<{
      id: string;
      template_id: string;
      rrule: string | null;
      nth: number | null;
      start: string;
      assignee_id: string | null;
    }>(
      `SELECT id, template_id, rrule, working_day_of_month AS nth, to_char(start_date, 'YYYY-MM-DD') AS start, assignee_id FROM work_schedules WHERE company_id = $1 AND active`,
      [ctx.companyId],
    )
  ).rows;
  let made = 0;
  for (const s of schedules) {
    let days: string[];
    if (s.nth !== null) {
      calendar ??= await loadWorkingCalendar(db, ctx.companyId);
      days = workingDayOccurrences(calendar, s.nth, s.start, last);
    } else
      days = parseRule(s.rrule ?? '', s.start)
        .between(new Date(`${s.start}T00:00:00Z`), until, true)
        .slice(0, 400)
        .map((d) => d.toISOString().slice(0, 10));
    for (const day of days) {
      await db.tx(async (tx) => {
        const claimed = await tx.query(
          'INSERT INTO work_schedule_runs (company_id, schedule_id, occurrence) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
          [ctx.companyId, s.id, day],
        );
        if (claimed.rowCount === 0) return;
        const task = await createFromTemplate(tx, ctx, s.template_id, { on: day, assigneeId: s.assignee_id });
        await tx.query(
          'UPDATE work_schedule_runs SET task_id = $4 WHERE company_id = $1 AND schedule_id = $2 AND occurrence = $3',
          [ctx.companyId, s.id, day, task.id],
        );
        made += 1;
      });
    }
  }
  return made;
}

/** Overdue tasks not yet escalated go to their department's manager (once each). */
export async function escalateOverdue(db: Database, ctx: ServiceContext): Promise<number> {
  const overdue = (
    await db.query<{ id: string; title: string; departmentId: string | null }>(
      `SELECT x.id, x.title, x."departmentId" FROM (${TASK_SELECT} WHERE t.company_id = $1 AND t.escalated_at IS NULL) x
        WHERE x.overdue`,
      [ctx.companyId],
    )
  ).rows;
  // Their departments' managers, in one read through org.
  const departments = await departmentsByIds(
    db,
    ctx.companyId,
    overdue.map((t) => t.departmentId),
  );
  const due = overdue.map((t) => ({
    ...t,
    manager: (t.departmentId && departments.get(t.departmentId)?.managerUserId) || null,
  }));
  let n = 0;
  for (const t of due) {
    await db.tx(async (tx) => {
      const r = await tx.query(
        'UPDATE work_tasks SET escalated_at = now() WHERE company_id = $1 AND id = $2 AND escalated_at IS NULL',
        [ctx.companyId, t.id],
      );
      if (r.rowCount === 0) return;
      await recordAudit(tx, {
        ...ctx,
        entityType: 'task',
        entityId: t.id,
        action: 'escalate',
        after: { to: t.manager },
      });
      await notify(tx, ctx.companyId, [t.manager], {
        kind: 'task.escalated',
        task: t.title,
        entityType: 'task',
        entityId: t.id,
      });
      n += 1;
    });
  }
  return n;
}
