import { formatMoney, parseMoney } from '../../../kernel/money.ts';
import type { SubjectLine, SubjectSummary } from '../../../platform/approvals/index.ts';
import type { Sql } from '../../../platform/db/index.ts';
import { baseCurrencyOf } from './company.ts';
import type { EntryInput } from './posting.ts';

/**
 * Journal entries as an approver sees them (the `ledger_entry` subject of a `ledger.post` request): each line
 * by account code and name with its debit or credit, and the total of the debits when the entry is in one
 * currency. Posted entries read their lines; held and returned ones their stored draft lines, which keep
 * accounts by id and signed amounts (a hold) or by code/name with debit/credit (a person's draft).
 */
export async function entrySubjects(
  sql: Sql,
  companyId: string,
  ids: readonly string[],
): Promise<Map<string, SubjectSummary>> {
  const entries = (
    await sql.query<{
      id: string;
      number: string | null;
      date: string;
      description: string;
      status: string;
      draft_lines: EntryInput['lines'] | null;
    }>(
      `SELECT id, number::text AS number, to_char(entry_date, 'YYYY-MM-DD') AS date, description, status, draft_lines
         FROM ledger_entries WHERE company_id = $1 AND id = ANY($2)`,
      [companyId, ids],
    )
  ).rows;
  if (entries.length === 0) return new Map();
  const posted = await postedLines(
    sql,
    companyId,
    entries.filter((e) => e.status === 'posted').map((e) => e.id),
  );
  const draftRefs = entries
    .flatMap((e) => (e.status === 'posted' ? [] : (e.draft_lines ?? [])))
    .map((l) => l.account);
  const accounts = await accountsByRef(sql, companyId, draftRefs);
  const base = await baseCurrencyOf(sql, companyId);
  return new Map(
    entries.map((e) => {
      const lines =
        e.status === 'posted'
          ? (posted.get(e.id) ?? [])
          : (e.draft_lines ?? []).map((l) => draftLine(l, accounts, base));
      return [
        e.id,
        {
          kind: 'ledger_entry',
          title: e.description,
          number: e.number,
          party: null,
          date: e.date,
          dueDate: null,
          total: debitTotal(lines),
          lines,
        },
      ];
    }),
  );
}

type Account = { code: string; name: string; currency: string | null };

async function accountsByRef(sql: Sql, companyId: string, refs: string[]): Promise<Map<string, Account>> {
  const out = new Map<string, Account>();
  if (refs.length === 0) return out;
  const rows = (
    await sql.query<{ id: string; code: string; full_name: string; currency: string | null }>(
      `SELECT id, code, full_name, currency FROM ledger_accounts
        WHERE company_id = $1 AND (id = ANY($2) OR code = ANY($2) OR full_name = ANY($2))`,
      [companyId, [...new Set(refs)]],
    )
  ).rows;
  for (const r of rows) {
    const a = { code: r.code, name: r.full_name, currency: r.currency };
    for (const k of [r.id, r.code, r.full_name]) out.set(k, a);
  }
  return out;
}

async function postedLines(sql: Sql, companyId: string, ids: string[]): Promise<Map<string, SubjectLine[]>> {
  const out = new Map<string, SubjectLine[]>();
  if (ids.length === 0) return out;
  const rows = (
    await sql.query<{
      entry_id: string;
      code: string;
      full_name: string;
      amount: string;
      currency: string;
      memo: string | null;
    }>(
      `SELECT l.entry_id, a.code, a.full_name, l.amount::text, l.currency, l.memo
         FROM ledger_lines l JOIN ledger_accounts a ON a.company_id = l.company_id AND a.id = l.account_id
        WHERE l.company_id = $1 AND l.entry_id = ANY($2) ORDER BY l.entry_id, l.line_no`,
      [companyId, ids],
    )
  ).rows;
  for (const r of rows) {
    const line = sided(BigInt(r.amount), r.currency, { code: r.code, name: r.full_name, memo: r.memo });
    out.set(r.entry_id, [...(out.get(r.entry_id) ?? []), line]);
  }
  return out;
}

function sided(
  amount: bigint,
  currency: string,
  a: { code: string; name: string; memo: string | null },
): SubjectLine {
  const abs = formatMoney({ amount: amount < 0n ? -amount : amount, currency });
  return {
    accountCode: a.code,
    accountName: a.name,
    memo: a.memo,
    debit: amount > 0n ? abs : null,
    credit: amount < 0n ? abs : null,
    currency,
  };
}

/** A stored draft line, signed amount or debit/credit; an amount a person left unreadable shows as nothing. */
function draftLine(
  l: EntryInput['lines'][number],
  accounts: Map<string, Account>,
  base: string,
): SubjectLine {
  const a = accounts.get(l.account);
  const currency = l.currency ?? a?.currency ?? base;
  const minor = (text: string | undefined) => (text ? parseMoney(text, currency).amount : 0n);
  let amount = 0n;
  try {
    amount = l.amount !== undefined ? minor(l.amount) : minor(l.debit) - minor(l.credit);
  } catch {
    amount = 0n;
  }
  return sided(amount, currency, {
    code: a?.code ?? l.account,
    name: a?.name ?? l.account,
    memo: l.memo ?? null,
  });
}

function debitTotal(lines: SubjectLine[]): SubjectSummary['total'] {
  const currencies = new Set(lines.map((l) => l.currency));
  const [currency] = currencies;
  if (currencies.size !== 1 || !currency) return null;
  const sum = lines.reduce((s, l) => s + (l.debit ? parseMoney(l.debit, currency).amount : 0n), 0n);
  return { amount: formatMoney({ amount: sum, currency }), currency };
}
