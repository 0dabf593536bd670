// Shapes and queries of the ledger API (src/modules/ledger/routes). Amounts are plain decimal strings.
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import type { ApiItem, ApiResponse, Schema } from '../../api/types';
import { useMe } from '../../session';

export {
  ACCOUNT_TYPES,
  type AccountType,
  accountsQuery,
  type LedgerAccount,
  useAccounts,
} from '../../lib/records';

export const SUBTYPES = [
  'bank',
  'cash',
  'receivable',
  'payable',
  'tax',
  'inventory',
  'fixed_asset',
  'accumulated_depreciation',
  'retained_earnings',
] as const;

export type EntryStatus = JournalEntry['status'];

export type EntryLine = Schema<'JournalLine'>;

export interface DraftLine {
  account: string;
  debit?: string;
  credit?: string;
  currency?: string;
  rate?: string;
  memo?: string | null;
}

export type EntrySummary = ApiItem<'/ledger/entries'>;
export type JournalEntry = Schema<'JournalEntry'>;

export interface EntryInput {
  date: string;
  description: string;
  reference: string | null;
  lines: DraftLine[];
}

export type Period = Schema<'LedgerPeriod'>;
export type FiscalYear = Schema<'FiscalYear'>;
export type Rate = ApiItem<'/ledger/rates'>;

// The reports' answers, as the server's contract types them (the web never restates them).
export type TrialBalance = ApiResponse<'/ledger/reports/trial-balance'>;
export type IncomeStatement = ApiResponse<'/ledger/reports/income-statement'>;
export type BalanceSheet = ApiResponse<'/ledger/reports/balance-sheet'>;
export type CashFlow = ApiResponse<'/ledger/reports/cash-flow'>;
export type CashFlowSection = CashFlow['rows'][number]['section'];
export type RegisterRow = ApiItem<'/ledger/reports/register/{accountId}'>;

/** The reports read by name; the answer's type follows from the name. */
type ReportName = 'trial-balance' | 'income-statement' | 'balance-sheet' | 'cash-flow';
type ReportOf<N extends ReportName> = ApiResponse<`/ledger/reports/${N}`>;

export function useFiscalYears() {
  return useQuery({
    queryKey: ['ledger', 'fiscal-years'],
    queryFn: async () => (await api.get<ApiResponse<'/ledger/fiscal-years'>>('/ledger/fiscal-years')).items,
  });
}

export function useEntry(id: string) {
  return useQuery({
    queryKey: ['ledger', 'entry', id],
    queryFn: () => api.get<JournalEntry>(`/ledger/entries/${id}`),
  });
}

export function reportQuery<N extends ReportName>(name: N, query: Record<string, string>, enabled = true) {
  return queryOptions({
    queryKey: ['ledger', 'report', name, query],
    queryFn: () => api.get<ReportOf<N>>(`/ledger/reports/${name}`, query),
    enabled,
  });
}

/** After any ledger change: drop every cached ledger figure and list. */
export function invalidateLedger(qc: QueryClient): Promise<void> {
  return qc.invalidateQueries({
    predicate: (q) =>
      q.queryKey[0] === 'ledger' || (q.queryKey[0] === 'list' && String(q.queryKey[1]).startsWith('/ledger')),
  });
}

/** The company's base currency (reports are in it). */
export function useBaseCurrency(): string {
  return useMe().company?.baseCurrency ?? 'EUR';
}

/** Today as YYYY-MM-DD in the browser's time zone. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Day arithmetic on YYYY-MM-DD strings (UTC, no time-zone drift). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function monthEnd(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
