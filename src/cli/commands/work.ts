import type { Command } from 'commander';
import { AppError } from '../../kernel/errors.ts';
import { findDepartmentByCode, findUserByEmail } from '../../modules/org/index.ts';
import {
  assignTask,
  createFromTemplate,
  createTask,
  decide,
  getRequest,
  listPolicies,
  listRequests,
  listTasks,
  type RequestView,
  savePolicy,
  setTaskStatus,
  type TaskView,
  takeTask,
  withdraw,
} from '../../modules/work/index.ts';
import { NARROWED } from '../../platform/access/index.ts';
import type { Database } from '../../platform/db/index.ts';
import { actingAs, printJson, readStdin, requirePermission, UsageError, withDatabase } from '../support.ts';

/** `steward task …` and `steward approval …`: the supervision module from the command line. */
const who = (cmd: Command) =>
  cmd
    .option('--company <id>', 'company id (default: the only company)')
    .option('--as <email>', 'act as this user');

async function userId(db: Database, email: string): Promise<string> {
  const u = await findUserByEmail(db, email.toLowerCase());
  if (!u) throw new AppError('not_found', `There is no user ${email}.`);
  return u.id;
}

async function departmentId(db: Database, companyId: string, code: string): Promise<string> {
  const d = await findDepartmentByCode(db, companyId, code);
  if (!d) throw new AppError('not_found', `There is no department ${code}.`);
  return d.id;
}

function printTasks(tasks: TaskView[], json: boolean): void {
  if (json) {
    printJson(tasks);
    return;
  }
  for (const t of tasks) {
    const flags = [t.overdue ? 'OVERDUE' : '', t.atRisk ? 'at-risk' : ''].filter(Boolean).join(' ');
    process.stdout.write(
      `${t.id}  ${t.status.padEnd(11)} ${t.priority.padEnd(6)} ${(t.department ?? '-').padEnd(6)} ${(t.assignee ?? '(queue)').padEnd(30)} ${t.dueDate ?? '          '}  ${t.title}${flags ? `  [${flags}]` : ''}\n`,
    );
  }
}

function printRequests(rows: RequestView[], json: boolean): void {
  if (json) {
    printJson(rows);
    return;
  }
  for (const r of rows) {
    process.stdout.write(
      `${r.id}  ${r.status.padEnd(9)} ${r.action.padEnd(18)} maker ${r.maker ?? 'system'}  waiting on ${r.waitingOn.join(', ') || '-'}  ${r.summary}\n`,
    );
  }
}

export function registerWorkCommands(program: Command): void {
  const task = program.command('task').description('tasks and department queues');
  who(task.command('list').description('tasks: yours by default, or a queue, a department, everyone'))
    .option('--mine', 'only tasks assigned to me (default when nothing else is chosen)')
    .option('--queue <code>', "a department's unassigned tasks")
    .option('--department <code>', "a department's tasks")
    .option('--all', 'every task of the company')
    .option('--status <status>', 'open, in_progress, waiting, done, cancelled or active')
    .option('--json', 'print JSON')
    .action(async (o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        // The operator's path: the CLI lists by the filters given (see org README, access).
        requirePermission(acting, 'work.tasks.read', NARROWED);
        const companyId = acting.ctx.companyId;
        const dep = o.queue ?? o.department;
        const tasks = await listTasks(db, companyId, {
          ...(dep ? { departmentId: await departmentId(db, companyId, dep), queue: Boolean(o.queue) } : {}),
          ...(!dep && !o.all && acting.ctx.actor.userId ? { assigneeId: acting.ctx.actor.userId } : {}),
          status: o.status ?? (o.all ? undefined : 'active'),
        });
        printTasks(tasks, Boolean(o.json));
      });
    });
  who(task.command('create').description('create a task (or one from a template)'))
    .option('--title <title>', 'what is to be done')
    .option('--template <name>', 'a template name or id (e.g. "Month-end close")')
    .option('--description <text>', 'details')
    .option('--department <code>', 'the department (its queue when no assignee)')
    .option('--assignee <email>', 'who does it')
    .option('--priority <p>', 'low, normal, high or urgent', 'normal')
    .option('--due <date>', 'YYYY-MM-DD')
    .option('--check <item...>', 'checklist items')
    .option('--json', 'print JSON')
    .action(async (o) => {
      if (!o.title && !o.template) throw new UsageError('Give --title or --template.');
      if (!['low', 'normal', 'high', 'urgent'].includes(o.priority))
        throw new UsageError('--priority is low, normal, high or urgent.');
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'work.tasks.manage', NARROWED);
        const companyId = acting.ctx.companyId;
        const assigneeId = o.assignee ? await userId(db, o.assignee) : null;
        const made = o.template
          ? await db.tx((tx) => createFromTemplate(tx, acting.ctx, o.template, { assigneeId }))
          : await db.tx(async (tx) =>
              createTask(tx, acting.ctx, {
                title: o.title,
                description: o.description,
                departmentId: o.department ? await departmentId(db, companyId, o.department) : null,
                assigneeId,
                priority: o.priority,
                dueDate: o.due ?? null,
                checklist: o.check,
              }),
            );
        if (o.json) printJson(made);
        else process.stdout.write(`${made.id}\n`);
      });
    });
  who(
    task
      .command('assign')
      .description('assign or reassign a task; --queue puts it back in its queue')
      .argument('<id>'),
  )
    .option('--to <email>', 'the new assignee')
    .option('--me', 'take it from the queue myself')
    .option('--queue', 'unassign: back to the department queue')
    .action(async (id: string, o) => {
      if (!o.to && !o.me && !o.queue) throw new UsageError('Give --to EMAIL, --me or --queue.');
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'work.tasks.manage', NARROWED);
        const t = o.me
          ? await db.tx((tx) => takeTask(tx, acting.ctx, id))
          : await db.tx(async (tx) => assignTask(tx, acting.ctx, id, o.to ? await userId(db, o.to) : null));
        process.stdout.write(`${t.id} ${t.assignee ?? '(queue)'}\n`);
      });
    });
  for (const [name, status] of [
    ['done', 'done'],
    ['start', 'in_progress'],
    ['wait', 'waiting'],
    ['cancel', 'cancelled'],
    ['reopen', 'open'],
  ] as const) {
    who(task.command(name).description(`mark a task ${status}`).argument('<id>')).action(
      async (id: string, o) => {
        await withDatabase(async ({ db }) => {
          const acting = await actingAs(db, o);
          requirePermission(acting, 'work.tasks.manage', NARROWED);
          const t = await db.tx((tx) => setTaskStatus(tx, acting.ctx, id, status));
          process.stdout.write(`${t.id} ${t.status}\n`);
        });
      },
    );
  }

  const approval = program.command('approval').description('approval requests (maker-checker) and policies');
  who(approval.command('list').description('approval requests, newest first'))
    .option('--status <status>', 'pending, approved, rejected, withdrawn or expired')
    .option('--waiting-on-me', 'only those whose current level waits on me')
    .option('--mine', 'only those I made')
    .option('--action <action>', 'e.g. ledger.post')
    .option('--json', 'print JSON')
    .action(async (o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'work.approvals.read');
        const me = acting.ctx.actor.userId ?? undefined;
        const rows = await listRequests(db, acting.ctx.companyId, {
          status: o.status,
          action: o.action,
          waitingOn: o.waitingOnMe ? me : undefined,
          makerId: o.mine ? me : undefined,
        });
        printRequests(rows, Boolean(o.json));
      });
    });
  who(
    approval.command('show').description('one request with its levels and decisions').argument('<id>'),
  ).action(async (id: string, o) => {
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, 'work.approvals.read');
      printJson(await getRequest(db, acting.ctx.companyId, id));
    });
  });
  for (const verb of ['approve', 'reject', 'withdraw'] as const) {
    who(approval.command(verb).description(`${verb} a request`).argument('<id>'))
      .option('--comment <text>', verb === 'reject' ? 'why (required)' : 'a comment')
      .option('--json', 'print the request as JSON')
      .action(async (id: string, o) => {
        await withDatabase(async ({ db }) => {
          const acting = await actingAs(db, o);
          requirePermission(acting, 'work.approvals.decide');
          const r = await db.tx((tx) =>
            verb === 'withdraw'
              ? withdraw(tx, acting.ctx, id, o.comment)
              : decide(tx, acting.ctx, id, verb, o.comment),
          );
          if (o.json) printJson(r);
          else
            process.stdout.write(
              `${r.id} ${r.status}${r.status === 'pending' ? ` (waiting on ${r.waitingOn.join(', ')})` : ''}\n`,
            );
        });
      });
  }
  const policy = approval.command('policy').description('approval policies');
  who(policy.command('list').description('policies with their current version')).action(async (o) => {
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, 'work.approvals.read');
      printJson(await listPolicies(db, acting.ctx.companyId));
    });
  });
  who(
    policy.command('set').description('create or change the policy of an action (definition JSON on stdin)'),
  )
    .requiredOption('--action <action>', 'e.g. ledger.post')
    .requiredOption('--name <name>', 'a name')
    .action(async (o) => {
      let definition: unknown;
      try {
        definition = JSON.parse(await readStdin());
      } catch {
        throw new UsageError('Send the policy definition as JSON on stdin.');
      }
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'work.policies.manage');
        const p = await db.tx((tx) =>
          savePolicy(tx, acting.ctx, { action: o.action, name: o.name, definition }),
        );
        process.stdout.write(`${p.id} version ${p.version}\n`);
      });
    });
}
