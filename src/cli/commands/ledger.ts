import type { Command } from 'commander';
import { csvText } from '../../kernel/csv.ts';
import { isCalendarDay } from '../../kernel/dates.ts';
import {
  accountRegister,
  balanceSheet,
  type Compare,
  comparativeIncomeStatement,
  createFiscalYear,
  DIMENSIONS,
  findAccount,
  getAccount,
  incomeStatement,
  setPeriodLock,
  setTrackedDimensions,
  trackedDimensions,
  trialBalance,
  verifyLedger,
} from '../../modules/ledger/index.ts';
import { verifyAuditChain } from '../../platform/audit/index.ts';
import { actingAs, printJson, requirePermission, UsageError, withDatabase } from '../support.ts';
import { DIMENSION_HELP, dimensionOption } from './ledger-dimension.ts';
import { registerLedgerExtraCommands } from './ledger-extras.ts';

function date(value: string, flag: string): string {
  if (!isCalendarDay(value)) throw new UsageError(`${flag} must be a date YYYY-MM-DD, got "${value}".`);
  return value;
}

function format(value: string): 'csv' | 'json' | 'table' {
  if (value !== 'csv' && value !== 'json' && value !== 'table')
    throw new UsageError('--format must be csv, json or table.');
  return value;
}

function writeRows(
  fmt: 'csv' | 'json' | 'table',
  header: string[],
  rows: (string | null)[][],
  json: unknown,
): void {
  if (fmt === 'json') {
    printJson(json);
    return;
  }
  if (fmt === 'csv') {
    process.stdout.write(csvText(header, rows));
    return;
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: (string | null)[]) => cells.map((c, i) => (c ?? '').padEnd(widths[i] ?? 0)).join('  ');
  process.stdout.write(`${line(header)}\n${rows.map(line).join('\n')}\n`);
}

const common = (cmd: Command) =>
  cmd
    .option('--company <id>', 'company id (default: the only company)')
    .option('--as <email>', 'act as this user')
    .option('--format <format>', 'csv, json or table', 'table');

export function registerLedgerCommands(program: Command): void {
  const report = program.command('report').description('financial reports');

  common(
    report
      .command('trial-balance')
      .description('balances of every account at the end of a day')
      .requiredOption('--as-of <date>', 'YYYY-MM-DD')
      .option('--dimension <name=value>', DIMENSION_HELP),
  ).action(async (o) => {
    const asOf = date(o.asOf, '--as-of');
    const fmt = format(o.format);
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, 'ledger.read');
      const dim = await dimensionOption(db, acting.ctx.companyId, o.dimension);
      const tb = await trialBalance(db, acting.ctx.companyId, asOf, dim);
      writeRows(
        fmt,
        ['code', 'account', 'debit', 'credit'],
        tb.rows.map((r) => [r.code, r.account, r.debit, r.credit]),
        tb,
      );
    });
  });

  common(
    report
      .command('income-statement')
      .description('income (positive) and expenses (negative) for a period')
      .requiredOption('--from <date>', 'YYYY-MM-DD')
      .requiredOption('--to <date>', 'YYYY-MM-DD')
      .option(
        '--compare <how>',
        'previous, last-year or monthly: columns code,account,<one per period label> (label FROM..TO, or YYYY-MM for monthly)',
      )
      .option('--dimension <name=value>', DIMENSION_HELP),
  ).action(async (o) => {
    const from = date(o.from, '--from');
    const to = date(o.to, '--to');
    const fmt = format(o.format);
    const compare = o.compare as Compare | undefined;
    if (compare !== undefined && !['previous', 'last-year', 'monthly'].includes(compare))
      throw new UsageError('--compare must be previous, last-year or monthly.');
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, 'ledger.read');
      const dim = await dimensionOption(db, acting.ctx.companyId, o.dimension);
      if (compare) {
        const cmp = await comparativeIncomeStatement(db, acting.ctx.companyId, from, to, compare, dim);
        writeRows(
          fmt,
          ['code', 'account', ...cmp.columns.map((c) => c.label)],
          cmp.rows.map((r) => [r.code, r.account, ...r.amounts]),
          cmp,
        );
        return;
      }
      const is = await incomeStatement(db, acting.ctx.companyId, from, to, dim);
      writeRows(
        fmt,
        ['code', 'account', 'amount'],
        is.rows.map((r) => [r.code, r.account, r.amount]),
        is,
      );
    });
  });

  common(
    report
      .command('balance-sheet')
      .description(
        'assets, liabilities and equity at the end of a day (columns: section,code,account,amount)',
      )
      .requiredOption('--as-of <date>', 'YYYY-MM-DD')
      .option(
        '--dimension <name=value>',
        `${DIMENSION_HELP}; the sheet then need not balance (see "untagged")`,
      ),
  ).action(async (o) => {
    const asOf = date(o.asOf, '--as-of');
    const fmt = format(o.format);
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, 'ledger.read');
      const dim = await dimensionOption(db, acting.ctx.companyId, o.dimension);
      const bs = await balanceSheet(db, acting.ctx.companyId, asOf, dim);
      writeRows(
        fmt,
        ['section', 'code', 'account', 'amount'],
        bs.rows.map((r) => [r.section, r.code, r.account, r.amount]),
        bs,
      );
    });
  });

  common(
    report
      .command('register')
      .description(
        "an account's lines with the running balance (columns date,number,description,debit,credit,balance)",
      )
      .requiredOption('--account <code>', 'account code, full name or id')
      .option('--from <date>', 'YYYY-MM-DD')
      .option('--to <date>', 'YYYY-MM-DD')
      .option('--limit <n>', 'at most this many lines (1–10000)', '1000')
      .option('--dimension <name=value>', DIMENSION_HELP),
  ).action(async (o) => {
    const from = o.from === undefined ? undefined : date(o.from, '--from');
    const to = o.to === undefined ? undefined : date(o.to, '--to');
    const fmt = format(o.format);
    const limit = /^\d{1,5}$/.test(o.limit) ? Number.parseInt(o.limit, 10) : 0;
    if (limit < 1 || limit > 10_000) throw new UsageError('--limit must be a whole number from 1 to 10000.');
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, 'ledger.read');
      const companyId = acting.ctx.companyId;
      const account =
        (await findAccount(db, companyId, o.account)) ?? (await getAccount(db, companyId, o.account));
      const dim = await dimensionOption(db, companyId, o.dimension);
      const page = await accountRegister(db, companyId, account.id, { from, to, limit, dim });
      writeRows(
        fmt,
        ['date', 'number', 'description', 'debit', 'credit', 'balance'],
        page.items.map((r) => [r.date, r.number, r.description, r.debit, r.credit, r.balance]),
        page,
      );
    });
  });

  program
    .command('verify')
    .description(
      'check the books and the audit trail: balanced entries, balances, entry hashes, locked periods, audit chain',
    )
    .option('--company <id>', 'company id (default: the only company)')
    .option('--json', 'print the result as JSON')
    .action(async (o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        const ledger = await verifyLedger(db, acting.ctx.companyId);
        const audit = await verifyAuditChain(db, { chain: acting.ctx.companyId });
        const problems = [
          ...ledger.problems.map((p) => `${p.kind}: ${p.message}`),
          ...(audit.firstProblem
            ? [`audit ${audit.firstProblem.problem}: ${audit.firstProblem.message}`]
            : []),
        ];
        if (o.json)
          printJson({
            ok: problems.length === 0,
            entriesChecked: ledger.entriesChecked,
            auditEventsChecked: audit.checked,
            problems,
          });
        else if (problems.length === 0)
          process.stdout.write(
            `books ok: ${ledger.entriesChecked} entries, ${audit.checked} audit events verified\n`,
          );
        if (problems.length) {
          if (!o.json)
            process.stderr.write(
              `verify found ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
            );
          process.exitCode = 1;
        }
      });
    });

  const ledger = program.command('ledger').description('the general ledger');
  ledger
    .command('fiscal-year')
    .description('open a fiscal year: steward ledger fiscal-year create 2026')
    .argument('<action>', 'create')
    .argument('<year>', 'the calendar year in which it starts')
    .option('--company <id>', 'company id (default: the only company)')
    .option('--as <email>', 'act as this user')
    .action(async (action: string, year: string, o) => {
      if (action !== 'create')
        throw new UsageError('Only "create" is supported: steward ledger fiscal-year create 2026.');
      const y = Number(year);
      if (!Number.isInteger(y)) throw new UsageError('The year must be a number such as 2026.');
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'ledger.period.lock');
        const fy = await db.tx((tx) => createFiscalYear(tx, acting.ctx, y));
        process.stdout.write(`${fy.id} ${fy.startDate}..${fy.endDate}\n`);
      });
    });
  for (const locked of [true, false]) {
    ledger
      .command(locked ? 'lock' : 'unlock')
      .description(locked ? 'lock a period: steward ledger lock 2026-01' : 'unlock a period with a reason')
      .argument('<period>', 'YYYY-MM')
      .option('--reason <text>', 'why (required to unlock)')
      .option('--company <id>', 'company id (default: the only company)')
      .option('--as <email>', 'act as this user')
      .action(async (period: string, o) => {
        await withDatabase(async ({ db }) => {
          const acting = await actingAs(db, o);
          requirePermission(acting, 'ledger.period.lock');
          await db.tx((tx) => setPeriodLock(tx, acting.ctx, period, locked, o.reason));
          process.stdout.write(`${period} ${locked ? 'locked' : 'unlocked'}\n`);
        });
      });
  }
  ledger
    .command('dimensions')
    .description(
      `show or set the dimensions whose balances are tracked: steward ledger dimensions set department project (${DIMENSIONS.join(', ')}; none to stop)`,
    )
    .argument('[action]', 'show (default) or set', 'show')
    .argument('[dimensions...]', 'for set: the full list to track')
    .option('--company <id>', 'company id (default: the only company)')
    .option('--as <email>', 'act as this user')
    .action(async (action: string, dims: string[], o) => {
      if (action !== 'show' && action !== 'set') throw new UsageError('Use "show" or "set".');
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        let tracked: string[];
        if (action === 'set') {
          requirePermission(acting, 'ledger.accounts.manage');
          const wanted = dims.filter((d) => d !== 'none');
          tracked = await db.tx((tx) => setTrackedDimensions(tx, acting.ctx, wanted));
        } else {
          requirePermission(acting, 'ledger.read');
          tracked = await trackedDimensions(db, acting.ctx.companyId);
        }
        process.stdout.write(`tracked: ${tracked.length ? tracked.join(' ') : 'none'}\n`);
      });
    });
  registerLedgerExtraCommands(report, ledger);
}
