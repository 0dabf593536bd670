import { formatMoney } from '../../../kernel/money.ts';
import type { Sql } from '../../../platform/db/index.ts';
import { getCompany } from '../../org/index.ts';
import type { AccountRow } from './accounts.ts';
import {
  type ExportEntry,
  type ExportOptions,
  exportContext,
  postedEntries,
  type Write,
} from './hledger-export.ts';

/**
 * `steward ledger export --format beancount`: the same stream as the hledger export in Beancount's syntax.
 * Beancount wants account names under its five roots with capitalised components of letters, digits and
 * dashes, so names are mapped (the root from the account's type; a top level that already names the type, like
 * "revenue" or "assets", is dropped) and kept unique. Foreign-currency lines carry their base amount as `@@`.
 */
const ROOTS: Record<AccountRow['type'], string> = {
  asset: 'Assets',
  liability: 'Liabilities',
  equity: 'Equity',
  income: 'Income',
  expense: 'Expenses',
};

const TOP_NAMES = /^(assets?|liabilit(y|ies)|debts?|equity|income|revenues?|expenses?)$/i;

function component(part: string): string {
  const ascii = part
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!ascii) return 'X';
  return /^[A-Za-z]/.test(ascii)
    ? ascii[0]?.toUpperCase() + ascii.slice(1)
    : /^\d/.test(ascii)
      ? ascii
      : `X${ascii}`;
}

/** Steward full names → unique Beancount account names. */
export function beancountNames(accounts: readonly AccountRow[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const a of [...accounts].sort((x, y) => x.fullName.localeCompare(y.fullName))) {
    const parts = a.fullName.split(':');
    if (parts.length > 1 && TOP_NAMES.test(parts[0] ?? '')) parts.shift();
    let name = [ROOTS[a.type], ...parts.map(component)].join(':');
    for (let n = 2; used.has(name); n++) name = `${[ROOTS[a.type], ...parts.map(component)].join(':')}-${n}`;
    used.add(name);
    out.set(a.id, name);
  }
  return out;
}

const quote = (s: string) =>
  `"${s
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')}"`;
const metaKey = (k: string) => {
  const key = k.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[^a-z]+/, '');
  return key ? key[0]?.toLowerCase() + key.slice(1) : '';
};

function transaction(e: ExportEntry, base: string, names: Map<string, string>): string {
  const out = [`${e.date} * ${quote(e.description)}`];
  if (e.reference) out.push(`  reference: ${quote(e.reference)}`);
  out.push(`  steward-number: ${quote(e.number)}`);
  for (const [k, v] of Object.entries(e.tags)) {
    const key = metaKey(k);
    if (key && key !== 'reference') out.push(`  ${key}: ${quote(String(v))}`);
  }
  for (const l of e.lines) {
    let text = `  ${names.get(l.accountId)}  ${formatMoney({ amount: l.amount, currency: l.currency })} ${l.currency}`;
    if (l.currency !== base) {
      const cost = l.baseAmount < 0n ? -l.baseAmount : l.baseAmount;
      text += ` @@ ${formatMoney({ amount: cost, currency: base })} ${base}`;
    }
    out.push(text);
    if (l.memo) out.push(`    memo: ${quote(l.memo)}`);
  }
  return `${out.join('\n')}\n\n`;
}

export async function exportBeancount(
  sql: Sql,
  companyId: string,
  write: Write,
  opts: ExportOptions = {},
): Promise<{ entries: number; lines: number }> {
  const ctx = await exportContext(sql, companyId, opts);
  const company = await getCompany(sql, companyId);
  const names = beancountNames(ctx.accounts);
  const open = opts.from ?? ctx.firstDate ?? '1970-01-01';
  const head = [
    `option "title" ${quote(company.name)}`,
    `option "operating_currency" "${ctx.base}"`,
    '',
    ...ctx.currencies.map((c) => `${open} commodity ${c}`),
    '',
    ...ctx.accounts.map((a) => `${open} open ${names.get(a.id)}`),
    '',
  ];
  await write(`${head.join('\n')}\n`);
  let entries = 0;
  let lines = 0;
  for await (const batch of postedEntries(sql, companyId, opts)) {
    await write(batch.map((e) => transaction(e, ctx.base, names)).join(''));
    entries += batch.length;
    lines += batch.reduce((n, e) => n + e.lines.length, 0);
  }
  return { entries, lines };
}
