import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../kernel/errors.ts';
import {
  createBankAccount,
  describeItem,
  importStatement,
  listBankAccounts,
  listReconciliations,
  listStatements,
  type Reconciliation,
  reconciliationReport,
} from '../../modules/banking/index.ts';
import { findAccount } from '../../modules/ledger/index.ts';
import { actingAs, printJson, requirePermission, UsageError, withDatabase } from '../support.ts';

/** `steward bank …`: bank accounts, statement import and reconciliation from the command line. */
const who = (cmd: Command) =>
  cmd
    .option('--company <id>', 'company id (default: the only company)')
    .option('--as <email>', 'act as this user');
const FORMATS = ['ofx', 'camt053', 'csv'] as const;

export function registerBankCommands(
  program: Command,
  { autoMatch, acceptReconciliations }: Reconciliation,
): void {
  const bank = program.command('bank').description('bank accounts, statement import and reconciliation');

  who(bank.command('accounts').description('the bank and cash accounts'))
    .option('--all', 'closed accounts too')
    .option('--json', 'print JSON')
    .action(async (o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'banking.read');
        const rows = await listBankAccounts(db, acting.ctx.companyId, { includeInactive: Boolean(o.all) });
        if (o.json) return printJson(rows);
        for (const a of rows) {
          process.stdout.write(
            `${a.id}  ${a.currency} ${a.kind.padEnd(4)} ${(a.iban ?? a.accountNumber ?? '-').padEnd(34)} ${a.isDefault ? 'default ' : '        '}${a.active ? '' : '(closed) '}${a.name}\n`,
          );
        }
      });
    });

  who(bank.command('add-account').description('add a bank or cash account linked to a ledger asset account'))
    .requiredOption('--name <name>', 'e.g. "Main EUR"')
    .requiredOption('--currency <code>', 'ISO 4217, e.g. EUR')
    .requiredOption('--ledger <account>', 'the ledger account (id, code or full name)')
    .option('--kind <kind>', 'bank or cash', 'bank')
    .option('--iban <iban>')
    .option('--bic <bic>')
    .option('--account-number <n>')
    .option('--routing-number <n>', 'US ABA routing number')
    .option('--default', 'the default account for its currency')
    .option('--json', 'print JSON')
    .action(async (o) => {
      if (o.kind !== 'bank' && o.kind !== 'cash') throw new UsageError('--kind is bank or cash.');
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'banking.manage');
        const ledger = await findAccount(db, acting.ctx.companyId, o.ledger);
        const made = await db.tx((tx) =>
          createBankAccount(tx, acting.ctx, {
            name: o.name,
            kind: o.kind,
            currency: String(o.currency).toUpperCase(),
            iban: o.iban ?? null,
            bic: o.bic ?? null,
            accountNumber: o.accountNumber ?? null,
            routingNumber: o.routingNumber ?? null,
            ledgerAccountId: ledger?.id ?? o.ledger,
            isDefault: Boolean(o.default),
          }),
        );
        if (o.json) printJson(made);
        else process.stdout.write(`${made.id}\n`);
      });
    });

  who(
    bank
      .command('import')
      .description('import a statement file (all or nothing; lines already imported are skipped)')
      .argument('<file>'),
  )
    .requiredOption('--account <id>', 'the bank account')
    .requiredOption('--format <format>', 'ofx, camt053 or csv')
    .option('--mapping <name>', 'CSV only: the saved mapping (default: the account’s only one)')
    .option('--dry-run', 'check and count, save nothing')
    .option('--json', 'print JSON')
    .action(async (file: string, o) => {
      if (!(FORMATS as readonly string[]).includes(o.format))
        throw new UsageError('--format is ofx, camt053 or csv.');
      await withDatabase(async ({ db, config }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'banking.import');
        const size = statSync(file).size;
        if (size > config.maxUploadBytes) {
          throw new AppError(
            'payload_too_large',
            `${file} is ${size} bytes; the limit is ${config.maxUploadBytes} (STEWARD_MAX_UPLOAD_BYTES). Export a shorter period.`,
          );
        }
        const result = await db.tx((tx) =>
          importStatement(tx, acting.ctx, {
            bankAccountId: o.account,
            format: o.format,
            bytes: readFileSync(file),
            mapping: o.mapping,
            fileName: basename(file),
            dryRun: Boolean(o.dryRun),
            maxBytes: config.maxUploadBytes,
          }),
        );
        if (o.json) return printJson(result);
        const continuity =
          result.continuity === 'unknown' ? 'unknown (no balances in the file)' : result.continuity;
        process.stdout.write(
          `${result.dryRun ? '(dry run) ' : ''}imported ${result.imported}, skipped as duplicates ${result.duplicates}, continuity ${continuity}\n`,
        );
        for (const s of result.statements) {
          if (s.continuityNote)
            process.stdout.write(`  flagged ${s.bankStatementId ?? s.id ?? ''}: ${s.continuityNote}\n`);
        }
      });
    });

  who(bank.command('statements').description("an account's imported statements"))
    .requiredOption('--account <id>', 'the bank account')
    .option('--json', 'print JSON')
    .action(async (o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'banking.read');
        const rows = await listStatements(db, acting.ctx.companyId, o.account);
        if (o.json) return printJson(rows);
        for (const s of rows) {
          process.stdout.write(
            `${s.id}  ${s.periodFrom ?? '?'}..${s.periodTo ?? '?'}  ${String(s.lineCount).padStart(5)} lines  ${String(s.reconciledCount).padStart(5)} reconciled  ${s.continuity}${s.continuityNote ? ` (${s.continuityNote})` : ''}\n`,
          );
        }
      });
    });

  who(
    bank
      .command('match')
      .description("propose matches for an account's unreconciled lines; optionally accept the strong ones"),
  )
    .requiredOption('--account <id>', 'the bank account')
    .option('--window <days>', 'days either side of the due date', '30')
    .option('--accept-min-score <n>', 'accept every proposal with at least this score (e.g. 90)')
    .option('--json', 'print JSON')
    .action(async (o) => {
      const window = Number.parseInt(o.window, 10);
      if (!Number.isInteger(window) || window < 0 || window > 365)
        throw new UsageError('--window is 0 to 365 days.');
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'banking.reconcile');
        const run = await db.tx((tx) => autoMatch(tx, acting.ctx, o.account, { dateWindowDays: window }));
        const proposals = await listReconciliations(db, acting.ctx.companyId, {
          bankAccountId: o.account,
          status: 'proposed',
        });
        let accepted = 0;
        if (o.acceptMinScore !== undefined) {
          const min = Number.parseInt(o.acceptMinScore, 10);
          const ids = proposals.filter((p) => p.score >= min).map((p) => p.id);
          if (ids.length) accepted = (await db.tx((tx) => acceptReconciliations(tx, acting.ctx, ids))).length;
        }
        if (o.json) return printJson({ ...run, accepted, proposed: proposals });
        process.stdout.write(
          `${run.lines} open lines, ${run.candidates} open items: ${run.proposals} proposals${o.acceptMinScore ? `, ${accepted} accepted` : ''}\n`,
        );
        for (const p of proposals) {
          process.stdout.write(
            `${p.id}  ${String(p.score).padStart(3)} ${p.rule.padEnd(18)} ${p.lines.map((l) => `${l.bookingDate} ${l.amount}`).join(' + ')}  →  ${p.items.map(describeItem).join(', ')}\n`,
          );
        }
      });
    });

  who(bank.command('report').description('reconciliation report of a statement'))
    .requiredOption('--statement <id>', 'the statement')
    .option('--json', 'print JSON')
    .action(async (o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'banking.read');
        const r = await reconciliationReport(db, acting.ctx.companyId, o.statement);
        if (o.json) return printJson(r);
        const t = r.totals;
        process.stdout.write(
          `Statement ${r.statement.bankStatementId ?? r.statement.id} ${r.statement.periodFrom ?? ''}..${r.statement.periodTo ?? ''} (${r.currency})\n` +
            `lines ${t.lines}: matched ${t.matched} (${t.matchedAmount}), unmatched ${t.unmatched} (${t.unmatchedAmount})\n` +
            `statement arithmetic difference: ${r.differences.statementArithmetic ?? 'n/a'}; closing vs ledger: ${r.differences.closingVersusLedger ?? 'n/a'}\n`,
        );
        for (const l of r.unmatchedLines)
          process.stdout.write(
            `  unmatched ${l.bookingDate} ${l.amount} ${l.counterpartyName ?? ''} ${l.reference ?? l.remittance ?? ''}\n`,
          );
      });
    });
}
