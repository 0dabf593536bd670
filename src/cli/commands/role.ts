import type { Command } from 'commander';
import { AppError } from '../../kernel/errors.ts';
import {
  assignRole,
  createRole,
  deleteRole,
  findUserByEmail,
  type Grant,
  listRoles,
  updateRole,
} from '../../modules/org/index.ts';
import type { Principal } from '../../platform/context.ts';
import {
  actingAs,
  type CliActing,
  printJson,
  requirePermission,
  UsageError,
  withDatabase,
} from '../support.ts';

const collect = (value: string, previous: string[]) => [...previous, value];

/** `--permission work.tasks.read:departments` → a grant; the reach defaults to the whole company. */
function grantsOf(values: string[]): Grant[] {
  return values.map((v) => {
    const [name = '', reach = 'company'] = v.split(':');
    if (reach !== 'company' && reach !== 'departments')
      throw new UsageError(`--permission ${v}: the reach after ":" is "company" or "departments".`);
    return { name, reach };
  });
}

/** Roles are checked against the actor's own grants, so the CLI acts as a person (`--as`, default the first owner). */
function actor(acting: CliActing): Principal {
  if (!acting.principal)
    throw new AppError('forbidden', 'The company has no owner to act as; give --as EMAIL of a member.');
  return acting.principal;
}

export function registerRoleCommands(program: Command): void {
  const role = program
    .command('role')
    .description("roles: the five built-in ones and the company's own (named sets of permissions)");
  const who = (c: Command) =>
    c
      .option('--company <id>', 'company id (default: the only company)')
      .option('--as <email>', 'act as this user (default: the first owner)');

  who(role.command('list').description('roles and their permissions'))
    .option('--json', 'print JSON')
    .action(async (o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'org.roles.read');
        const roles = await listRoles(db, acting.ctx.companyId);
        if (o.json) return printJson(roles);
        for (const r of roles)
          process.stdout.write(
            `${r.id}\t${r.builtin ? 'built-in' : r.name}\t${r.memberCount} member(s)\t${r.permissions.length} permission(s)\n`,
          );
      });
    });

  who(role.command('create').description('create a company role; prints its id'))
    .requiredOption('--name <name>', 'e.g. "Payroll clerk"')
    .option('--description <text>', 'what the role is for')
    .option(
      '--permission <name[:reach]>',
      'a permission, e.g. work.tasks.read:departments (repeatable)',
      collect,
      [],
    )
    .action(async (o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'org.roles.manage');
        const made = await db.tx((tx) =>
          createRole(tx, acting.ctx, actor(acting), {
            name: o.name,
            description: o.description,
            permissions: grantsOf(o.permission),
          }),
        );
        process.stdout.write(`${made.id}\n`);
      });
    });

  who(
    role
      .command('update')
      .description('change a company role (--permission replaces the whole set)')
      .argument('<id>'),
  )
    .option('--name <name>', 'a new name')
    .option('--description <text>', 'a new description')
    .option('--permission <name[:reach]>', 'the new permissions (repeatable)', collect, [])
    .action(async (id: string, o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'org.roles.manage');
        await db.tx((tx) =>
          updateRole(tx, acting.ctx, actor(acting), id, {
            name: o.name,
            description: o.description,
            ...((o.permission as string[]).length > 0 ? { permissions: grantsOf(o.permission) } : {}),
          }),
        );
        process.stdout.write(`${id}\n`);
      });
    });

  who(role.command('delete').description('delete a company role nobody holds').argument('<id>')).action(
    async (id: string, o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'org.roles.manage');
        await db.tx((tx) => deleteRole(tx, acting.ctx, actor(acting), id));
      });
    },
  );

  who(role.command('assign').description('give a person a role (built-in name or a company role id)'))
    .requiredOption('--email <email>', 'the person')
    .requiredOption('--role <role>', 'owner, admin, manager, assistant, auditor or role_…')
    .action(async (o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'org.roles.manage');
        const person = await findUserByEmail(db, String(o.email).trim().toLowerCase());
        if (!person) throw new AppError('not_found', `There is no user ${o.email}.`);
        const done = await db.tx((tx) => assignRole(tx, acting.ctx, actor(acting), person.id, o.role));
        process.stdout.write(`${person.email}\t${done.roleName}\n`);
      });
    });
}
