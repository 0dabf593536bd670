import { csvText } from '../../../kernel/csv.ts';
import { addDays, isCalendarDay } from '../../../kernel/dates.ts';
import { formatMoney } from '../../../kernel/money.ts';
import type { Sql } from '../../../platform/db/index.ts';
import { listBankAccounts } from '../../banking/index.ts';
import { accountBalanceIn } from '../../ledger/index.ts';
import { openPayables } from '../../purchasing/index.ts';
import { openReceivables } from '../../sales/index.ts';
import { receivablesText } from '../i18n.ts';

/**
 * Receivables and payables aging, and the cash-flow forecast, from the open items sales and purchasing
 * publish (docs/design/money-in-out.md: `sales.openReceivables`, `purchasing.openPayables`, one shape).
 *
 * Buckets by days past due as of a date: `current` (not yet due, or due that day), then one bucket per
 * boundary (`1-30`, `31-60`, `61-90` by default) and `over-N` after the last. Amounts are bigint minor units
 * per currency; a party with items in two currencies has two rows. Credit notes count negative.
 */
export type Side = 'ar' | 'ap';

/** The open-item shape both modules return. */
export interface OpenItem {
  documentId: string;
  kind: 'invoice' | 'credit_note' | 'bill' | 'vendor_credit';
  number: string;
  partyId: string;
  partyName: string;
  currency: string;
  issueDate: string;
  dueDate: string;
  totalMinor: bigint;
  openMinor: bigint;
  paymentReference: string | null;
  controlAccountId: string | null;
}

export interface Bucket {
  key: string;
  /** Inclusive day range past due; `from` null = current (≤ 0), `to` null = no upper end. */
  fromDays: number | null;
  toDays: number | null;
}

export interface AgingDocument {
  documentId: string;
  kind: OpenItem['kind'];
  number: string;
  issueDate: string;
  dueDate: string;
  daysPastDue: number;
  bucket: string;
  openMinor: bigint;
  open: string;
  paymentReference: string | null;
}

export interface AgingRow {
  partyId: string;
  partyName: string;
  currency: string;
  amountsMinor: bigint[];
  amounts: string[];
  totalMinor: bigint;
  total: string;
  /** Most days past due of any document (0 when nothing is overdue). */
  maxDaysPastDue: number;
  documents: AgingDocument[];
}

export interface AgingTotal {
  currency: string;
  amountsMinor: bigint[];
  amounts: string[];
  totalMinor: bigint;
  total: string;
}

export interface AgingReport {
  side: Side;
  asOf: string;
  buckets: Bucket[];
  rows: AgingRow[];
  totals: AgingTotal[];
}

export const DEFAULT_BOUNDARIES: readonly number[] = [30, 60, 90];

/** `[30, 60, 90]` → current, 1-30, 31-60, 61-90, over-90. Boundaries must rise strictly and be ≥ 1. */
export function bucketsOf(boundaries: readonly number[] = DEFAULT_BOUNDARIES): Bucket[] {
  if (boundaries.length === 0 || boundaries.length > 12)
    throw receivablesText.error('validation', 'error.bucketCount', {}, { field: 'buckets' });
  let prev = 0;
  for (const b of boundaries) {
    if (!Number.isInteger(b) || b <= prev || b > 3650)
      throw receivablesText.error(
        'validation',
        'error.bucketOrder',
        {},
        {
          field: 'buckets',
        },
      );
    prev = b;
  }
  const out: Bucket[] = [{ key: 'current', fromDays: null, toDays: 0 }];
  let from = 1;
  for (const b of boundaries) {
    out.push({ key: `${from}-${b}`, fromDays: from, toDays: b });
    from = b + 1;
  }
  out.push({ key: `over-${prev}`, fromDays: prev + 1, toDays: null });
  return out;
}

/** "30,60,90" → [30, 60, 90]; throws `validation` naming the field. */
export function parseBoundaries(text: string | undefined): number[] {
  if (text === undefined || text.trim() === '') return [...DEFAULT_BOUNDARIES];
  const parts = text.split(',').map((p) => p.trim());
  if (parts.some((p) => !/^\d{1,4}$/.test(p)))
    throw receivablesText.error(
      'validation',
      'error.bucketSyntax',
      { text },
      {
        field: 'buckets',
      },
    );
  return parts.map((p) => Number.parseInt(p, 10));
}

const DAY_MS = 86_400_000;
/** Whole days from `a` to `b` (both YYYY-MM-DD); dates, not money, so plain numbers are right here. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

export function bucketIndex(buckets: readonly Bucket[], daysPastDue: number): number {
  if (daysPastDue <= 0) return 0;
  for (let i = 1; i < buckets.length; i++) {
    const b = buckets[i] as Bucket;
    if (b.toDays === null || daysPastDue <= b.toDays) return i;
  }
  return buckets.length - 1;
}

const fmt = (amount: bigint, currency: string) => formatMoney({ amount, currency });

/** Pure: ages open items as of a date (each item lands in exactly one bucket; sums are exact). */
export function ageItems(
  side: Side,
  items: readonly OpenItem[],
  asOf: string,
  boundaries: readonly number[] = DEFAULT_BOUNDARIES,
): AgingReport {
  const buckets = bucketsOf(boundaries);
  const rows = new Map<string, AgingRow>();
  const totals = new Map<string, AgingTotal>();
  for (const item of items) {
    if (item.openMinor === 0n) continue;
    const days = daysBetween(item.dueDate, asOf);
    const idx = bucketIndex(buckets, days);
    const key = `${item.partyId}\u0000${item.currency}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        partyId: item.partyId,
        partyName: item.partyName,
        currency: item.currency,
        amountsMinor: buckets.map(() => 0n),
        amounts: [],
        totalMinor: 0n,
        total: '',
        maxDaysPastDue: 0,
        documents: [],
      };
      rows.set(key, row);
    }
    row.amountsMinor[idx] = (row.amountsMinor[idx] ?? 0n) + item.openMinor;
    row.totalMinor += item.openMinor;
    row.maxDaysPastDue = Math.max(row.maxDaysPastDue, days);
    row.documents.push({
      documentId: item.documentId,
      kind: item.kind,
      number: item.number,
      issueDate: item.issueDate,
      dueDate: item.dueDate,
      daysPastDue: days,
      bucket: (buckets[idx] as Bucket).key,
      openMinor: item.openMinor,
      open: fmt(item.openMinor, item.currency),
      paymentReference: item.paymentReference,
    });
    let total = totals.get(item.currency);
    if (!total) {
      total = {
        currency: item.currency,
        amountsMinor: buckets.map(() => 0n),
        amounts: [],
        totalMinor: 0n,
        total: '',
      };
      totals.set(item.currency, total);
    }
    total.amountsMinor[idx] = (total.amountsMinor[idx] ?? 0n) + item.openMinor;
    total.totalMinor += item.openMinor;
  }
  const finish = <T extends { amountsMinor: bigint[]; amounts: string[]; totalMinor: bigint; total: string }>(
    x: T,
    currency: string,
  ): T => ({
    ...x,
    amounts: x.amountsMinor.map((a) => fmt(a, currency)),
    total: fmt(x.totalMinor, currency),
  });
  return {
    side,
    asOf,
    buckets,
    rows: [...rows.values()]
      .map((r) => ({
        ...finish(r, r.currency),
        documents: r.documents.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0)),
      }))
      .sort((a, b) => a.partyName.localeCompare(b.partyName) || a.currency.localeCompare(b.currency)),
    totals: [...totals.values()]
      .map((t) => finish(t, t.currency))
      .sort((a, b) => a.currency.localeCompare(b.currency)),
  };
}

interface OpenItemsOptions {
  asOf?: string | undefined;
  partyId?: string | undefined;
  currency?: string | undefined;
}

/** Open items of one side: AR from sales, AP from purchasing. */
export async function openItems(
  sql: Sql,
  companyId: string,
  side: Side,
  opts: OpenItemsOptions,
): Promise<OpenItem[]> {
  if (side === 'ar') return (await openReceivables(sql, companyId, opts)) as OpenItem[];
  return (await openPayables(sql, companyId, opts)) as OpenItem[];
}

export function checkAsOf(asOf: string): string {
  if (!isCalendarDay(asOf))
    throw receivablesText.error('validation', 'error.asOfDate', { asOf }, { field: 'asOf' });
  return asOf;
}

/** AR or AP aging as of a date. */
export async function agingReport(
  sql: Sql,
  companyId: string,
  input: { side: Side; asOf: string; boundaries?: readonly number[]; partyId?: string; currency?: string },
): Promise<AgingReport> {
  const asOf = checkAsOf(input.asOf);
  const buckets = input.boundaries ?? DEFAULT_BOUNDARIES;
  bucketsOf(buckets);
  const items = await openItems(sql, companyId, input.side, {
    asOf,
    partyId: input.partyId,
    currency: input.currency,
  });
  return ageItems(input.side, items, asOf, buckets);
}

/** CSV of an aging report: `party,currency,<bucket keys…>,total` — one line per party and currency. */
export function agingCsv(report: AgingReport): string {
  return csvText(
    ['party', 'currency', ...report.buckets.map((b) => b.key), 'total'],
    report.rows.map((r) => [r.partyName, r.currency, ...r.amounts, r.total]),
  );
}

export interface ForecastWeek {
  /** Seven-day week starting on this day (the first starts on asOf). */
  weekStart: string;
  weekEnd: string;
  inflowMinor: bigint;
  outflowMinor: bigint;
  netMinor: bigint;
  inflow: string;
  outflow: string;
  net: string;
  /** Net of this and all earlier weeks. */
  cumulative: string;
}

export interface Forecast {
  asOf: string;
  weeks: number;
  currency: string;
  /** Cash in the bank on `asOf` (ledger balances of the active bank accounts in this currency). */
  openingMinor: bigint;
  opening: string;
  /** Overdue items are expected in the first week; `cumulative` starts from the opening balance. */
  series: ForecastWeek[];
}

/** The bank's money in `currency` on `asOf`: each active bank account's ledger account counted once. */
async function bankBalance(sql: Sql, companyId: string, currency: string, asOf: string): Promise<bigint> {
  const ledgerIds = new Set(
    (await listBankAccounts(sql, companyId))
      .filter((b) => b.active && b.currency === currency)
      .map((b) => b.ledgerAccountId),
  );
  let total = 0n;
  for (const id of ledgerIds) total += await accountBalanceIn(sql, companyId, id, currency, asOf);
  return total;
}

/**
 * Expected cash by week from open items, in one currency: receivables in, payables out, each on its due
 * date (overdue ones in the first week, items due after the horizon left out).
 */
export async function cashForecast(
  sql: Sql,
  companyId: string,
  input: { asOf: string; weeks?: number; currency: string },
): Promise<Forecast> {
  const asOf = checkAsOf(input.asOf);
  const weeks = input.weeks ?? 13;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104)
    throw receivablesText.error('validation', 'error.forecastWeeks', {}, { field: 'weeks' });
  const currency = input.currency.toUpperCase();
  const ar = await openItems(sql, companyId, 'ar', { asOf, currency });
  const ap = await openItems(sql, companyId, 'ap', { asOf, currency });
  const inflow = Array.from({ length: weeks }, () => 0n);
  const outflow = Array.from({ length: weeks }, () => 0n);
  const place = (due: string) => {
    const d = daysBetween(asOf, due);
    const w = d <= 0 ? 0 : Math.floor(d / 7);
    return w < weeks ? w : -1;
  };
  for (const i of ar) {
    const w = place(i.dueDate);
    if (w >= 0) inflow[w] = (inflow[w] ?? 0n) + i.openMinor;
  }
  for (const i of ap) {
    const w = place(i.dueDate);
    if (w >= 0) outflow[w] = (outflow[w] ?? 0n) + i.openMinor;
  }
  const opening = await bankBalance(sql, companyId, currency, asOf);
  let running = opening;
  const series = inflow.map((inMinor, w) => {
    const outMinor = outflow[w] ?? 0n;
    const net = inMinor - outMinor;
    running += net;
    return {
      weekStart: addDays(asOf, w * 7),
      weekEnd: addDays(asOf, w * 7 + 6),
      inflowMinor: inMinor,
      outflowMinor: outMinor,
      netMinor: net,
      inflow: fmt(inMinor, currency),
      outflow: fmt(outMinor, currency),
      net: fmt(net, currency),
      cumulative: fmt(running, currency),
    };
  });
  return { asOf, weeks, currency, openingMinor: opening, opening: fmt(opening, currency), series };
}
