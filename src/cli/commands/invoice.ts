import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';

import {
  createCreditNote,
  createDrafts,
  DraftInput,
  documentPdf,
  documentUbl,
  emailInvoice,
  getInvoice,
  type InvoiceView,
  listInvoices,
  type SalesIssuing,
} from '../../modules/sales/index.ts';
import { actingAs, printJson, readStdin, requirePermission, UsageError, withDatabase } from '../support.ts';

/** `steward invoice …`: sales invoices and credit notes from the command line (same rights as the API). */
const who = (cmd: Command) =>
  cmd
    .option('--company <id>', 'company id (default: the only company)')
    .option('--as <email>', 'act as this user');

function summary(i: InvoiceView) {
  return {
    id: i.id,
    number: i.number,
    kind: i.kind,
    status: i.status,
    customer: i.customer,
    partyId: i.partyId,
    currency: i.currency,
    net: i.net,
    tax: i.tax,
    total: i.total,
    paid: i.paid,
    open: i.open,
    issueDate: i.issueDate,
    dueDate: i.dueDate,
    overdue: i.overdue,
    daysOverdue: i.daysOverdue,
    createdAt: i.createdAt,
  };
}

export function registerInvoiceCommands(
  program: Command,
  { issueInvoices, issueNextDrafts }: SalesIssuing,
): void {
  const invoice = program.command('invoice').description('sales invoices and credit notes');

  who(invoice.command('list').description('invoices and credit notes, newest first'))
    .option('--status <status>', 'draft, issued, partially_paid, paid, credited, open or overdue')
    .option('--kind <kind>', 'invoice or credit_note')
    .option('--customer <partyId>', 'one customer')
    .option('--json', 'print JSON (an array)')
    .action(async (o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'sales.read');
        const filter = { status: o.status, kind: o.kind, partyId: o.customer };
        const all: InvoiceView[] = [];
        let cursor: string | undefined;
        do {
          const page = await listInvoices(db, acting.ctx.companyId, filter, cursor, 500);
          all.push(...page.items);
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        if (o.json) return printJson(all.map(summary));
        for (const i of all)
          process.stdout.write(
            `${(i.number ?? '(draft)').padEnd(16)} ${(i.overdue ? `overdue ${i.daysOverdue}d` : i.status).padEnd(14)} ${(i.issueDate ?? '').padEnd(10)} ${i.total.padStart(14)} ${i.currency}  ${i.customer}  ${i.id}\n`,
          );
      });
    });

  who(invoice.command('show <id>').description('one invoice or credit note (id or number)'))
    .option('--json', 'print JSON')
    .action(async (id: string, o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'sales.read');
        const inv = await getInvoice(db, acting.ctx.companyId, id);
        if (o.json) return printJson(inv);
        process.stdout.write(
          `${inv.kind} ${inv.number ?? '(draft)'}  ${inv.status}  ${inv.customer}\nissued ${inv.issueDate ?? '-'}  due ${inv.dueDate ?? '-'}\n`,
        );
        for (const l of inv.lines)
          process.stdout.write(
            `  ${l.quantity} ${l.unit} × ${l.unitPrice}  ${l.taxCode}  ${l.net.padStart(12)}  ${l.description}\n`,
          );
        process.stdout.write(
          `net ${inv.net}  tax ${inv.tax}  total ${inv.total} ${inv.currency}  open ${inv.open}\n`,
        );
      });
    });

  who(invoice.command('create').description('create draft invoices from JSON on stdin (the API body)'))
    .option('--count <n>', 'make this many copies (bulk tests and benchmarks)', '1')
    .option('--json', 'print JSON')
    .action(async (o) => {
      const parsed = DraftInput.safeParse(JSON.parse((await readStdin()) || '{}'));
      if (!parsed.success) throw new UsageError(`The draft is not valid: ${parsed.error.message}`);
      const count = Number.parseInt(o.count, 10);
      if (!(count >= 1 && count <= 100000)) throw new UsageError('--count is between 1 and 100000.');
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'sales.manage');
        const started = Date.now();
        const ids: string[] = [];
        for (let done = 0; done < count; done += 1000) {
          const part = Array.from({ length: Math.min(1000, count - done) }, () => ({
            ...parsed.data,
            kind: 'invoice' as const,
          }));
          ids.push(...(await db.tx((tx) => createDrafts(tx, acting.ctx, part))));
        }
        if (!o.json)
          process.stderr.write(`created ${ids.length} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
        if (o.json) printJson(ids);
        else
          process.stdout.write(
            `${ids.length} draft(s): ${ids.slice(0, 5).join(' ')}${ids.length > 5 ? ' …' : ''}\n`,
          );
      });
    });

  who(invoice.command('issue [ids...]').description('issue drafts: legal numbers, posting to the ledger'))
    .option('--date <date>', 'issue date (default: the draft’s or today)')
    .option('--all-drafts', 'issue every invoice draft, oldest first (several processes may do this at once)')
    .option('--batch <n>', 'documents per transaction', '500')
    .option('--json', 'print JSON')
    .action(async (ids: string[], o) => {
      if (!o.allDrafts && ids.length === 0)
        throw new UsageError('Name the drafts to issue, or pass --all-drafts.');
      const batch = Number.parseInt(o.batch, 10);
      if (!(batch >= 1 && batch <= 10000)) throw new UsageError('--batch is between 1 and 10000.');
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'sales.issue');
        const started = Date.now();
        const out: { id: string; number: string; issueDate: string }[] = [];
        if (o.allDrafts) {
          for (;;) {
            const got = await db.tx((tx) =>
              issueNextDrafts(tx, acting.ctx, { limit: batch, issueDate: o.date }),
            );
            if (got.length === 0) break;
            out.push(...got);
          }
        } else {
          for (let i = 0; i < ids.length; i += batch) {
            const part = ids.slice(i, i + batch);
            out.push(...(await db.tx((tx) => issueInvoices(tx, acting.ctx, part, { issueDate: o.date }))));
          }
        }
        const items = out.map((r) => ({ id: r.id, number: r.number, issueDate: r.issueDate }));
        if (o.json) return printJson(items);
        for (const r of items.slice(0, 20)) process.stdout.write(`${r.number}  ${r.issueDate}  ${r.id}\n`);
        if (items.length > 20) process.stdout.write(`… ${items.length - 20} more\n`);
        process.stdout.write(`issued ${items.length} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      });
    });

  who(
    invoice
      .command('credit <id>')
      .description('credit an issued invoice in full (a credit note draft, or --issue)'),
  )
    .option('--issue', 'issue the credit note at once')
    .option('--date <date>', 'issue date of the credit note')
    .option('--reason <text>', 'why (printed on the credit note)')
    .option('--json', 'print JSON')
    .action(async (id: string, o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'sales.manage');
        if (o.issue) requirePermission(acting, 'sales.issue');
        const cn = await db.tx(async (tx) => {
          const draft = await createCreditNote(tx, acting.ctx, id, { reason: o.reason });
          if (o.issue) await issueInvoices(tx, acting.ctx, [draft.id], { issueDate: o.date });
          return getInvoice(tx, acting.ctx.companyId, draft.id);
        });
        if (o.json) return printJson(summary(cn));
        process.stdout.write(
          `${cn.number ?? '(draft)'}  ${cn.status}  ${cn.total} ${cn.currency}  ${cn.id}\n`,
        );
      });
    });
  who(invoice.command('export <id>').description('write an issued invoice or credit note as UBL XML or PDF'))
    .requiredOption('--format <format>', 'ubl or pdf')
    .requiredOption('--out <file>', 'where to write it')
    .option('--lang <lang>', 'PDF language: en, cs or es (default: the buyer’s)')
    .action(async (id: string, o) => {
      if (o.format !== 'ubl' && o.format !== 'pdf') throw new UsageError('--format is ubl or pdf.');
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'sales.read');
        if (o.format === 'ubl') {
          const { number, xml } = await documentUbl(db, acting.ctx.companyId, id);
          writeFileSync(o.out, xml);
          process.stdout.write(`${number} → ${o.out} (UBL, ${Buffer.byteLength(xml)} bytes)\n`);
        } else {
          const { number, pdf } = await db.tx((tx) => documentPdf(tx, acting.ctx, id, o.lang));
          writeFileSync(o.out, pdf);
          process.stdout.write(`${number} → ${o.out} (PDF, ${pdf.length} bytes)\n`);
        }
      });
    });

  who(invoice.command('email <id>').description('e-mail an issued invoice to the customer'))
    .option('--to <address>', 'another address than the customer’s')
    .action(async (id: string, o) => {
      await withDatabase(async ({ db }) => {
        const acting = await actingAs(db, o);
        requirePermission(acting, 'sales.manage');
        const r = await db.tx((tx) => emailInvoice(tx, acting.ctx, id, { to: o.to }));
        process.stdout.write(`queued ${r.mailId} to ${r.to}\n`);
      });
    });
}
