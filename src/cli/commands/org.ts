import type { Command } from 'commander';
import type { Steward } from '../../compose.ts';
import { AppError } from '../../kernel/errors.ts';
import { isCurrency } from '../../kernel/money.ts';
import {
  addDepartmentMember,
  addMember,
  assertRole,
  createApiToken,
  createInvitation,
  createUser,
  findDepartmentByCode,
  findUserByEmail,
  getCompany,
  listCompanies,
} from '../../modules/org/index.ts';
import { type Actor, SYSTEM_ACTOR } from '../../platform/context.ts';
import { mailConfigured } from '../../platform/mail/index.ts';
import { actingAs, readStdin, requirePermission, UsageError, withDatabase } from '../support.ts';
import { registerUserPasswordCommands } from './user-password.ts';

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerOrgCommands(program: Command, steward: Pick<Steward, 'companies'>): void {
  const company = program.command('company').description('companies');
  company
    .command('create')
    .description(
      'create a company ready to invoice (chart of accounts, fiscal year, tax codes by country); prints its id',
    )
    .requiredOption('--name <name>', 'company name')
    .requiredOption('--currency <ISO>', 'base currency, e.g. EUR')
    .option('--legal-name <name>', 'legal name (default: the name)')
    .option('--fiscal-year-start <month>', 'first month of the fiscal year, 1-12', '1')
    .option('--locale <locale>', 'en, cs or es', 'en')
    .option('--time-zone <tz>', 'IANA time zone', 'UTC')
    .option(
      '--country <CC>',
      'ISO country code, e.g. US, CZ, ES, DE: the chart, tax codes and invoice wording',
    )
    .option('--as <email>', 'the user who creates it (becomes its owner)')
    .option('--json', 'print the company as JSON')
    .action(async (o) => {
      const currency = String(o.currency).toUpperCase();
      if (!isCurrency(currency))
        throw new UsageError(`--currency ${o.currency} is not an ISO 4217 code such as EUR or USD.`);
      const month = Number(o.fiscalYearStart);
      if (!Number.isInteger(month) || month < 1 || month > 12)
        throw new UsageError('--fiscal-year-start must be a month number 1-12.');
      if (!['en', 'cs', 'es'].includes(o.locale)) throw new UsageError('--locale must be en, cs or es.');
      const country = o.country ? String(o.country).toUpperCase() : undefined;
      if (country !== undefined && !/^[A-Z]{2}$/.test(country))
        throw new UsageError(`--country ${o.country} is not a two-letter ISO code such as US, CZ or ES.`);
      await withDatabase(async ({ db }) => {
        const user = o.as ? await findUserByEmail(db, o.as) : null;
        if (o.as && !user) throw new AppError('not_found', `There is no user ${o.as}.`);
        const actor: Actor = user
          ? { type: 'user', userId: user.id, tokenId: null, label: user.email }
          : SYSTEM_ACTOR;
        const made = await db.tx((tx) =>
          steward.companies.create(
            tx,
            actor,
            `cli-${process.pid}`,
            {
              name: o.name,
              legalName: o.legalName,
              baseCurrency: currency,
              fiscalYearStartMonth: month,
              locale: o.locale,
              timeZone: o.timeZone,
              country,
            },
            user?.id ?? null,
          ),
        );
        process.stdout.write(o.json ? `${JSON.stringify(made)}\n` : `${made.id}\n`);
      });
    });

  company
    .command('list')
    .description('list the companies: id, name, base currency (the ids --company takes)')
    .option('--json', 'print them as JSON')
    .action(async (o) => {
      await withDatabase(async ({ db }) => {
        const companies = await listCompanies(db);
        if (o.json) process.stdout.write(`${JSON.stringify(companies, null, 2)}\n`);
        else for (const c of companies) process.stdout.write(`${c.id}\t${c.name}\t${c.baseCurrency}\n`);
      });
    });

  const user = program.command('user').description('people');
  registerUserPasswordCommands(user);
  user
    .command('create')
    .description(
      'add a person to a company (password from --password-stdin, or an invitation link is printed)',
    )
    .requiredOption('--email <email>', 'e-mail address')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--role <role>', 'owner, admin, manager, assistant or auditor')
    .option('--department <code>', 'department code (repeatable)', collect, [])
    .option('--job-title <title>', 'job title')
    .option('--password-stdin', 'read the password from standard input')
    .option('--company <id>', 'company id (default: the only company)')
    .option('--as <email>', 'act as this user (default: the first owner)')
    .option('--json', 'print the result as JSON')
    .action(async (o) => {
      assertRole(o.role);
      const password = o.passwordStdin ? await readStdin() : undefined;
      await withDatabase(async ({ db, config }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'org.people.manage');
        const departments: { id: string }[] = [];
        for (const code of o.department as string[]) {
          const dep = await findDepartmentByCode(db, acting.ctx.companyId, code);
          if (!dep) throw new AppError('validation', `There is no department with the code ${code}.`);
          departments.push(dep);
        }
        const email = String(o.email).trim().toLowerCase();
        const existing = await findUserByEmail(db, email);
        if (password === undefined && !existing) {
          const co = await getCompany(db, acting.ctx.companyId);
          const inv = await db.tx((tx) =>
            createInvitation(
              tx,
              acting.ctx,
              acting.principal,
              { email, role: o.role, departmentIds: departments.map((d) => d.id), jobTitle: o.jobTitle },
              {
                publicUrl: config.publicUrl,
                companyName: co.name,
                sendMail: mailConfigured(config.smtpUrl),
              },
            ),
          );
          process.stdout.write(
            o.json
              ? `${JSON.stringify({ invitationId: inv.id, link: inv.link, emailed: inv.emailed })}\n`
              : inv.link
                ? `Invitation link for ${email}: ${inv.link}\n`
                : `Invitation e-mailed to ${email}.\n`,
          );
          return;
        }
        const userId = await db.tx(async (tx) => {
          const u =
            existing ??
            (await createUser(tx, acting.ctx.actor, acting.ctx.requestId, acting.ctx.companyId, {
              email,
              name: o.name,
              password,
            }));
          await addMember(tx, acting.ctx, { userId: u.id, role: o.role, jobTitle: o.jobTitle ?? null });
          for (const dep of departments) await addDepartmentMember(tx, acting.ctx, dep.id, u.id);
          return u.id;
        });
        process.stdout.write(o.json ? `${JSON.stringify({ userId, email })}\n` : `${userId}\n`);
      });
    });

  const token = program.command('token').description('API tokens');
  token
    .command('create')
    .description('create an API token for a user; prints only the token')
    .requiredOption('--email <email>', "whose token (it carries that user's rights)")
    .option('--name <name>', 'a name to recognise it by', 'cli')
    .option('--expires <date>', 'expiry, ISO date or date-time')
    .option('--company <id>', 'company id (default: the only company)')
    .option('--as <email>', 'act as this user (default: the first owner)')
    .action(async (o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        const target = await findUserByEmail(db, o.email);
        if (!target) throw new AppError('not_found', `There is no user ${o.email}.`);
        // Anyone may make their own token; making one for someone else needs org.people.manage.
        if (acting.principal && acting.principal.userId !== target.id)
          requirePermission(acting, 'org.people.manage');
        const expiresAt = o.expires ? new Date(o.expires).toISOString() : null;
        const made = await db.tx((tx) =>
          createApiToken(tx, acting.ctx, { userId: target.id, name: o.name, expiresAt }),
        );
        process.stdout.write(`${made.token}\n`);
      });
    });
}
