import { AppError } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { formatMoney, isCurrency, minorUnits, parseMoney } from '../../../kernel/money.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import type { Database, Sql } from '../../../platform/db/index.ts';
import { ledgerText } from '../i18n.ts';
import { type AccountRow, listAccounts } from './accounts.ts';
import { baseCurrencyOf } from './company.ts';
import { type EntryInput, prepareEntries, writePosted } from './posting.ts';

/**
 * CSV imports with a dry run and a row-by-row error report: journal entries (columns date, entry, description,
 * reference, account, debit, credit, currency, memo; rows with the same `entry` form one entry) and opening
 * balances (account, debit, credit; one entry against an equity account). Every row is checked and every
 * problem reported (row = the line number in the file, the header being row 1); nothing is written unless all
 * rows are good, and then all entries are posted in one transaction.
 */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

export interface CsvImportResult {
  ok: boolean;
  errors: RowError[];
  entries: number;
  lines: number;
  dryRun: boolean;
}

/** RFC 4180: quoted fields, doubled quotes, CRLF or LF; each record with the file line it starts on. */
export function parseCsv(text: string): { cells: string[]; line: number }[] {
  const records: { cells: string[]; line: number }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let any = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      quoted = true;
      any = true;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
      any = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      cells.push(cell);
      if (any || cells.some((c) => c !== '')) records.push({ cells, line: start });
      cells = [];
      cell = '';
      any = false;
      line++;
      start = line;
    } else {
      cell += ch;
      any = true;
    }
  }
  if (any || cell !== '') {
    cells.push(cell);
    records.push({ cells, line: start });
  }
  return records;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const realDate = (d: string) => DATE.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

interface Table {
  rows: { row: number; get: (col: string) => string }[];
  errors: RowError[];
}

function table(text: string, required: string[], optional: string[]): Table {
  const records = parseCsv(text);
  const errors: RowError[] = [];
  const header = (records[0]?.cells ?? []).map((h) => h.trim().toLowerCase());
  for (const col of required)
    if (!header.includes(col))
      errors.push({ row: 1, column: col, message: `the column "${col}" is missing.` });
  for (const col of header)
    if (col && !required.includes(col) && !optional.includes(col))
      errors.push({ row: 1, column: col, message: `unknown column "${col}".` });
  const rows = records.slice(1).map((r) => ({
    row: r.line,
    get: (col: string) => {
      const i = header.indexOf(col);
      return i < 0 ? '' : (r.cells[i] ?? '').trim();
    },
  }));
  if (records.length < 2)
    errors.push({ row: 1, column: '', message: 'the file has no rows after the header.' });
  return { rows, errors };
}

interface Checked {
  line: EntryInput['lines'][number];
  amount: bigint;
  currency: string;
}

/** One row's account, amount and currency, with every problem reported. */
function checkLine(
  r: Table['rows'][number],
  accounts: Map<string, AccountRow>,
  base: string,
  errors: RowError[],
): Checked | null {
  const before = errors.length;
  const ref = r.get('account');
  const account = accounts.get(ref);
  if (!ref) errors.push({ row: r.row, column: 'account', message: 'the account is empty.' });
  else if (!account)
    errors.push({
      row: r.row,
      column: 'account',
      message: `there is no account "${ref}" (give its code or full name).`,
    });
  else if (!account.active)
    errors.push({ row: r.row, column: 'account', message: `the account ${account.code} is inactive.` });
  const currency = (r.get('currency') || account?.currency || base).toUpperCase();
  if (!isCurrency(currency))
    errors.push({ row: r.row, column: 'currency', message: `unknown currency "${currency}".` });
  else if (account?.currency && account.currency !== currency)
    errors.push({
      row: r.row,
      column: 'currency',
      message: `the account ${account.code} is kept in ${account.currency}.`,
    });
  const debit = r.get('debit');
  const credit = r.get('credit');
  let amount = 0n;
  if (debit && credit)
    errors.push({ row: r.row, column: 'credit', message: 'give a debit or a credit, not both.' });
  else if (!debit && !credit)
    errors.push({ row: r.row, column: 'debit', message: 'give a debit or a credit amount.' });
  else {
    const column = debit ? 'debit' : 'credit';
    try {
      const v = parseMoney(debit || credit, isCurrency(currency) ? currency : base).amount;
      if (v <= 0n) errors.push({ row: r.row, column, message: 'amounts are written positive and non-zero.' });
      else if (v > 10n ** BigInt(15 + minorUnits(currency)))
        errors.push({ row: r.row, column, message: 'amounts are limited to 10^15.' });
      amount = debit ? v : -v;
    } catch (err) {
      errors.push({ row: r.row, column, message: (err as Error).message });
    }
  }
  if (errors.length > before || !account) return null;
  const rate = r.get('rate');
  const memo = r.get('memo');
  return {
    amount,
    currency,
    line: {
      account: account.id,
      ...(debit ? { debit } : { credit }),
      currency,
      ...(rate ? { rate } : {}),
      ...(memo ? { memo } : {}),
    },
  };
}

const companyBase = baseCurrencyOf;

async function accountMap(sql: Sql, companyId: string): Promise<Map<string, AccountRow>> {
  const map = new Map<string, AccountRow>();
  for (const a of await listAccounts(sql, companyId)) {
    map.set(a.fullName, a);
    map.set(a.code, a);
  }
  return map;
}

/** Dates outside every fiscal year or inside a locked period, per row. */
async function checkDates(
  sql: Sql,
  companyId: string,
  rows: { row: number; date: string }[],
  errors: RowError[],
) {
  const dates = [...new Set(rows.map((r) => r.date))];
  if (dates.length === 0) return;
  const found = (
    await sql.query<{ d: string; start: string | null; locked: boolean | null }>(
      `SELECT to_char(d, 'YYYY-MM-DD') AS d, to_char(p.start_date, 'YYYY-MM') AS start, p.locked_at IS NOT NULL AS locked
         FROM unnest($2::date[]) AS d LEFT JOIN ledger_periods p ON p.company_id = $1 AND d BETWEEN p.start_date AND p.end_date`,
      [companyId, dates],
    )
  ).rows;
  const byDate = new Map(found.map((f) => [f.d, f]));
  for (const r of rows) {
    const f = byDate.get(r.date);
    if (!f?.start)
      errors.push({
        row: r.row,
        column: 'date',
        message: `${r.date} is outside every fiscal year; create it first (steward ledger fiscal-year create ${r.date.slice(0, 4)}).`,
      });
    else if (f.locked)
      errors.push({ row: r.row, column: 'date', message: `the period ${f.start} is locked.` });
  }
}

/** Validates with prepareEntries, then (unless a dry run) posts everything in one transaction. */
async function finish(
  db: Database,
  ctx: ServiceContext,
  entries: { input: EntryInput; rows: number[] }[],
  errors: RowError[],
  dryRun: boolean,
): Promise<CsvImportResult> {
  const lines = entries.reduce((n, e) => n + e.input.lines.length, 0);
  const result = (ok: boolean): CsvImportResult => ({ ok, errors, entries: entries.length, lines, dryRun });
  if (errors.length) return result(false);
  try {
    await db.tx(async (tx) => {
      const batchId = newId('batch');
      for (let start = 0; start < entries.length; start += 5000) {
        const chunk = entries.slice(start, start + 5000);
        try {
          const { prepared } = await prepareEntries(
            tx,
            ctx.companyId,
            chunk.map((e) => e.input),
          );
          if (!dryRun) await writePosted(tx, ctx, prepared, { audit: 'batch', batchId });
        } catch (err) {
          const d = (err instanceof AppError ? err.details : null) as {
            entry?: number;
            line?: number;
          } | null;
          const e = typeof d?.entry === 'number' ? chunk[d.entry] : undefined;
          if (!e || !(err instanceof AppError)) throw err;
          errors.push({
            row: e.rows[d?.line ?? 0] ?? e.rows[0] ?? 0,
            column: 'entry',
            message: err.message
              .replace(/^entry \d+(, line \d+)?: /, '')
              .replace(/^Entry \d+ /, 'the entry '),
          });
          throw err;
        }
      }
    });
  } catch (err) {
    if (errors.length) return result(false);
    throw err;
  }
  return result(true);
}

export async function importEntriesCsv(
  db: Database,
  ctx: ServiceContext,
  text: string,
  opts: { dryRun?: boolean | undefined } = {},
): Promise<CsvImportResult> {
  const t = table(
    text,
    ['date', 'entry', 'account', 'debit', 'credit'],
    ['description', 'reference', 'currency', 'memo', 'rate'],
  );
  const errors = t.errors;
  const base = await companyBase(db, ctx.companyId);
  const accounts = await accountMap(db, ctx.companyId);
  const groups = new Map<
    string,
    { input: EntryInput; rows: number[]; all: number[]; checked: Checked[]; first: number }
  >();
  const dated: { row: number; date: string }[] = [];
  for (const r of t.rows) {
    const key = r.get('entry');
    if (!key)
      errors.push({
        row: r.row,
        column: 'entry',
        message: 'the entry key is empty (rows with the same key form one entry).',
      });
    const date = r.get('date');
    if (!realDate(date))
      errors.push({ row: r.row, column: 'date', message: `"${date}" is not a date YYYY-MM-DD.` });
    else dated.push({ row: r.row, date });
    const checked = checkLine(r, accounts, base, errors);
    if (!key) continue;
    let g = groups.get(key);
    if (!g) {
      g = {
        input: { date, description: r.get('description'), reference: r.get('reference') || null, lines: [] },
        rows: [],
        all: [],
        checked: [],
        first: r.row,
      };
      groups.set(key, g);
    } else {
      if (date !== g.input.date)
        errors.push({
          row: r.row,
          column: 'date',
          message: `entry ${key} is dated ${g.input.date} on row ${g.first}.`,
        });
      for (const col of ['description', 'reference'] as const) {
        const v = r.get(col);
        const have = col === 'description' ? g.input.description : (g.input.reference ?? '');
        if (v && have && v !== have)
          errors.push({
            row: r.row,
            column: col,
            message: `entry ${key} has a different ${col} on row ${g.first}.`,
          });
        else if (v && !have) {
          if (col === 'description') g.input.description = v;
          else g.input.reference = v;
        }
      }
    }
    g.all.push(r.row);
    if (g.input.description.length > 1000)
      errors.push({ row: r.row, column: 'description', message: 'at most 1000 characters.' });
    if (checked) {
      g.input.lines.push(checked.line);
      g.rows.push(r.row);
      g.checked.push(checked);
    }
  }
  for (const [key, g] of groups) {
    const anyBad = errors.some((e) => g.all.includes(e.row));
    if (anyBad) continue;
    if (g.input.lines.length < 2) {
      errors.push({ row: g.first, column: 'entry', message: `entry ${key} needs at least two lines.` });
      continue;
    }
    const currencies = new Set(g.checked.map((c) => c.currency));
    if (currencies.size === 1) {
      const sum = g.checked.reduce((s, c) => s + c.amount, 0n);
      const currency = [...currencies][0] as string;
      if (sum !== 0n)
        errors.push({
          row: g.first,
          column: sum > 0n ? 'credit' : 'debit',
          message: `entry ${key} does not balance: debits exceed credits by ${formatMoney({ amount: sum, currency })} ${currency}.`,
        });
    }
  }
  await checkDates(db, ctx.companyId, dated, errors);
  errors.sort((a, b) => a.row - b.row);
  return finish(db, ctx, [...groups.values()], errors, Boolean(opts.dryRun));
}

export async function importOpeningBalancesCsv(
  db: Database,
  ctx: ServiceContext,
  text: string,
  opts: { equity: string; date: string; dryRun?: boolean | undefined; description?: string | undefined },
): Promise<CsvImportResult> {
  if (!realDate(opts.date)) throw ledgerText.error('validation', 'error.optionDate', { option: 'date' });
  const t = table(text, ['account', 'debit', 'credit'], ['currency', 'memo']);
  const errors = t.errors;
  const base = await companyBase(db, ctx.companyId);
  const accounts = await accountMap(db, ctx.companyId);
  const equity = accounts.get(opts.equity);
  if (equity?.type !== 'equity')
    throw ledgerText.error('validation', 'error.equityOption', { equity: opts.equity });
  const lines: EntryInput['lines'] = [];
  const rows: number[] = [];
  let sum = 0n;
  for (const r of t.rows) {
    const c = checkLine(r, accounts, base, errors);
    if (!c) continue;
    if (c.currency !== base) {
      errors.push({
        row: r.row,
        column: 'currency',
        message: `opening balances are in the base currency ${base}.`,
      });
      continue;
    }
    lines.push(c.line);
    rows.push(r.row);
    sum += c.amount;
  }
  await checkDates(db, ctx.companyId, [{ row: t.rows[0]?.row ?? 2, date: opts.date }], errors);
  if (sum !== 0n) {
    const amount = formatMoney({ amount: sum > 0n ? sum : -sum, currency: base });
    lines.push({
      account: equity.id,
      ...(sum > 0n ? { credit: amount } : { debit: amount }),
      currency: base,
    });
    rows.push(t.rows[t.rows.length - 1]?.row ?? 1);
  }
  if (!errors.length && lines.length < 2)
    errors.push({
      row: 1,
      column: '',
      message: 'there is nothing to post (opening balances need at least one row).',
    });
  errors.sort((a, b) => a.row - b.row);
  const input: EntryInput = { date: opts.date, description: opts.description ?? 'Opening balances', lines };
  return finish(db, ctx, [{ input, rows }], errors, Boolean(opts.dryRun));
}
