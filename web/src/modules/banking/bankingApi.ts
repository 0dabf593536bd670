import { useQuery } from '@tanstack/react-query';
import { api, type Page } from '../../api';

/** Shapes of /api/v1/banking (src/modules/banking). Amounts are decimal strings. */
export interface BankAccount {
  id: string;
  name: string;
  kind: 'bank' | 'cash';
  currency: string;
  iban: string | null;
  bic: string | null;
  accountNumber: string | null;
  routingNumber: string | null;
  ledgerAccountId: string;
  isDefault: boolean;
  active: boolean;
}

export type Continuity = 'ok' | 'flagged' | 'unknown';

export interface Statement {
  id: string;
  bankAccountId: string;
  format: string;
  bankStatementId: string | null;
  fileName: string;
  periodFrom: string | null;
  periodTo: string | null;
  opening: string | null;
  closing: string | null;
  continuity: Continuity;
  continuityNote: string;
  lineCount: number;
  duplicateCount: number;
  reconciledCount: number;
  currency: string;
}

export interface StatementLine {
  id: string;
  position: number;
  bookingDate: string;
  amount: string;
  currency: string;
  reference: string | null;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  remittance: string | null;
  reconciliationId: string | null;
}

export interface Reconciliation {
  id: string;
  status: 'proposed' | 'accepted' | 'rejected' | 'undone';
  origin: string;
  rule: string;
  score: number;
  reasons: { field: string; detail: string; key?: string; data?: Record<string, string | number> }[];
  currency: string;
  lines: {
    id: string;
    bookingDate: string;
    amount: string;
    counterpartyName: string | null;
    reference: string | null;
    remittance: string | null;
  }[];
  items: { kind: string; id: string; label: string; amount: string }[];
}

export interface Candidate {
  kind: string;
  id: string;
  label: string;
  date: string;
  open: string;
  currency: string;
}

export interface LedgerAccountOption {
  id: string;
  code: string;
  fullName: string;
  type: string;
}

export function useBankAccount(id: string) {
  return useQuery({
    queryKey: ['banking', 'account', id],
    queryFn: () => api.get<BankAccount>(`/banking/accounts/${id}`),
  });
}

export function useLedgerAccounts() {
  return useQuery({
    queryKey: ['banking', 'ledger-accounts'],
    queryFn: async () => (await api.get<Page<LedgerAccountOption>>('/ledger/accounts')).items,
    retry: false,
  });
}
