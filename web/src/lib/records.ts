// Shapes and lookups that several web modules use (an invoice names a party and tax codes, a bill picks ledger
// accounts). They live here so that no module imports another module's folder (scripts/check-web-architecture.ts).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api';
import type { ApiResponse, Schema } from '../api/types';

export const ACCOUNT_TYPES = [
  'asset',
  'liability',
  'equity',
  'income',
  'expense',
] as const satisfies readonly LedgerAccount['type'][];
export type AccountType = LedgerAccount['type'];

export type LedgerAccount = Schema<'LedgerAccount'>;
export type DefaultDimensions = LedgerAccount['defaultDimensions'];

export const accountsQuery = queryOptions({
  queryKey: ['ledger', 'accounts'],
  queryFn: async () => (await api.get<ApiResponse<'/ledger/accounts'>>('/ledger/accounts')).items,
  staleTime: 30_000,
});

export function useAccounts() {
  return useQuery(accountsQuery);
}

export type Address = Schema<'PartyAddress'>;
export type PartySummary = Schema<'PartySummary'>;

export type TaxCode = Schema<'TaxCode'>;

export type PaymentKind = Schema<'Payment'>['kind'];
