import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../kernel/errors.ts';
import {
  getRun,
  listPayments,
  listRuns,
  type PaymentView,
  type RunView,
  readRunFile,
} from '../../modules/payments/index.ts';
import type { Database } from '../../platform/db/index.ts';
import { actingAs, printJson, requirePermission, UsageError, withDatabase } from '../support.ts';

/** `steward payment list` and `steward payment-run list|export` — payments and payment runs. */
const who = (cmd: Command) =>
  cmd
    .option('--company <id>', 'company id (default: the only company)')
    .option('--as <email>', 'act as this user');

const jsonSafe = (v: unknown) =>
  JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)));

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((x) => (x[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

async function allPayments(
  db: Database,
  companyId: string,
  kind?: PaymentView['kind'],
): Promise<PaymentView[]> {
  const out: PaymentView[] = [];
  let cursor: string | undefined;
  do {
    const page = await listPayments(db, companyId, { kind, cursor, limit: 500 });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

async function allRuns(db: Database, companyId: string): Promise<Omit<RunView, 'items'>[]> {
  const out: Omit<RunView, 'items'>[] = [];
  let cursor: string | undefined;
  do {
    const page = await listRuns(db, companyId, { cursor, limit: 500 });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

const KINDS = ['receipt', 'vendor_payment', 'customer_refund', 'credit_application'] as const;

export function registerPaymentCommands(program: Command): void {
  const payment = program.command('payment').description('receipts, vendor payments, refunds');
  who(
    payment
      .command('list')
      .description('list payments, newest first')
      .option('--kind <kind>', KINDS.join(' | '))
      .option('--json', 'print JSON'),
  ).action(async (o) => {
    if (o.kind !== undefined && !(KINDS as readonly string[]).includes(o.kind)) {
      throw new UsageError(`--kind must be one of ${KINDS.join(', ')}.`);
    }
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, 'payments.read');
      const items = await allPayments(db, acting.ctx.companyId, o.kind);
      if (o.json) return printJson(jsonSafe(items));
      table(
        ['number', 'kind', 'date', 'party', 'amount', 'credit', 'status'],
        items.map((p) => [
          p.number,
          p.kind,
          p.date,
          p.partyName,
          `${p.amount} ${p.currency}`,
          p.credit,
          p.status,
        ]),
      );
    });
  });

  const run = program.command('payment-run').description('payment runs and their bank files');
  who(
    run.command('list').description('list payment runs, newest first').option('--json', 'print JSON'),
  ).action(async (o) => {
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, 'banking.payment_runs.read');
      const items = await allRuns(db, acting.ctx.companyId);
      if (o.json) return printJson(jsonSafe(items));
      table(
        ['number', 'status', 'format', 'execution', 'bills', 'total'],
        items.map((r) => [
          r.number,
          r.status,
          r.format,
          r.executionDate,
          String(r.count),
          `${r.total} ${r.currency}`,
        ]),
      );
    });
  });

  who(
    run
      .command('export <id>')
      .description('write the bank file of a released run (SEPA pain.001 for EUR, NACHA for USD)')
      .requiredOption('--format <format>', 'sepa | nacha (must match the run)')
      .requiredOption('--out <file>', 'where to write the file'),
  ).action(async (id: string, o) => {
    if (o.format !== 'sepa' && o.format !== 'nacha') throw new UsageError('--format must be sepa or nacha.');
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, 'banking.payment_runs.file');
      const file = await db.tx(async (tx) => {
        const r = await getRun(tx, acting.ctx.companyId, id);
        if (r.status !== 'released') {
          throw new AppError(
            'conflict',
            `Payment run ${r.number} is ${r.status.replace('_', ' ')}; release it first to get its bank file.`,
          );
        }
        if (r.format !== o.format) {
          throw new AppError(
            'validation',
            `Payment run ${r.number} is a ${r.format.toUpperCase()} run (${r.currency}); use --format ${r.format}.`,
          );
        }
        return readRunFile(tx, acting.ctx, id);
      });
      writeFileSync(o.out, file.content);
      console.log(`wrote ${o.out} (${file.name}, sha256 ${file.sha256})`);
    });
  });
}
