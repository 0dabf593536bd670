import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../kernel/canonical-json.ts';
import { isCalendarDay } from '../../../kernel/dates.ts';
import { newId } from '../../../kernel/ids.ts';
import { checkAmount, formatMoney } from '../../../kernel/money.ts';
import { type AuditInput, recordAuditMany } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import type { Sql, Tx } from '../../../platform/db/index.ts';
import { ledgerError, ledgerText, where } from '../i18n.ts';
import { lineAmount, normalizeRate, parseRate, toBase } from './amounts.ts';
import { holdForApproval } from './approval.ts';
import { baseCurrencyOf } from './company.ts';
import { addToDimensionBalances } from './dimension-balances.ts';
import { checkPostingDates } from './periods.ts';

/**
 * Posting: the only code that writes journal lines and balances. Validation is set-based (one query for all
 * accounts, one for all rates, one for all periods), the writes are multi-row (unnest), and balances are
 * upserted per account × currency × day and × month in the same transaction.
 */
export interface LineInput {
  account: string; // id, code or full name
  debit?: string | undefined;
  credit?: string | undefined;
  amount?: string | undefined;
  currency?: string | undefined;
  rate?: string | undefined;
  departmentId?: string | null | undefined;
  costCentre?: string | null | undefined;
  project?: string | null | undefined;
  partner?: string | null | undefined;
  memo?: string | null | undefined;
}

export interface EntryInput {
  date: string;
  description: string;
  reference?: string | null | undefined;
  lines: LineInput[];
  source?: { type: string; id: string } | undefined;
  tags?: Record<string, string> | undefined;
}

export interface PreparedLine {
  lineNo: number;
  accountId: string;
  currency: string;
  amount: bigint;
  baseAmount: bigint;
  rate: string;
  departmentId: string | null;
  costCentre: string | null;
  project: string | null;
  partner: string | null;
  memo: string | null;
}

export interface PreparedEntry {
  input: EntryInput;
  lines: PreparedLine[];
}

export interface PostedEntry {
  id: string;
  /** Null while the entry waits for approval. */
  number: string | null;
  date: string;
  description: string;
  reference: string | null;
  status: 'posted' | 'pending_approval';
  approvalRequestId?: string;
}

interface AccountInfo {
  id: string;
  code: string;
  full_name: string;
  active: boolean;
  currency: string | null;
  dd: { departmentId?: string; costCentre?: string; project?: string; partner?: string };
}

/** Validates entries against the company's accounts, rates and currencies; throws on the first problem. */
export async function prepareEntries(
  sql: Sql,
  companyId: string,
  entries: readonly EntryInput[],
): Promise<{ base: string; prepared: PreparedEntry[] }> {
  const base = await baseCurrencyOf(sql, companyId);
  const refs = [...new Set(entries.flatMap((e) => e.lines.map((l) => l.account)))];
  const accounts = (
    await sql.query<AccountInfo>(
      `SELECT id, code, full_name, active, currency, default_dimensions AS dd FROM ledger_accounts
        WHERE company_id = $1 AND (id = ANY($2) OR code = ANY($2) OR full_name = ANY($2))`,
      [companyId, refs],
    )
  ).rows;
  const byRef = new Map<string, AccountInfo>();
  for (const a of accounts) for (const key of [a.full_name, a.code, a.id]) byRef.set(key, a);
  const rateKeys = new Set<string>();
  entries.forEach((e, i) => {
    const at = where.entry(i + 1);
    if (!isCalendarDay(e.date)) throw ledgerError('validation', 'error.badDate', { where: at, date: e.date });
    if (e.lines.length < 2) throw ledgerError('validation', 'error.tooFewLines', { where: at });
    if (e.lines.length > 1000) throw ledgerError('validation', 'error.tooManyLines', { where: at });
    for (const l of e.lines) {
      const cur = (l.currency ?? byRef.get(l.account)?.currency ?? base).toUpperCase();
      if (cur !== base && !l.rate) rateKeys.add(`${cur}|${e.date}`);
    }
  });
  const rates = await lookupRates(sql, companyId, rateKeys);
  const prepared = entries.map((e, i) => prepareOne(e, i, base, byRef, rates));
  return { base, prepared };
}

async function lookupRates(sql: Sql, companyId: string, keys: Set<string>): Promise<Map<string, string>> {
  if (keys.size === 0) return new Map();
  const pairs = [...keys].map((k) => k.split('|') as [string, string]);
  const rows = (
    await sql.query<{ currency: string; d: string; rate: string }>(
      `SELECT q.currency, q.d, r.rate::text AS rate
         FROM unnest($2::text[], $3::date[]) AS q(currency, d)
         CROSS JOIN LATERAL (SELECT rate FROM ledger_exchange_rates x WHERE x.company_id = $1 AND x.currency = q.currency
                              AND x.rate_date <= q.d ORDER BY x.rate_date DESC LIMIT 1) r`,
      [companyId, pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    )
  ).rows;
  return new Map(rows.map((r) => [`${r.currency}|${r.d}`, normalizeRate(r.rate)]));
}

function prepareOne(
  e: EntryInput,
  i: number,
  base: string,
  byRef: Map<string, AccountInfo>,
  rates: Map<string, string>,
): PreparedEntry {
  const perCurrency = new Map<string, bigint>();
  let baseSum = 0n;
  const lines = e.lines.map((l, j): PreparedLine => {
    const at = where.line(i + 1, j + 1);
    const account = byRef.get(l.account);
    if (!account)
      throw ledgerError(
        'validation',
        'error.noAccountRef',
        { where: at, account: l.account },
        {
          entry: i,
          line: j,
          field: 'account',
        },
      );
    if (!account.active)
      throw ledgerError(
        'validation',
        'error.accountInactive',
        { where: at, code: account.code },
        {
          entry: i,
          line: j,
          field: 'account',
        },
      );
    const currency = (l.currency ?? account.currency ?? base).toUpperCase();
    if (account.currency && account.currency !== currency) {
      throw ledgerError(
        'validation',
        'error.accountCurrency',
        { where: at, code: account.code, accountCurrency: account.currency, currency },
        { entry: i, line: j, field: 'currency' },
      );
    }
    const amount = lineAmount(l, currency, at);
    const given = currency === base ? '1' : (l.rate ?? rates.get(`${currency}|${e.date}`));
    const rateText = given === undefined ? undefined : normalizeRate(given);
    if (!rateText)
      throw ledgerError(
        'validation',
        'error.noRate',
        { where: at, currency, date: e.date },
        { entry: i, line: j, field: 'rate' },
      );
    // Checked here, when the entry is submitted: a huge rate must not pass validation, wait for approval and
    // then fail when the approved entry is finally written (leaving the request stuck).
    const baseAmount =
      currency === base
        ? amount
        : checkAmount(
            toBase(amount, currency, base, parseRate(rateText, at)),
            base,
            `${at('en')} (base amount after conversion)`,
          );
    perCurrency.set(currency, (perCurrency.get(currency) ?? 0n) + amount);
    baseSum += baseAmount;
    return {
      lineNo: j + 1,
      accountId: account.id,
      currency,
      amount,
      baseAmount,
      rate: rateText,
      // A dimension the line leaves empty comes from the account's default dimensions.
      departmentId: l.departmentId || account.dd.departmentId || null,
      costCentre: l.costCentre || account.dd.costCentre || null,
      project: l.project || account.dd.project || null,
      partner: l.partner || account.dd.partner || null,
      memo: l.memo ?? null,
    };
  });
  // One currency: it must balance in that currency. Several (a conversion): each line carries its rate, and
  // the entry must balance in the base currency at those rates.
  for (const [currency, sum] of perCurrency) {
    if (sum !== 0n && perCurrency.size === 1) {
      throw ledgerError(
        'unbalanced_entry',
        'error.unbalanced',
        { entry: String(i + 1), currency, difference: formatMoney({ amount: sum, currency }) },
        {
          entry: i,
          currency,
          difference: formatMoney({ amount: sum, currency }),
        },
      );
    }
  }
  if (baseSum !== 0n) {
    throw ledgerError(
      'unbalanced_entry',
      'error.unbalancedBase',
      { entry: String(i + 1), currency: base, difference: formatMoney({ amount: baseSum, currency: base }) },
      {
        entry: i,
        currency: base,
        difference: formatMoney({ amount: baseSum, currency: base }),
      },
    );
  }
  return { input: e, lines };
}

export function entryHash(
  e: { id: string; number: string; date: string; description: string; reference: string | null },
  lines: readonly PreparedLine[],
): string {
  const content = {
    id: e.id,
    number: e.number,
    date: e.date,
    description: e.description,
    reference: e.reference,
    lines: lines.map((l) => [
      l.lineNo,
      l.accountId,
      l.currency,
      l.amount.toString(),
      l.baseAmount.toString(),
      l.rate,
    ]),
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/**
 * Writes prepared entries as posted: entries, lines, balances, and audit events (one per entry, or one for
 * the whole batch when `audit` is 'batch'). `draftIds[i]`, when given, turns that existing draft into the
 * posted entry instead of inserting a new row.
 */
async function writePostedNow(
  tx: Tx,
  ctx: ServiceContext,
  prepared: readonly PreparedEntry[],
  opts: {
    audit: 'each' | 'batch';
    draftIds?: readonly (string | null)[];
    reversalOf?: readonly (string | null)[];
    batchId?: string;
  } = { audit: 'each' },
): Promise<PostedEntry[]> {
  if (prepared.length === 0) return [];
  await checkPostingDates(
    tx,
    ctx.companyId,
    prepared.map((p) => p.input.date),
  );
  const numbers = (
    await tx.query<{ n: string }>(
      "SELECT nextval('ledger_entry_number_seq')::text AS n FROM generate_series(1, $1)",
      [prepared.length],
    )
  ).rows.map((r) => r.n);
  const posted: PostedEntry[] = prepared.map((p, i) => ({
    id: opts.draftIds?.[i] ?? newId('entry'),
    number: numbers[i] as string,
    date: p.input.date,
    description: p.input.description,
    reference: p.input.reference ?? null,
    status: 'posted' as const,
  }));
  const hashes = posted.map((e, i) =>
    entryHash({ ...e, number: e.number as string }, prepared[i]?.lines ?? []),
  );
  const fresh = posted.map((_, i) => !opts.draftIds?.[i]);
  const pick = <T>(f: (e: PostedEntry, i: number) => T, onlyFresh: boolean) =>
    posted.flatMap((e, i) => (onlyFresh === fresh[i] ? [f(e, i)] : []));
  if (fresh.some(Boolean)) {
    await tx.query(
      `INSERT INTO ledger_entries (company_id, id, number, entry_date, description, reference, status, reversal_of_id,
         source_type, source_id, tags, created_by, posted_by, posted_at, hash)
       SELECT $1, id, number, d, description, reference, 'posted', reversal_of, source_type, source_id, tags, $2, $2, now(), hash
         FROM unnest($3::text[], $4::bigint[], $5::date[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::jsonb[], $12::text[])
           AS t(id, number, d, description, reference, reversal_of, source_type, source_id, tags, hash)`,
      [
        ctx.companyId,
        ctx.actor.userId,
        pick((e) => e.id, true),
        pick((e) => e.number, true),
        pick((e) => e.date, true),
        pick((e) => e.description, true),
        pick((e) => e.reference, true),
        pick((_, i) => opts.reversalOf?.[i] ?? null, true),
        pick((_, i) => prepared[i]?.input.source?.type ?? null, true),
        pick((_, i) => prepared[i]?.input.source?.id ?? null, true),
        pick((_, i) => JSON.stringify(prepared[i]?.input.tags ?? {}), true),
        pick((_, i) => hashes[i], true),
      ],
    );
  }
  for (const [i, e] of posted.entries()) {
    if (fresh[i]) continue;
    const r = await tx.query(
      `UPDATE ledger_entries SET status = 'posted', number = $3, entry_date = $4, description = $5, reference = $6, draft_lines = NULL,
              posted_by = $7, posted_at = now(), hash = $8, updated_at = now()
        WHERE company_id = $1 AND id = $2 AND status <> 'posted'`,
      [ctx.companyId, e.id, e.number, e.date, e.description, e.reference, ctx.actor.userId, hashes[i]],
    );
    if (r.rowCount === 0) throw ledgerText.error('conflict', 'error.postedMeanwhile', { entry: e.id });
  }
  await insertLines(tx, ctx.companyId, posted, prepared);
  await addToBalances(tx, ctx.companyId, posted, prepared);
  const audits: AuditInput[] =
    opts.audit === 'each'
      ? posted.map((e, i) => ({
          ...ctx,
          entityType: 'ledger_entry',
          entityId: e.id,
          action: opts.reversalOf?.[i] ? 'reverse' : 'post',
          after: {
            number: e.number,
            date: e.date,
            description: e.description,
            hash: hashes[i],
            lines: prepared[i]?.lines.length,
          },
        }))
      : [
          {
            ...ctx,
            entityType: 'ledger_batch',
            entityId: opts.batchId ?? newId('batch'),
            action: 'post',
            after: {
              entries: posted.length,
              firstNumber: posted[0]?.number,
              lastNumber: posted[posted.length - 1]?.number,
            },
          },
        ];
  await recordAuditMany(tx, audits);
  return posted;
}

async function insertLines(
  tx: Tx,
  companyId: string,
  posted: readonly PostedEntry[],
  prepared: readonly PreparedEntry[],
): Promise<void> {
  const cols: unknown[][] = Array.from({ length: 13 }, () => []);
  prepared.forEach((p, i) => {
    const e = posted[i] as PostedEntry;
    for (const l of p.lines) {
      [
        e.id,
        l.lineNo,
        l.accountId,
        e.date,
        l.currency,
        l.amount.toString(),
        l.baseAmount.toString(),
        l.rate,
        l.departmentId,
        l.costCentre,
        l.project,
        l.partner,
        l.memo,
      ].forEach((v, k) => {
        cols[k]?.push(v);
      });
    }
  });
  await tx.query(
    `INSERT INTO ledger_lines (company_id, entry_id, line_no, account_id, entry_date, currency, amount, base_amount, rate,
       department_id, cost_centre, project, partner, memo)
     SELECT $1, * FROM unnest($2::text[], $3::smallint[], $4::text[], $5::date[], $6::text[], $7::bigint[], $8::bigint[],
       $9::numeric[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[])`,
    [companyId, ...cols],
  );
}

/**
 * Set-based balance upkeep: the lines are summed per account × currency × day and × month here, then one
 * upsert for the days and one for the months, in key order (no deadlocks). Summing first sends one row per
 * bucket instead of one per line (a chunk of 10k entries touches ~20k days but only ~2k months).
 */
async function addToBalances(
  tx: Tx,
  companyId: string,
  posted: readonly PostedEntry[],
  prepared: readonly PreparedEntry[],
): Promise<void> {
  type Bucket = { a: string; c: string; k: string; x: bigint; b: bigint };
  const days = new Map<string, Bucket>();
  const months = new Map<string, Bucket>();
  const add = (into: Map<string, Bucket>, a: string, c: string, k: string, x: bigint, b: bigint) => {
    const key = `${a}|${c}|${k}`;
    const hit = into.get(key);
    if (hit) {
      hit.x += x;
      hit.b += b;
    } else into.set(key, { a, c, k, x, b });
  };
  prepared.forEach((p, i) => {
    const day = (posted[i] as PostedEntry).date;
    const month = `${day.slice(0, 7)}-01`;
    for (const l of p.lines) {
      add(days, l.accountId, l.currency, day, l.amount, l.baseAmount);
      add(months, l.accountId, l.currency, month, l.amount, l.baseAmount);
    }
  });
  for (const [table, key, buckets] of [
    ['ledger_balances_daily', 'day', days],
    ['ledger_balances_monthly', 'month', months],
  ] as const) {
    const rows = [...buckets.values()];
    await tx.query(
      `INSERT INTO ${table} (company_id, account_id, currency, ${key}, amount, base_amount)
       SELECT $1, a, c, k, x, b FROM unnest($2::text[], $3::text[], $4::date[], $5::bigint[], $6::bigint[]) AS t(a, c, k, x, b)
        ORDER BY a, c, k
       ON CONFLICT (company_id, account_id, currency, ${key})
       DO UPDATE SET amount = ${table}.amount + excluded.amount, base_amount = ${table}.base_amount + excluded.base_amount`,
      [
        companyId,
        rows.map((r) => r.a),
        rows.map((r) => r.c),
        rows.map((r) => r.k),
        rows.map((r) => r.x.toString()),
        rows.map((r) => r.b.toString()),
      ],
    );
  }
  await addToDimensionBalances(tx, companyId, posted, prepared);
}

/** Validates and posts new entries in one transaction (all or nothing). */
export async function postEntries(
  tx: Tx,
  ctx: ServiceContext,
  entries: readonly EntryInput[],
  audit: 'each' | 'batch' = 'each',
): Promise<PostedEntry[]> {
  const { prepared } = await prepareEntries(tx, ctx.companyId, entries);
  return writePosted(tx, ctx, prepared, { audit });
}

type WriteOptions = {
  audit: 'each' | 'batch';
  draftIds?: readonly (string | null)[];
  reversalOf?: readonly (string | null)[];
  batchId?: string;
};

/**
 * Writes prepared entries as posted — the one choke point of `ledger.post`. Each entry first goes to the
 * approval gate; entries a policy holds are kept as `pending_approval` entries (posted later, once, by the
 * approval's executor) and the rest are posted now. Every path — API, batch, CLI, import, jobs — comes here.
 */
export async function writePosted(
  tx: Tx,
  ctx: ServiceContext,
  prepared: readonly PreparedEntry[],
  opts: WriteOptions = { audit: 'each' },
): Promise<PostedEntry[]> {
  if (prepared.length === 0) return [];
  const held = await holdForApproval(tx, ctx, prepared, opts);
  const now = prepared.flatMap((p, i) => (held[i] ? [] : [{ p, i }]));
  const posted = await writePostedNow(
    tx,
    ctx,
    now.map((x) => x.p),
    {
      ...opts,
      draftIds: now.map((x) => opts.draftIds?.[x.i] ?? null),
      reversalOf: now.map((x) => opts.reversalOf?.[x.i] ?? null),
    },
  );
  let k = 0;
  return prepared.map((_, i) => held[i] ?? (posted[k++] as PostedEntry));
}
