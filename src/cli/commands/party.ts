import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { csvLine } from '../../kernel/csv.ts';
import { AppError } from '../../kernel/errors.ts';
import { readTable } from '../../modules/ledger/index.ts';
import {
  EXPORT_COLUMNS,
  IMPORT_COLUMNS,
  importParties,
  listParties,
  type PartyImportReport,
  type PartySummary,
  reencryptBankAccounts,
} from '../../modules/parties/index.ts';
import type { Database } from '../../platform/db/index.ts';
import { excel } from '../../platform/formats/excel.ts';
import { actingAs, printJson, requirePermission, UsageError, withDatabase } from '../support.ts';

/** `steward party list|import|export` — customers and vendors. */
const who = (cmd: Command) =>
  cmd
    .option('--company <id>', 'company id (default: the only company)')
    .option('--as <email>', 'act as this user');

function role(value: string | undefined): 'customer' | 'vendor' | undefined {
  if (value === undefined) return undefined;
  if (value !== 'customer' && value !== 'vendor') throw new UsageError('--role must be customer or vendor.');
  return value;
}

async function all(
  db: Database,
  companyId: string,
  filter: { role?: 'customer' | 'vendor' | undefined; active?: 'true' | 'false' | 'all'; q?: string },
): Promise<PartySummary[]> {
  const out: PartySummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await listParties(db, companyId, { ...filter, cursor, limit: 1000 });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

const jsonSafe = (v: unknown) =>
  JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x)));

export function registerPartyCommands(program: Command): void {
  const party = program.command('party').description('customers and vendors');

  who(
    party
      .command('list')
      .description('list customers and vendors (active ones unless --all)')
      .option('--role <role>', 'customer or vendor')
      .option('--q <text>', 'search name, code, VAT id, e-mail')
      .option('--all', 'include inactive parties')
      .option('--json', 'print JSON'),
  ).action(async (o) => {
    const r = role(o.role);
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, 'parties.read');
      const items = await all(db, acting.ctx.companyId, { role: r, active: o.all ? 'all' : 'true', q: o.q });
      if (o.json) {
        printJson(jsonSafe(items));
        return;
      }
      const rows = items.map((p) => [
        p.code,
        p.customer && p.vendor ? 'both' : p.customer ? 'customer' : 'vendor',
        p.legalName,
        p.vatId ?? '',
        p.address.country ?? '',
        p.currency,
      ]);
      const header = ['code', 'role', 'legal name', 'VAT id', 'country', 'currency'];
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((x) => (x[i] ?? '').length)));
      const line = (cells: string[]) =>
        cells
          .map((c, i) => c.padEnd(widths[i] ?? 0))
          .join('  ')
          .trimEnd();
      process.stdout.write(`${[header, ...rows].map(line).join('\n')}\n`);
    });
  });

  who(
    party
      .command('import')
      .description(
        `import customers/vendors from CSV or XLSX; a row whose code exists updates it. Columns: ${IMPORT_COLUMNS.join(', ')}`,
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
      requirePermission(acting, 'parties.manage');
      let report: PartyImportReport;
      try {
        report = await db.tx((tx) => importParties(tx, acting.ctx, rows, { dryRun: Boolean(o.dryRun) }));
      } catch (err) {
        const details = err instanceof AppError ? (err.details as PartyImportReport | null) : null;
        if (!details?.errors) throw err;
        report = details;
      }
      if (report.errors.length) {
        process.stderr.write(
          `${report.errors.length} problem(s)${o.dryRun ? '' : '; nothing was imported'}:\n${report.errors
            .map((e) => `  line ${e.line}${e.column ? ` ${e.column}` : ''}: ${e.message}`)
            .join('\n')}\n`,
        );
        process.exitCode = 2;
        return;
      }
      process.stdout.write(
        o.dryRun
          ? `dry run: ${report.rows} rows ok (${report.created} new, ${report.updated} updates), nothing written\n`
          : `${report.created} created, ${report.updated} updated, ${report.bankAccounts} bank accounts added\n`,
      );
    });
  });

  who(
    party
      .command('export')
      .description(
        `write customers/vendors to CSV or XLSX (the import's columns; bank numbers are never exported)`,
      )
      .requiredOption('--format <format>', 'csv or xlsx')
      .requiredOption('--out <file>', 'output file')
      .option('--role <role>', 'customer or vendor')
      .option('--all', 'include inactive parties'),
  ).action(async (o) => {
    if (o.format !== 'csv' && o.format !== 'xlsx') throw new UsageError('--format must be csv or xlsx.');
    const r = role(o.role);
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, 'parties.read');
      const items = await all(db, acting.ctx.companyId, { role: r, active: o.all ? 'all' : 'true' });
      if (o.format === 'csv') {
        const lines = [csvLine(EXPORT_COLUMNS.map((c) => c.header))];
        for (const p of items) lines.push(csvLine(EXPORT_COLUMNS.map((c) => c.value(p))));
        writeFileSync(o.out, `${lines.join('\r\n')}\r\n`);
      } else {
        const wb = new (await excel()).Workbook();
        const sheet = wb.addWorksheet(r ? `${r}s` : 'parties');
        sheet.addRow(EXPORT_COLUMNS.map((c) => c.header)).font = { bold: true };
        for (const p of items) sheet.addRow(EXPORT_COLUMNS.map((c) => c.value(p) ?? null));
        writeFileSync(o.out, Buffer.from(await wb.xlsx.writeBuffer()));
      }
      process.stdout.write(`${items.length} parties written to ${o.out}\n`);
    });
  });

  who(
    party
      .command('rekey')
      .description(
        'after rotating STEWARD_FIELD_KEY (old key in STEWARD_FIELD_KEYS_PREVIOUS): re-encrypt bank account numbers under the new key',
      ),
  ).action(async (o) => {
    await withDatabase(async ({ db }) => {
      const acting = await actingAs(db, o);
      requirePermission(acting, 'parties.manage');
      const n = await db.tx((tx) => reencryptBankAccounts(tx, acting.ctx));
      process.stdout.write(`${n} bank account number(s) re-encrypted\n`);
    });
  });
}
