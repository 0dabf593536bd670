import { z } from '@hono/zod-openapi';
import { JsonObject } from '../../platform/http/helpers.ts';
import { PolicyDefinition } from './service/policies.ts';

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
  /** The requests about one record (a journal entry's page asks for its pending request). */
  entityId: z.string().max(200).optional(),
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
  definition: JsonObject,
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

// Answers. They mirror the service views (service/*.ts); hono checks each handler's answer against them.
const LinkView = z.object({ entityType: z.string(), entityId: z.string() });
export const TaskView = z
  .object({
    id: z.string(),
    title: z.string(),
    description: z.string(),
    departmentId: z.string().nullable(),
    department: z.string().nullable(),
    assigneeId: z.string().nullable(),
    assignee: z.string().nullable(),
    requester: z.string().nullable(),
    priority: Priority,
    status: TaskStatus,
    dueDate: z.string().nullable(),
    kind: z.string(),
    slaHours: z.number().nullable(),
    slaUsedHours: z.string(),
    overdue: z.boolean(),
    atRisk: z.boolean(),
    escalated: z.boolean(),
    createdAt: z.string(),
    doneAt: z.string().nullable(),
    checklist: z.array(z.object({ position: z.number(), text: z.string(), done: z.boolean() })).optional(),
    comments: z
      .array(z.object({ id: z.string(), author: z.string().nullable(), body: z.string(), at: z.string() }))
      .optional(),
    links: z.array(LinkView).optional(),
  })
  .openapi('Task');
export const TemplateView = z
  .object({
    id: z.string(),
    name: z.string(),
    title: z.string(),
    departmentId: z.string().nullable(),
    checklist: z.array(z.string()),
    dueDays: z.number().nullable(),
  })
  .openapi('TaskTemplate');
export const IdView = z.object({ id: z.string() });
/** What the approver sees of the subject (src/platform/approvals/subjects.ts), described by its owner. */
export const SubjectSummary = z
  .object({
    kind: z.string(),
    title: z.string(),
    number: z.string().nullable(),
    party: z.string().nullable(),
    date: z.string().nullable(),
    dueDate: z.string().nullable(),
    total: z.object({ amount: z.string(), currency: z.string() }).nullable(),
    lines: z.array(
      z.object({
        accountCode: z.string(),
        accountName: z.string(),
        memo: z.string().nullable(),
        debit: z.string().nullable(),
        credit: z.string().nullable(),
        currency: z.string(),
      }),
    ),
  })
  .openapi('ApprovalSubject');
const RequestStatus = z.enum(['pending', 'approved', 'rejected', 'withdrawn', 'expired']);
export const RequestView = z
  .object({
    id: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    summary: z.string(),
    data: JsonObject,
    status: RequestStatus,
    maker: z.string().nullable(),
    makerName: z.string().nullable(),
    policyVersion: z.number(),
    currentLevel: z.number(),
    levels: z.array(
      z.object({
        name: z.string(),
        need: z.number(),
        approvers: z.array(z.string()),
        approvedBy: z.array(z.string()),
      }),
    ),
    waitingOn: z.array(z.string()),
    approversNeeded: z.array(
      z.object({ level: z.number(), name: z.string(), need: z.number(), approvers: z.array(z.string()) }),
    ),
    decisions: z.array(
      z.object({
        level: z.number(),
        by: z.string(),
        onBehalfOf: z.string().nullable(),
        decision: z.string(),
        comment: z.string().nullable(),
        at: z.string(),
      }),
    ),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    subject: SubjectSummary.nullable(),
    subjectHidden: z.boolean(),
  })
  .openapi('ApprovalRequest');
export const BulkResult = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      ok: z.boolean(),
      status: z.string().optional(),
      error: z.string().optional(),
    }),
  ),
});
export const PolicyView = z
  .object({
    id: z.string(),
    action: z.string(),
    name: z.string(),
    active: z.boolean(),
    version: z.number(),
    definition: PolicyDefinition,
    updatedAt: z.string(),
  })
  .openapi('ApprovalPolicy');
export const PolicyList = z.object({
  items: z.array(PolicyView),
  actions: z.array(z.object({ action: z.string(), description: z.string() })),
});
export const DelegationView = z
  .object({
    id: z.string(),
    fromUserId: z.string(),
    toUserId: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    kind: z.enum(['delegation', 'out_of_office']),
    reason: z.string().nullable(),
    revoked: z.boolean(),
  })
  .openapi('Delegation');
export const NotificationView = z
  .object({
    id: z.string(),
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    entityType: z.string().nullable(),
    entityId: z.string().nullable(),
    read: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('Notification');
export const MyWorkView = z.object({
  tasks: z.array(TaskView),
  queue: z.array(TaskView),
  waitingOnMe: z.array(RequestView),
  submitted: z.array(RequestView),
});
export const TeamView = z.object({
  departments: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
  people: z.array(
    z.object({
      userId: z.string(),
      email: z.string(),
      name: z.string(),
      open: z.number(),
      inProgress: z.number(),
      waiting: z.number(),
      overdue: z.number(),
      atRisk: z.number(),
      approvalsWaiting: z.number(),
    }),
  ),
  overdue: z.array(TaskView),
  atRisk: z.array(TaskView),
  unassigned: z.number(),
  approvalsWaiting: z.array(RequestView),
  throughput: z.array(z.object({ week: z.string(), tasksDone: z.number(), approvalsDecided: z.number() })),
});
export const itemsOf = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item) });
export const pageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
export const UnreadCount = z.object({ unread: z.number().int() }).openapi('UnreadCount');
