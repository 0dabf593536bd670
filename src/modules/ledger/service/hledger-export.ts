import { formatMoney, minorUnits } from '../../../kernel/money.ts';
import { maybeOne, type Sql } from '../../../platform/db/index.ts';
import { getCompany } from '../../org/index.ts';
import { ledgerText } from '../i18n.ts';
import { type AccountRow, listAccounts } from './accounts.ts';
import { baseCurrencyOf } from './company.ts';

/**
 * `steward ledger export --format hledger`: account directives with `type:` tags, commodity directives, then the
 * posted entries in date order, read in keyset batches (entry_date, number) so a ledger of any size streams
 * in constant memory. Lines in a foreign currency carry their base amount as a total cost (`@@`), so every
 * transaction balances exactly and `hledger bal -B` equals Steward's trial balance; in a single-currency ledger
 * plain `hledger bal` does.
 */
export interface ExportOptions {
  from?: string | undefined;
  to?: string | undefined;
  batchSize?: number | undefined;
}

export interface ExportLine {
  lineNo: number;
  account: string;
  accountId: string;
  currency: string;
  amount: bigint;
  baseAmount: bigint;
  memo: string | null;
}

export interface ExportEntry {
  id: string;
  number: string;
  date: string;
  description: string;
  reference: string | null;
  tags: Record<string, string>;
  lines: ExportLine[];
}

export interface ExportContext {
  base: string;
  accounts: AccountRow[];
  currencies: string[];
  firstDate: string | null;
}

/** Where the text goes: a file or stdout stream writer that honours back-pressure. */
export type Write = (text: string) => Promise<void> | void;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function exportContext(
  sql: Sql,
  companyId: string,
  opts: ExportOptions,
): Promise<ExportContext> {
  for (const [name, v] of [
    ['from', opts.from],
    ['to', opts.to],
  ] as const)
    if (v !== undefined && !DATE.test(v))
      throw ledgerText.error('validation', 'error.optionDate', { option: name });
  const base = await baseCurrencyOf(sql, companyId);
  const range = await maybeOne<{ first: string | null; currencies: string[] | null }>(
    sql,
    `SELECT to_char(min(entry_date), 'YYYY-MM-DD') AS first, array_agg(DISTINCT currency) AS currencies FROM ledger_lines
      WHERE company_id = $1 AND ($2::date IS NULL OR entry_date >= $2) AND ($3::date IS NULL OR entry_date <= $3)`,
    [companyId, opts.from ?? null, opts.to ?? null],
  );
  const currencies = [...new Set([base, ...(range?.currencies ?? []).map((c) => c.trim())])].sort();
  return { base, accounts: await listAccounts(sql, companyId), currencies, firstDate: range?.first ?? null };
}

interface EntryRow {
  id: string;
  number: string;
  date: string;
  description: string;
  reference: string | null;
  tags: Record<string, string> | null;
}

/** Posted entries in (date, number) order, `batchSize` at a time, each batch with its lines. */
export async function* postedEntries(
  sql: Sql,
  companyId: string,
  opts: ExportOptions,
): AsyncGenerator<ExportEntry[]> {
  const size = opts.batchSize ?? 2000;
  let after: [string, string] | null = null;
  for (;;) {
    const entries: EntryRow[] = (
      await sql.query<EntryRow>(
        // `e.number`, qualified: a bare `number` in ORDER BY would be the text output column below, ordering
        // "10" before "2" while the keyset compares the bigint — a batch boundary then repeats or drops entries.
        `SELECT e.id, e.number::text AS number, to_char(e.entry_date, 'YYYY-MM-DD') AS date, e.description, e.reference, e.tags
           FROM ledger_entries e
          WHERE e.company_id = $1 AND e.status = 'posted'
            AND ($2::date IS NULL OR e.entry_date >= $2) AND ($3::date IS NULL OR e.entry_date <= $3)
            AND ($4::date IS NULL OR (e.entry_date, e.number) > ($4::date, $5::bigint))
          ORDER BY e.entry_date, e.number LIMIT $6`,
        [companyId, opts.from ?? null, opts.to ?? null, after?.[0] ?? null, after?.[1] ?? null, size],
      )
    ).rows;
    if (entries.length === 0) return;
    const lines = (
      await sql.query<{
        entry_id: string;
        line_no: number;
        account_id: string;
        full_name: string;
        currency: string;
        amount: string;
        base_amount: string;
        memo: string | null;
      }>(
        `SELECT l.entry_id, l.line_no, l.account_id, a.full_name, l.currency, l.amount::text, l.base_amount::text, l.memo
           FROM ledger_lines l JOIN ledger_accounts a ON a.company_id = l.company_id AND a.id = l.account_id
          WHERE l.company_id = $1 AND l.entry_id = ANY($2) ORDER BY l.entry_id, l.line_no`,
        [companyId, entries.map((e) => e.id)],
      )
    ).rows;
    const byEntry = new Map<string, ExportLine[]>();
    for (const l of lines) {
      let list = byEntry.get(l.entry_id);
      if (!list) {
        list = [];
        byEntry.set(l.entry_id, list);
      }
      list.push({
        lineNo: l.line_no,
        account: l.full_name,
        accountId: l.account_id,
        currency: l.currency.trim(),
        amount: BigInt(l.amount),
        baseAmount: BigInt(l.base_amount),
        memo: l.memo,
      });
    }
    yield entries.map((e) => ({ ...e, tags: e.tags ?? {}, lines: byEntry.get(e.id) ?? [] }));
    const last = entries[entries.length - 1];
    if (!last || entries.length < size) return;
    after = [last.date, last.number];
  }
}

const oneLine = (s: string) => s.replace(/[\r\n\t]+/g, ' ');
/** hledger ends a description or an amount at ';' and an account name at two spaces. */
const hlText = (s: string) => oneLine(s).replace(/;/g, ',').trim();
export const hledgerAccount = (s: string) => oneLine(s).replace(/ {2,}/g, ' ').trim();

const TYPE_TAG: Record<string, string> = {
  asset: 'A',
  liability: 'L',
  equity: 'E',
  income: 'R',
  expense: 'X',
};

export function hledgerHeader(ctx: ExportContext, companyName: string): string {
  const out: string[] = [`; Steward export of ${hlText(companyName)}, base currency ${ctx.base}`, ''];
  for (const c of ctx.currencies) {
    const d = minorUnits(c);
    out.push(`commodity ${d ? `1000.${'0'.repeat(d)}` : '1000'} ${c}`);
  }
  out.push('');
  for (const a of ctx.accounts) {
    const type =
      a.type === 'asset' && (a.subtype === 'cash' || a.subtype === 'bank') ? 'C' : TYPE_TAG[a.type];
    out.push(`account ${hledgerAccount(a.fullName)}  ; type: ${type}`);
  }
  out.push('');
  return `${out.join('\n')}\n`;
}

export function hledgerTransaction(e: ExportEntry, base: string): string {
  const ref = e.reference ? `(${oneLine(e.reference).replace(/[()]/g, '')}) ` : '';
  const desc = hlText(e.description);
  const out = [`${e.date} * ${ref}${!ref && desc.startsWith('(') ? '() ' : ''}${desc}`.trimEnd()];
  for (const [k, v] of Object.entries(e.tags)) {
    const key = k.replace(/[\s,:;]+/g, '-');
    if (key) out.push(`    ; ${key}: ${hlText(String(v)).replace(/,/g, ' ')}`);
  }
  for (const l of e.lines) {
    let text = `    ${hledgerAccount(l.account)}  ${formatMoney({ amount: l.amount, currency: l.currency })} ${l.currency}`;
    if (l.currency !== base) {
      const cost = l.baseAmount < 0n ? -l.baseAmount : l.baseAmount;
      text += ` @@ ${formatMoney({ amount: cost, currency: base })} ${base}`;
    }
    if (l.memo) text += `  ; ${oneLine(l.memo)}`;
    out.push(text);
  }
  return `${out.join('\n')}\n\n`;
}

/** Writes the whole journal; returns how many entries and lines went out. */
export async function exportHledger(
  sql: Sql,
  companyId: string,
  write: Write,
  opts: ExportOptions = {},
): Promise<{ entries: number; lines: number }> {
  const ctx = await exportContext(sql, companyId, opts);
  const { name } = await getCompany(sql, companyId);
  await write(hledgerHeader(ctx, name));
  let entries = 0;
  let lines = 0;
  for await (const batch of postedEntries(sql, companyId, opts)) {
    await write(batch.map((e) => hledgerTransaction(e, ctx.base)).join(''));
    entries += batch.length;
    lines += batch.reduce((n, e) => n + e.lines.length, 0);
  }
  return { entries, lines };
}
