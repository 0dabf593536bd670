import { z } from '@hono/zod-openapi';

/** Supervision's shapes, shared by routes, CLI and web forms. */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
export const Priority = z.enum(['low', 'normal', 'high', 'urgent']);
export const TaskStatus = z.enum(['open', 'in_progress', 'waiting', 'done', 'cancelled']);
const Link = z.object({ entityType: z.string().min(1).max(100), entityId: z.string().min(1).max(200) });

export const TaskInput = z.object({
  title: z.string().trim().min(1).max(300),
  description: z.string().max(20000).optional(),
  departmentId: z.string().max(100).nullable().optional(),
  assigneeId: z.string().max(100).nullable().optional(),
  priority: Priority.optional(),
  dueDate: Day.nullable().optional(),
  kind: z.string().min(1).max(100).optional(),
  checklist: z.array(z.string().min(1).max(500)).max(100).optional(),
  links: z.array(Link).max(50).optional(),
  slaHours: z.number().int().min(1).max(10000).nullable().optional(),
});
export const TaskFilter = z.object({
  assignee: z.enum(['me']).optional(),
  departmentId: z.string().max(100).optional(),
  queue: z.enum(['true', 'false']).optional(),
  status: z.enum(['open', 'in_progress', 'waiting', 'done', 'cancelled', 'active']).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
export const AssignInput = z.object({ assigneeId: z.string().max(100).nullable() });
export const StatusInput = z.object({ status: TaskStatus });
export const CheckInput = z.object({ position: z.number().int().min(1).max(1000), done: z.boolean() });
export const CommentInput = z.object({ body: z.string().min(1).max(10000) });
export { Link };
export const TemplateInput = z.object({
  name: z.string().min(1).max(200),
  title: z.string().min(1).max(300),
  description: z.string().max(20000).optional(),
  departmentId: z.string().max(100).nullable().optional(),
  priority: Priority.optional(),
  checklist: z.array(z.string().min(1).max(500)).max(100),
  dueDays: z.number().int().min(0).max(3650).nullable().optional(),
});
export const ScheduleInput = z.object({
  template: z.string().min(1).max(200),
  rrule: z.string().min(1).max(1000).nullable().optional(),
  workingDayOfMonth: z.number().int().min(1).max(23).nullable().optional(),
  startDate: Day,
  assigneeId: z.string().max(100).nullable().optional(),
});
export const QueueInput = z.object({
  autoAssign: z.enum(['none', 'round_robin', 'least_loaded']),
  slaHours: z.number().int().min(1).max(10000).nullable().optional(),
  atRiskPercent: z.number().int().min(1).max(99).optional(),
});
export const CalendarInput = z.object({
  workDays: z.array(z.number().int().min(1).max(7)).max(7),
  dayStart: z.string().regex(/^\d{2}:\d{2}$/),
  dayEnd: z.string().regex(/^\d{2}:\d{2}$/),
  timeZone: z.string().max(100).nullable().optional(),
  holidays: z
    .array(z.object({ day: Day, name: z.string().min(1).max(200) }))
    .max(400)
    .optional(),
});

export const RequestFilter = z.object({
  status: z.enum(['pending', 'approved', 'rejected', 'withdrawn', 'expired']).optional(),
  action: z.string().max(100).optional(),
  waitingOnMe: z.enum(['true', 'false']).optional(),
  mine: z.enum(['true', 'false']).optional(),
});
export const DecisionInput = z.object({ comment: z.string().max(4000).nullable().optional() });
export const BulkInput = z.object({
  ids: z.array(z.string().max(100)).min(1).max(200),
  decision: z.enum(['approve', 'reject']),
  comment: z.string().max(4000).nullable().optional(),
});
export const PolicyInput = z.object({
  name: z.string().min(1).max(200),
  active: z.boolean().optional(),
  definition: z.record(z.string(), z.unknown()),
});
export const DelegationInput = z.object({
  fromUserId: z.string().max(100).optional(),
  toUserId: z.string().max(100).optional(),
  startsOn: Day,
  endsOn: Day,
  kind: z.enum(['delegation', 'out_of_office']).optional(),
  reason: z.string().max(1000).optional(),
});
export const Preferences = z.object({
  email: z.enum(['instant', 'digest', 'off']),
  mutedKinds: z.array(z.string().max(100)).max(50),
});
export const Any = z.any();
export const Items = z.object({ items: z.array(z.any()) });
