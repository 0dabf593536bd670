import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { csvText } from '../../kernel/csv.ts';
import { isCalendarDay } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import {
  applyTemplate,
  CHART_EXPORT_COLUMNS,
  cashFlowStatement,
  chartForExport,
  closeFiscalYear,
  createRecurring,
  importAccounts,
  listFiscalYears,
  listRecurring,
  readTable,
  reopenFiscalYear,
  runRecurring,
  TEMPLATE_KEYS,
} from '../../modules/ledger/index.ts';
import { actingAs, printJson, requirePermission, UsageError, withDatabase } from '../support.ts';
import { DIMENSION_HELP, dimensionOption } from './ledger-dimension.ts';

/**
 * `steward report cash-flow`, `steward ledger accounts apply-template|import`, `steward ledger close-year|
 * reopen-year`, `steward ledger recurring list|create|run`.
 */
const date = (value: string, flag: string) => {
  if (!isCalendarDay(value)) throw new UsageError(`${flag} must be a date YYYY-MM-DD, got "${value}".`);
  return value;
};
const who = (cmd: Command) =>
  cmd
    .option('--company <id>', 'company id (default: the only company)')
    .option('--as <email>', 'act as this user');
const collect = (value: string, previous: string[]) => [...previous, value];

function table(fmt: string, header: string[], rows: string[][], json: unknown): void {
  if (fmt === 'json') {
    printJson(json);
    return;
  }
  if (fmt === 'csv') {
    process.stdout.write(csvText(header, rows));
    return;
  }
  if (fmt !== 'table') throw new UsageError('--format must be csv, json or table.');
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  process.stdout.write(`${[header, ...rows].map(line).join('\n')}\n`);
}

export function registerLedgerExtraCommands(report: Command, ledger: Command): void {
  who(
    report
      .command('cash-flow')
      .description(
        'cash-flow statement; columns section,code,account,amount — rows "opening", then operating/investing/financing, then "closing" (opening + activity = closing)',
      )
      .requiredOption('--from <date>', 'YYYY-MM-DD')
      .requiredOption('--to <date>', 'YYYY-MM-DD')
      .option('--method <method>', 'direct (by counter-account) or indirect (from net income)', 'direct')
      .option('--dimension <name=value>', DIMENSION_HELP)
      .option('--format <format>', 'csv, json or table', 'table'),
  ).action(async (o) => {
    const from = date(o.from, '--from');
    const to = date(o.to, '--to');
    if (o.method !== 'direct' && o.method !== 'indirect')
      throw new UsageError('--method must be direct or indirect.');
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, 'ledger.read');
      const dim = await dimensionOption(db, acting.ctx.companyId, o.dimension);
      const cf = await cashFlowStatement(db, acting.ctx.companyId, from, to, o.method, dim);
      table(
        o.format,
        ['section', 'code', 'account', 'amount'],
        cf.rows.map((r) => [r.section, r.code, r.account, r.amount]),
        cf,
      );
    });
  });

  const accounts = ledger.command('accounts').description('the chart of accounts');
  who(
    accounts
      .command('apply-template')
      .description('start the chart of accounts from a template: generic, us, cz or es')
      .argument('<template>', TEMPLATE_KEYS.join('|')),
  ).action(async (template: string, o) => {
    if (!(TEMPLATE_KEYS as string[]).includes(template))
      throw new UsageError(`The template must be one of ${TEMPLATE_KEYS.join(', ')}.`);
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, 'ledger.accounts.manage');
      const r = await db.tx((tx) =>
        applyTemplate(tx, acting.ctx, template as (typeof TEMPLATE_KEYS)[number]),
      );
      process.stdout.write(
        `${r.template}: ${r.created} accounts created${r.replaced ? `, ${r.replaced} unused replaced` : ''}\n`,
      );
    });
  });
  who(
    accounts
      .command('import')
      .description(
        'import accounts from CSV or XLSX (columns code,name,type,subtype,parent,currency,name_en,name_cs,name_es,default_department,default_cost_centre,default_project,default_partner; department by code)',
      )
      .argument('<file>', 'a .csv or .xlsx file')
      .option('--dry-run', 'check every row, write nothing'),
  ).action(async (file: string, o) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new UsageError(`Cannot read ${file}.`);
    }
    const rows = await readTable(/\.xlsx$/i.test(file) ? 'xlsx' : 'csv', bytes);
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, 'ledger.accounts.manage');
      let errors: { row: number; field: string; message: string }[] = [];
      try {
        const r = await db.tx((tx) => importAccounts(tx, acting.ctx, rows, { dryRun: Boolean(o.dryRun) }));
        errors = r.errors;
        if (!errors.length)
          process.stdout.write(
            o.dryRun ? `dry run: ${r.rows} rows ok, nothing written\n` : `${r.created} accounts imported\n`,
          );
      } catch (err) {
        const details =
          err instanceof AppError ? (err.details as { errors?: typeof errors } | undefined) : undefined;
        if (!details?.errors) throw err;
        errors = details.errors;
      }
      if (errors.length) {
        process.stderr.write(
          `${errors.length} problem(s)${o.dryRun ? '' : '; nothing was imported'}:\n${errors.map((e) => `  row ${e.row} ${e.field}: ${e.message}`).join('\n')}\n`,
        );
        process.exitCode = 2;
      }
    });
  });

  who(
    accounts
      .command('export')
      .description(
        'print the chart of accounts as CSV, the columns the import reads back (default dimensions one column each, department by code)',
      )
      .option('--active', 'only active accounts'),
  ).action(async (o) => {
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, 'ledger.read');
      const rows = await chartForExport(db, acting.ctx.companyId, Boolean(o.active));
      table(
        'csv',
        CHART_EXPORT_COLUMNS.map((c) => c.header),
        rows.map((r) => CHART_EXPORT_COLUMNS.map((c) => c.value(r))),
        rows,
      );
    });
  });

  for (const close of [true, false]) {
    const cmd = who(
      ledger
        .command(close ? 'close-year' : 'reopen-year')
        .description(
          close
            ? 'close a fiscal year: income and expense into retained earnings, all its periods locked'
            : 'reopen a closed fiscal year: reverses the closing entry and unlocks its periods',
        )
        .argument('<year>', 'the fiscal year, by name (2025 or 2025/2026)'),
    );
    if (close)
      cmd.requiredOption('--retained-earnings <code>', 'the equity account that receives the result');
    else cmd.requiredOption('--reason <text>', 'why (kept in the audit trail)');
    cmd.action(async (year: string, o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'ledger.period.lock');
        const fy = (await listFiscalYears(db, acting.ctx.companyId)).find(
          (y) => y.name === year || y.id === year,
        );
        if (!fy) throw new UsageError(`There is no fiscal year ${year}.`);
        if (close) {
          const r = await db.tx((tx) => closeFiscalYear(tx, acting.ctx, fy.id, o.retainedEarnings));
          process.stdout.write(
            `${r.name} closed: net income ${r.netIncome}, ${r.accountsClosed} accounts closed${r.closingEntry ? ` by entry ${r.closingEntry.number}` : ''}\n`,
          );
        } else {
          await db.tx((tx) => reopenFiscalYear(tx, acting.ctx, fy.id, o.reason));
          process.stdout.write(`${fy.name} reopened\n`);
        }
      });
    });
  }

  const recurring = ledger.command('recurring').description('recurring entries (RFC 5545 RRULE)');
  who(
    recurring
      .command('list')
      .description('list recurring entries')
      .option('--format <format>', 'json or table', 'table'),
  ).action(async (o) => {
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, 'ledger.read');
      const items = await listRecurring(db, acting.ctx.companyId);
      table(
        o.format,
        ['id', 'name', 'rrule', 'start', 'post', 'active', 'generated', 'last'],
        items.map((t) => [
          t.id,
          t.name,
          t.rrule,
          t.startDate,
          String(t.post),
          String(t.active),
          String(t.generated),
          t.lastOccurrence ?? '',
        ]),
        items,
      );
    });
  });
  who(
    recurring
      .command('create')
      .description(
        'steward ledger recurring create --name Rent --rrule "FREQ=MONTHLY;BYMONTHDAY=1" --start 2026-01-01 --debit 6000=800.00 --credit 1000=800.00',
      )
      .requiredOption('--name <name>', 'a name')
      .requiredOption('--rrule <rule>', 'an RFC 5545 RRULE, e.g. FREQ=MONTHLY;BYMONTHDAY=1')
      .requiredOption('--start <date>', 'the first possible date, YYYY-MM-DD')
      .option('--description <text>', "the entries' description (default: the name)")
      .option('--debit <account=amount>', 'a debit line (repeatable)', collect, [])
      .option('--credit <account=amount>', 'a credit line (repeatable)', collect, [])
      .option('--post', 'post each occurrence instead of leaving a draft'),
  ).action(async (o) => {
    const line = (side: 'debit' | 'credit') => (spec: string) => {
      const at = spec.lastIndexOf('=');
      if (at <= 0) throw new UsageError(`--${side} takes ACCOUNT=AMOUNT, got "${spec}".`);
      return { account: spec.slice(0, at), [side]: spec.slice(at + 1) };
    };
    const lines = [
      ...(o.debit as string[]).map(line('debit')),
      ...(o.credit as string[]).map(line('credit')),
    ];
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, 'ledger.post');
      const t = await db.tx((tx) =>
        createRecurring(tx, acting.ctx, {
          name: o.name,
          rrule: o.rrule,
          startDate: date(o.start, '--start'),
          description: o.description ?? o.name,
          lines,
          post: Boolean(o.post),
        }),
      );
      process.stdout.write(`${t.id}\n`);
    });
  });
  who(
    recurring
      .command('run')
      .description('generate every due occurrence (each exactly once)')
      .option('--through <date>', 'YYYY-MM-DD (default: today)')
      .option('--template <id>', 'only this recurring entry'),
  ).action(async (o) => {
    const through = o.through ? date(o.through, '--through') : undefined;
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, 'ledger.post');
      const r = await runRecurring(db, acting.ctx, { through, templateId: o.template });
      process.stdout.write(`${r.generated.length} entr(ies) generated through ${r.through}\n`);
      for (const f of r.failures) process.stderr.write(`  ${f.templateId}: ${f.message}\n`);
      if (r.failures.length) process.exitCode = 1;
    });
  });
}
