import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import {
  type BillPosting,
  type BillView,
  convertCapture,
  createCaptureWithFile,
  getBill,
  importUbl,
  listBills,
  type Proposal,
  processCapture,
  propose,
  shutdownOcr,
  submitBill,
} from '../../modules/purchasing/index.ts';
import { actingAs, printJson, requirePermission, UsageError, withDatabase } from '../support.ts';

/** `steward bill …`: vendor bills from the command line (same rights as the API). */
const who = (cmd: Command) =>
  cmd
    .option('--company <id>', 'company id (default: the only company)')
    .option('--as <email>', 'act as this user');

function summary(b: BillView) {
  return {
    id: b.id,
    vendor: b.vendorName,
    vendorId: b.vendorId,
    number: b.vendorInvoiceNumber,
    status: b.status,
    issueDate: b.issueDate,
    dueDate: b.dueDate,
    currency: b.currency,
    net: b.net,
    tax: b.tax,
    total: b.total,
    open: b.open,
    overdue: b.overdue,
    daysOverdue: b.daysOverdue,
    source: b.source,
  };
}

function readInput(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new UsageError(`Cannot read ${file}: ${(e as Error).message}`);
  }
}

const line = (b: BillView) =>
  `${b.vendorInvoiceNumber.padEnd(18)} ${(b.overdue ? `overdue ${b.daysOverdue}d` : b.status).padEnd(14)} ${b.issueDate} due ${b.dueDate} ${b.total.padStart(12)} ${b.currency}  ${b.vendorName}  ${b.id}\n`;

export function registerBillCommands(program: Command, { postBill }: BillPosting): void {
  const bill = program.command('bill').description('vendor bills: capture, UBL import, approval, posting');

  who(bill.command('list').description('vendor bills, newest first'))
    .option(
      '--status <status>',
      'draft, submitted, approved, posted, partially_paid, paid, void, open or overdue',
    )
    .option('--vendor <partyId>', 'one vendor')
    .option('--json', 'print JSON (an array)')
    .action(async (o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'purchasing.read');
        const all: BillView[] = [];
        let cursor: string | undefined;
        do {
          const page = await listBills(
            db,
            acting.ctx.companyId,
            { status: o.status, vendorId: o.vendor },
            cursor,
            500,
          );
          all.push(...page.items);
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        if (o.json) return printJson(all.map(summary));
        for (const b of all) process.stdout.write(line(b));
      });
    });

  who(bill.command('show <id>').description('one bill with its lines'))
    .option('--json', 'print JSON')
    .action(async (id: string, o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'purchasing.read');
        const b = await getBill(db, acting.ctx.companyId, id);
        if (o.json) return printJson(b);
        process.stdout.write(line(b));
        for (const l of b.lines)
          process.stdout.write(
            `  ${l.quantity} × ${l.unitPrice}  ${l.taxRate} %  ${l.net.padStart(12)}  ${l.description}\n`,
          );
      });
    });

  who(
    bill
      .command('capture <file>')
      .description(
        'read a bill (PDF or photo; text layer or offline OCR) and make a draft, or leave it in the review inbox',
      ),
  )
    .option('--vendor <partyId>', 'the vendor (default: matched by the VAT id or name read)')
    .option('--account <id>', "expense account (default: the vendor's last one)")
    .option('--tax-code <code>', 'tax code (default: the vendor’s last one or the rate read)')
    .option('--json', 'print JSON')
    .action(async (file: string, o) => {
      const bytes = readInput(file);
      try {
        await withDatabase(async ({ db }) => {
          const acting = await actingAs(db, o);
          requirePermission(acting, 'purchasing.manage');
          const { ctx } = acting;
          const cap = await db.tx((tx) =>
            createCaptureWithFile(tx, ctx, { fileName: basename(file), bytes }),
          );
          const read = await processCapture(db, ctx.companyId, cap.id, async (f) => {
            if (!o.json) process.stderr.write(`\rreading ${Math.round(f * 100)} %`);
          });
          if (!o.json) process.stderr.write('\n');
          if (read.status !== 'ready') throw new UsageError(`The document could not be read: ${read.error}`);
          let p = read.proposal as Proposal;
          if (o.vendor) p = await propose(db, ctx.companyId, read.fields, o.vendor);
          const accountId = o.account ?? p.accountId;
          const taxCode = o.taxCode ?? p.taxCode;
          const price = p.net ?? p.total;
          const complete =
            p.vendorId && p.vendorInvoiceNumber && p.issueDate && accountId && taxCode && price;
          let created: BillView | null = null;
          if (complete) {
            created = await db.tx((tx) =>
              convertCapture(tx, ctx, cap.id, {
                vendorId: p.vendorId as string,
                vendorInvoiceNumber: p.vendorInvoiceNumber as string,
                issueDate: p.issueDate as string,
                dueDate: p.dueDate,
                ...(p.currency ? { currency: p.currency } : {}),
                pricesIncludeTax: p.pricesIncludeTax,
                lines: [
                  { description: p.vendorName ?? '', accountId, taxCode, quantity: '1', unitPrice: price },
                ],
              }),
            );
          }
          if (o.json)
            return printJson({
              captureId: cap.id,
              method: read.method,
              proposal: p,
              bill: created ? summary(created) : null,
            });
          process.stdout.write(
            `read by ${read.method}: ${p.vendorName ?? '?'} ${p.vendorVatId ?? ''} no. ${p.vendorInvoiceNumber ?? '?'} ${p.issueDate ?? '?'} total ${p.total ?? '?'} ${p.currency ?? ''}\n`,
          );
          if (created) process.stdout.write(`draft bill ${created.id}\n`);
          else
            process.stdout.write(
              `left in the review inbox as ${cap.id}: ${p.vendorId ? '' : 'vendor unknown (--vendor), '}${accountId ? '' : 'no account (--account), '}${taxCode ? '' : 'no tax code (--tax-code)'}\n`,
            );
        });
      } finally {
        await shutdownOcr();
      }
    });

  who(
    bill
      .command('import-ubl <file>')
      .description('import a received UBL 2.1 / Peppol BIS 3.0 invoice as a draft bill'),
  )
    .option('--create-vendor', 'create the vendor when no party has the seller’s VAT id')
    .option('--account <id>', "expense account for the lines (default: the vendor's last one)")
    .option('--confirm-duplicate', 'save even when it looks like a duplicate')
    .option('--json', 'print JSON')
    .action(async (file: string, o) => {
      const xml = readInput(file).toString('utf8');
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'purchasing.manage');
        const r = await db.tx((tx) =>
          importUbl(tx, acting.ctx, {
            xml,
            createVendor: Boolean(o.createVendor),
            accountId: o.account,
            confirmDuplicate: Boolean(o.confirmDuplicate),
          }),
        );
        if (o.json)
          return printJson({ bill: summary(r.bill), vendorCreated: r.vendorCreated, warnings: r.warnings });
        process.stdout.write(line(r.bill));
        for (const w of r.warnings) process.stderr.write(`warning: ${w}\n`);
      });
    });

  who(
    bill
      .command('submit <id>')
      .description('submit a draft for approval (approved at once when no policy holds it)'),
  )
    .option('--json', 'print JSON')
    .action(async (id: string, o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'purchasing.manage');
        const b = await db.tx((tx) => submitBill(tx, acting.ctx, id));
        if (o.json) return printJson(summary(b));
        process.stdout.write(line(b));
      });
    });

  who(bill.command('post <id>').description('post an approved bill to the ledger'))
    .option('--date <date>', 'posting date (default: the issue date)')
    .option('--json', 'print JSON')
    .action(async (id: string, o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'purchasing.approve');
        const b = await db.tx((tx) => postBill(tx, acting.ctx, id, { date: o.date }));
        if (o.json) return printJson({ ...summary(b), entryId: b.entryId });
        process.stdout.write(`${line(b)}entry ${b.entryId}\n`);
      });
    });
}
