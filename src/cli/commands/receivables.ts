import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { csvText } from '../../kernel/csv.ts';
import { isCalendarDay } from '../../kernel/dates.ts';
import { AppError } from '../../kernel/errors.ts';
import { findParties, getParty, listParties } from '../../modules/parties/index.ts';
import {
  agingCsv,
  agingReport,
  cashForecast,
  customerStatement,
  dunningProposal,
  emailStatement,
  parseBoundaries,
  parseLevels,
  type Side,
  sendDunning,
  statementPdf,
} from '../../modules/receivables/index.ts';
import type { Database } from '../../platform/db/index.ts';
import { actingAs, printJson, requirePermission, UsageError, withDatabase } from '../support.ts';

/**
 * `steward report ar-aging|ap-aging|cash-forecast`, `steward statement`, `steward dunning`.
 * Aging CSV header: party,currency,current,1-30,31-60,61-90,over-90,total (one line per party and currency;
 * amounts are decimal strings in that currency; `--buckets 15,45` gives current,1-15,16-45,over-45).
 */
const who = (cmd: Command) =>
  cmd
    .option('--company <id>', 'company id (default: the only company)')
    .option('--as <email>', 'act as this user');
const day = (value: string | undefined, flag: string) => {
  if (!value || !isCalendarDay(value))
    throw new UsageError(`${flag} must be a date YYYY-MM-DD, got "${value ?? ''}".`);
  return value;
};
const jsonSafe = (v: unknown) =>
  JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)));

async function partyByRef(db: Database, companyId: string, ref: string) {
  if (/^pty_/.test(ref)) return getParty(db, companyId, ref);
  const page = await listParties(db, companyId, { q: ref, active: 'all', limit: 50 });
  const exact =
    page.items.find((p) => p.code === ref) ?? (await findParties(db, companyId, { name: ref }))[0];
  if (!exact) throw new AppError('not_found', `There is no customer with code, id or name "${ref}".`);
  return getParty(db, companyId, exact.id);
}

export function registerReceivablesCommands(program: Command, report: Command): void {
  for (const side of ['ar', 'ap'] as Side[]) {
    who(
      report
        .command(`${side}-aging`)
        .description(
          `${side === 'ar' ? 'receivables' : 'payables'} aging as of a date; CSV columns party,currency,current,1-30,31-60,61-90,over-90,total`,
        )
        .requiredOption('--as-of <date>', 'YYYY-MM-DD')
        .option('--format <format>', 'csv or json', 'csv')
        .option('--buckets <days>', 'bucket boundaries in days, e.g. 30,60,90 (default)'),
    ).action(async (o) => {
      const asOf = day(o.asOf, '--as-of');
      if (o.format !== 'csv' && o.format !== 'json') throw new UsageError('--format must be csv or json.');
      const boundaries = parseBoundaries(o.buckets);
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, side === 'ar' ? 'sales.read' : 'purchasing.read');
        const r = await agingReport(db, acting.ctx.companyId, { side, asOf, boundaries });
        if (o.format === 'json') printJson(jsonSafe(r));
        else process.stdout.write(agingCsv(r));
      });
    });
  }

  who(
    report
      .command('cash-forecast')
      .description(
        'expected cash by week from open receivables and payables; CSV week_start,week_end,inflow,outflow,net,cumulative (cumulative starts from the bank balance on --as-of)',
      )
      .requiredOption('--as-of <date>', 'YYYY-MM-DD (the first week starts here)')
      .requiredOption('--currency <code>', 'ISO currency, e.g. EUR')
      .option('--weeks <n>', 'number of weeks', '13')
      .option('--format <format>', 'csv or json', 'csv'),
  ).action(async (o) => {
    const asOf = day(o.asOf, '--as-of');
    if (!/^\d{1,3}$/.test(o.weeks)) throw new UsageError('--weeks must be a whole number.');
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, 'sales.read');
      const f = await cashForecast(db, acting.ctx.companyId, {
        asOf,
        currency: o.currency,
        weeks: Number.parseInt(o.weeks, 10),
      });
      if (o.format === 'json') {
        printJson(jsonSafe(f));
        return;
      }
      process.stdout.write(
        csvText(
          ['week_start', 'week_end', 'inflow', 'outflow', 'net', 'cumulative'],
          f.series.map((w) => [w.weekStart, w.weekEnd, w.inflow, w.outflow, w.net, w.cumulative]),
        ),
      );
    });
  });

  who(
    program
      .command('statement')
      .description("a customer's open-item statement as of a date: PDF to a file, and/or e-mail it")
      .argument('<customer>', 'customer code, id or exact legal name')
      .requiredOption('--as-of <date>', 'YYYY-MM-DD')
      .option('--out <file>', 'write the PDF here')
      .option('--email', 'queue the statement e-mail to the customer'),
  ).action(async (ref: string, o) => {
    const asOf = day(o.asOf, '--as-of');
    if (!o.out && !o.email) throw new UsageError('Give --out FILE, --email, or both.');
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, o.email ? 'sales.manage' : 'sales.read');
      const party = await partyByRef(db, acting.ctx.companyId, ref);
      if (o.out) {
        const s = await customerStatement(db, acting.ctx.companyId, { partyId: party.id, asOf });
        writeFileSync(o.out, await statementPdf(s));
        process.stdout.write(`statement of ${party.legalName} written to ${o.out}\n`);
      }
      if (o.email) {
        const sent = await db.tx((tx) => emailStatement(tx, acting.ctx, { partyId: party.id, asOf }));
        process.stdout.write(`statement e-mail to ${sent.to} queued\n`);
      }
    });
  });

  const dunning = program.command('dunning').description('reminders for overdue customer invoices');
  who(
    dunning
      .command('run')
      .description('list overdue customers with their dunning level; --send e-mails the letters')
      .requiredOption('--as-of <date>', 'YYYY-MM-DD')
      .option('--levels <spec>', 'days[:fee] per level, e.g. 1,15:10.00,30:25.00 (default 1,15,30)')
      .option('--send', 'queue the letters by e-mail (audited per customer)')
      .option('--json', 'print JSON'),
  ).action(async (o) => {
    const asOf = day(o.asOf, '--as-of');
    const levels = parseLevels(o.levels);
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, o.send ? 'sales.manage' : 'sales.read');
      const input = { asOf, ...(levels ? { levels } : {}) };
      if (o.send) {
        const r = await db.tx((tx) => sendDunning(tx, acting.ctx, input));
        if (o.json) printJson(r);
        else
          process.stdout.write(
            `${r.sent.length} letter(s) queued${r.skipped.length ? `, ${r.skipped.length} customer(s) without e-mail skipped` : ''}\n`,
          );
        return;
      }
      const letters = await dunningProposal(db, acting.ctx.companyId, input);
      if (o.json) {
        printJson(jsonSafe(letters));
        return;
      }
      process.stdout.write(
        csvText(
          ['party', 'currency', 'level', 'max_days_overdue', 'overdue', 'fee', 'email'],
          letters.map((l) => [l.partyName, l.currency, l.level, l.maxDaysPastDue, l.overdue, l.fee, l.to]),
        ),
      );
    });
  });
}
