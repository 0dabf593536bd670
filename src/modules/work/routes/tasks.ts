import type { OpenAPIHono, z } from '@hono/zod-openapi';
import { authorize, NARROWED, visibleDepartmentIds } from '../../../platform/access/index.ts';
import { body, ctxOf, IdParam, json, noContent, principalOf } from '../../../platform/http/helpers.ts';
import { type DepartmentResolver, defineRoute, narrowed } from '../../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../../platform/http/types.ts';
import {
  AssignInput,
  CalendarInput,
  CheckInput,
  CommentInput,
  IdView,
  itemsOf,
  Link,
  QueueInput,
  ScheduleInput,
  StatusInput,
  TaskFilter,
  TaskInput,
  TaskView,
  TemplateInput,
  TemplateView,
} from '../contract.ts';
import { workText } from '../i18n.ts';
import {
  createFromTemplate,
  createSchedule,
  listTemplates,
  saveTemplate,
  setCalendar,
  setQueue,
  templateDepartment,
  templateScope,
} from '../service/queues.ts';
import { departmentOfCompany, taskDepartmentFor } from '../service/scope.ts';
import {
  addComment,
  addLink,
  assignTask,
  checkItem,
  createTask,
  getTask,
  listTasks,
  setTaskStatus,
  takeTask,
} from '../service/tasks.ts';

/** The task in the path: its department decides (service/scope.ts); another department's task is a 403. */
const taskInPath: DepartmentResolver = (c, principal, deps) =>
  taskDepartmentFor(deps.db, principal, c.req.param('id') ?? '');

/** The department filter of a list (`?departmentId=`): one the actor does not reach is a 403, not an empty list. */
const departmentInQuery: DepartmentResolver = async (c, principal, deps) =>
  // No filter: the list narrows itself to visibleDepartmentIds and the tasks one is on (the explicit path).
  (await departmentOfCompany(deps.db, principal, c.req.query('departmentId'))) ?? NARROWED;

/** A department in the path (queue settings). */
const departmentInPath: DepartmentResolver = (c, principal, deps) =>
  departmentOfCompany(deps.db, principal, c.req.param('id'));

/** The template in the path (by id or name): a task made from it lands in the template's department. */
const templateInPath: DepartmentResolver = async (c, principal, deps) => {
  const ref = c.req.param('id') ?? '';
  const t = await templateScope(deps.db, ref);
  if (t && t.companyId !== principal.companyId)
    throw workText.error('forbidden', 'error.templateOtherCompany');
  // A template of no department (or none at all: the handler answers 404) is for anyone holding the permission.
  return (t ? t.departmentId : await templateDepartment(deps.db, principal.companyId, ref)) ?? NARROWED;
};

/** Tasks, queues, templates, schedules and the working calendar. */
export function registerTaskRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  const { db } = deps;
  const tags = ['work tasks'];
  /** Checks a department named in a body against the actor's reach for `permission`. */
  const mayUse = async (
    c: Parameters<typeof ctxOf>[0],
    permission: string,
    departmentId: string | null | undefined,
  ) => {
    const principal = principalOf(c);
    // A record of no department is reached only in person (service/scope.ts): holding the permission is
    // enough to make one — said explicitly, since a missing department is otherwise a "no".
    authorize(principal, permission, (await departmentOfCompany(db, principal, departmentId)) ?? NARROWED);
  };
  const post = (
    path: string,
    summary: string,
    input: z.ZodTypeAny | null,
    run: (c: Parameters<typeof ctxOf>[0], id: string, input: never) => Promise<z.output<typeof TaskView>>,
    permission = 'work.tasks.manage',
    department: DepartmentResolver = taskInPath,
  ) =>
    defineRoute(
      app,
      deps,
      {
        method: 'post',
        path,
        permission,
        department,
        tags,
        summary,
        request: input ? { params: IdParam(), body: body(input) } : { params: IdParam() },
        responses: json(TaskView),
      },
      async (c) => {
        const id = (c.req.valid as (t: 'param') => { id: string })('param').id;
        const data = input ? (c.req.valid as (t: 'json') => never)('json') : (undefined as never);
        return c.json(await run(c, id, data), 200);
      },
    );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/work/tasks',
      permission: 'work.tasks.read',
      department: departmentInQuery,
      tags,
      summary:
        "Tasks: mine (assignee=me), a queue (departmentId + queue=true), overdue, by status — only tasks of the caller's departments and tasks they are on, unless they see every department",
      request: { query: TaskFilter },
      responses: json(itemsOf(TaskView)),
    },
    async (c) => {
      const q = c.req.valid('query');
      const principal = principalOf(c);
      const departmentIds = visibleDepartmentIds(principal, 'work.tasks.read');
      const items = await listTasks(db, ctxOf(c).companyId, {
        visibleTo: departmentIds ? { userId: principal.userId, departmentIds } : undefined,
        assigneeId: q.assignee === 'me' ? principal.userId : undefined,
        departmentId: q.departmentId,
        queue: q.queue === 'true',
        status: q.status,
        overdue: q.overdue === 'true',
      });
      return c.json({ items }, 200);
    },
  );
  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/work/tasks',
      permission: 'work.tasks.manage',
      department: narrowed('body'),
      tags,
      summary:
        'Create a task (no assignee: it goes to the department queue, auto-assigned if the queue says so) — in a department the caller reaches',
      request: { body: body(TaskInput) },
      responses: json(TaskView, 'Created', 201),
    },
    async (c) => {
      const input = c.req.valid('json');
      await mayUse(c, 'work.tasks.manage', input.departmentId);
      return c.json(await db.tx((tx) => createTask(tx, ctxOf(c), input)), 201);
    },
  );
  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/work/tasks/{id}',
      permission: 'work.tasks.read',
      department: taskInPath,
      tags,
      summary: 'One task with checklist, comments and links',
      request: { params: IdParam() },
      responses: json(TaskView),
    },
    async (c) => c.json(await getTask(db, ctxOf(c).companyId, c.req.valid('param').id), 200),
  );
  post('/work/tasks/{id}/take', 'Take a queued task (one taker wins; the other gets a 409)', null, (c, id) =>
    db.tx((tx) => takeTask(tx, ctxOf(c), id)),
  );
  post(
    '/work/tasks/{id}/assign',
    'Assign or reassign (null: back to the queue)',
    AssignInput,
    (c, id, i: z.infer<typeof AssignInput>) => db.tx((tx) => assignTask(tx, ctxOf(c), id, i.assigneeId)),
  );
  post(
    '/work/tasks/{id}/status',
    'Move a task (SLA time stops while waiting)',
    StatusInput,
    (c, id, i: z.infer<typeof StatusInput>) => db.tx((tx) => setTaskStatus(tx, ctxOf(c), id, i.status)),
  );
  post(
    '/work/tasks/{id}/comments',
    'Comment on a task',
    CommentInput,
    (c, id, i: z.infer<typeof CommentInput>) => db.tx((tx) => addComment(tx, ctxOf(c), id, i.body)),
  );
  post('/work/tasks/{id}/links', 'Link a record of any module', Link, (c, id, i: z.infer<typeof Link>) =>
    db.tx((tx) => addLink(tx, ctxOf(c), id, i)),
  );
  post(
    '/work/tasks/{id}/checklist',
    'Tick or untick a checklist item',
    CheckInput,
    (c, id, i: z.infer<typeof CheckInput>) => db.tx((tx) => checkItem(tx, ctxOf(c), id, i.position, i.done)),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/work/templates',
      permission: 'work.tasks.read',
      department: narrowed('list'),
      tags,
      summary: "Task templates (checklists): those of the caller's departments and of no department",
      responses: json(itemsOf(TemplateView)),
    },
    async (c) =>
      c.json(
        {
          items: await listTemplates(
            db,
            ctxOf(c).companyId,
            visibleDepartmentIds(principalOf(c), 'work.tasks.read'),
          ),
        },
        200,
      ),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/work/templates',
      permission: 'work.queues.manage',
      department: narrowed('body'),
      tags,
      summary: 'Create or replace a template (by name)',
      request: { body: body(TemplateInput) },
      responses: json(IdView, 'Created', 201),
    },
    async (c) => {
      const input = c.req.valid('json');
      await mayUse(c, 'work.queues.manage', input.departmentId);
      // Saving by name replaces: a template of a department out of reach cannot be overwritten either.
      await mayUse(c, 'work.queues.manage', await templateDepartment(db, ctxOf(c).companyId, input.name));
      return c.json(await db.tx((tx) => saveTemplate(tx, ctxOf(c), input)), 201);
    },
  );
  post(
    '/work/templates/{id}/tasks',
    "Create a task from a template (in the template's department)",
    null,
    (c, id) => db.tx((tx) => createFromTemplate(tx, ctxOf(c), id)),
    'work.tasks.manage',
    templateInPath,
  );
  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/work/schedules',
      permission: 'work.queues.manage',
      department: narrowed('body'),
      tags,
      summary:
        'Create tasks from a template on a schedule: an RRULE (e.g. FREQ=WEEKLY;BYDAY=MO), or workingDayOfMonth N (the Nth working day of each month, company holidays skipped)',
      request: { body: body(ScheduleInput) },
      responses: json(IdView, 'Created', 201),
    },
    async (c) => {
      const input = c.req.valid('json');
      await mayUse(c, 'work.queues.manage', await templateDepartment(db, ctxOf(c).companyId, input.template));
      return c.json(await db.tx((tx) => createSchedule(tx, ctxOf(c), input)), 201);
    },
  );
  defineRoute(
    app,
    deps,
    {
      method: 'put',
      path: '/work/queues/{id}',
      permission: 'work.queues.manage',
      department: departmentInPath,
      tags,
      summary: "A department queue's auto-assignment and SLA (business hours)",
      request: { params: IdParam(), body: body(QueueInput) },
      responses: noContent(),
    },
    async (c) => {
      await db.tx((tx) => setQueue(tx, ctxOf(c), c.req.valid('param').id, c.req.valid('json')));
      return c.body(null, 204);
    },
  );
  defineRoute(
    app,
    deps,
    {
      method: 'put',
      path: '/work/calendar',
      permission: 'work.policies.manage',
      tags,
      summary: 'Working days, hours and holidays (for SLA time)',
      request: { body: body(CalendarInput) },
      responses: noContent(),
    },
    async (c) => {
      await db.tx((tx) => setCalendar(tx, ctxOf(c), c.req.valid('json')));
      return c.body(null, 204);
    },
  );
}
