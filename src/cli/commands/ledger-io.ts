import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { isCalendarDay } from '../../kernel/dates.ts';
import {
  type CsvImportResult,
  exportBeancount,
  exportHledger,
  importEntriesCsv,
  importJournal,
  importOpeningBalancesCsv,
  readJournalFile,
} from '../../modules/ledger/index.ts';
import { actingAs, printJson, requirePermission, UsageError, withDatabase } from '../support.ts';

/** `steward ledger import` (hledger journals, CSV entries, CSV opening balances) and `steward ledger export`. */

function date(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isCalendarDay(value)) throw new UsageError(`${flag} must be a date YYYY-MM-DD, got "${value}".`);
  return value;
}

/** A bar on a terminal, a line per chunk otherwise. */
function progress(label: string): (done: number, total: number) => void {
  const tty = Boolean(process.stderr.isTTY);
  return (done, total) => {
    if (total === 0) return;
    if (tty) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} entries`,
      );
      if (done === total) process.stderr.write('\n');
    } else if (done > 0) process.stderr.write(`${label}: ${done}/${total} entries\n`);
  };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
  }
}

function reportCsv(result: CsvImportResult, json: boolean): void {
  if (json) printJson(result);
  else if (!result.ok) {
    process.stderr.write(
      `${result.errors.length} problem(s); nothing was written:\n${result.errors
        .map((e) => `  row ${e.row}${e.column ? `, column ${e.column}` : ''}: ${e.message}`)
        .join('\n')}\n`,
    );
  } else
    process.stdout.write(
      result.dryRun
        ? `dry run: ${result.entries} entries, ${result.lines} lines are valid; nothing was written\n`
        : `posted ${result.entries} entries, ${result.lines} lines\n`,
    );
  if (!result.ok) process.exitCode = 2;
}

export function registerLedgerIoCommands(program: Command): void {
  const ledger =
    program.commands.find((c) => c.name() === 'ledger') ??
    program.command('ledger').description('the general ledger');

  ledger
    .command('import')
    .description(
      'import an hledger/ledger journal, CSV journal entries (date,entry,description,reference,account,debit,credit,currency,memo) or CSV opening balances (account,debit,credit)',
    )
    .argument('<file>', 'the file to import')
    .requiredOption('--format <format>', 'hledger, csv or opening-balances')
    .option('--company <id>', 'company id (default: the only company)')
    .option('--as <email>', 'act as this user')
    .option('--dry-run', 'check everything, write nothing')
    .option('--equity <code>', 'opening balances: the equity account that takes the difference')
    .option('--date <date>', 'opening balances: the date of the opening entry')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, o) => {
      if (!['hledger', 'csv', 'opening-balances'].includes(o.format))
        throw new UsageError('--format must be hledger, csv or opening-balances.');
      if (o.format === 'opening-balances' && (!o.equity || !o.date))
        throw new UsageError('--format opening-balances needs --equity CODE and --date YYYY-MM-DD.');
      const journal = o.format === 'hledger' ? readJournalFile(file) : null;
      const text = o.format === 'hledger' ? '' : readText(file);
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'ledger.post');
        if (journal) {
          requirePermission(acting, 'ledger.accounts.manage');
          const started = Date.now();
          const s = await importJournal(db, acting.ctx, journal, {
            dryRun: o.dryRun,
            onProgress: progress(o.dryRun ? 'checking' : 'posting'),
          });
          if (o.json) return printJson({ ...s, ms: Date.now() - started });
          process.stdout.write(
            `${s.dryRun ? 'dry run (nothing written): ' : ''}${s.accountsCreated} accounts created, ${s.entries} entries, ${s.lines} lines` +
              `${s.from ? `, ${s.from} to ${s.to}` : ''}${s.rates ? `, ${s.rates} exchange rates` : ''}` +
              `${s.skipped ? `, ${s.skipped} empty transactions skipped` : ''} (${s.currency}, ${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
          );
          return;
        }
        const result =
          o.format === 'csv'
            ? await importEntriesCsv(db, acting.ctx, text, { dryRun: o.dryRun })
            : await importOpeningBalancesCsv(db, acting.ctx, text, {
                equity: o.equity,
                date: date(o.date, '--date') as string,
                dryRun: o.dryRun,
              });
        reportCsv(result, Boolean(o.json));
      });
    });

  ledger
    .command('export')
    .description(
      'write the posted entries as an hledger journal (hledger check accepts it) or a Beancount file',
    )
    .requiredOption('--format <format>', 'hledger or beancount')
    .option('--from <date>', 'first entry date (YYYY-MM-DD)')
    .option('--to <date>', 'last entry date (YYYY-MM-DD)')
    .option('--company <id>', 'company id (default: the only company)')
    .option('--as <email>', 'act as this user')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (o) => {
      if (o.format !== 'hledger' && o.format !== 'beancount')
        throw new UsageError('--format must be hledger or beancount.');
      const range = { from: date(o.from, '--from'), to: date(o.to, '--to') };
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'ledger.read');
        const stream: Writable = o.out ? createWriteStream(o.out) : process.stdout;
        const write = async (text: string) => {
          if (!stream.write(text)) await once(stream, 'drain');
        };
        const run = o.format === 'hledger' ? exportHledger : exportBeancount;
        const done = await run(db, acting.ctx.companyId, write, range);
        if (o.out) {
          stream.end();
          await once(stream, 'finish');
          process.stderr.write(`wrote ${done.entries} entries, ${done.lines} lines to ${o.out}\n`);
        }
      });
    });
}
