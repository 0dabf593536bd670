import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import type { ApiResponse, Schema } from '../../api/types';

/** Shapes of /api/v1/banking (src/modules/banking), generated from its contract. Amounts are decimal strings. */
export type BankAccount = Schema<'BankAccount'>;
export type Continuity = Statement['continuity'];
export type Statement = Schema<'BankStatement'>;
export type StatementLine = Schema<'BankStatementLine'>;
export type Reconciliation = Schema<'BankReconciliation'>;

export function useBankAccount(id: string) {
  return useQuery({
    queryKey: ['banking', 'account', id],
    queryFn: () => api.get<BankAccount>(`/banking/accounts/${id}`),
  });
}

export function useLedgerAccounts() {
  return useQuery({
    queryKey: ['banking', 'ledger-accounts'],
    queryFn: async () => (await api.get<ApiResponse<'/ledger/accounts'>>('/ledger/accounts')).items,
    retry: false,
  });
}
