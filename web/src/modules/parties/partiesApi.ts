import type { QueryClient } from '@tanstack/react-query';

/** Shapes of /api/v1/parties (src/modules/parties/service). */
export type { Address, PartySummary } from '../../lib/records';

import type { PartySummary } from '../../lib/records';

export interface Contact {
  id?: string;
  name: string;
  email: string;
  phone: string;
  role: string;
}

export interface BankAccount {
  id: string;
  partyId: string;
  kind: 'iban' | 'us';
  label: string;
  currency: string | null;
  bic: string | null;
  routingNumber: string | null;
  accountType: 'checking' | 'savings' | null;
  last4: string;
  masked: string;
  primary: boolean;
}

export interface BankDetails extends BankAccount {
  iban: string | null;
  accountNumber: string | null;
}

export interface Party extends PartySummary {
  contacts: Contact[];
  bankAccounts: BankAccount[];
}

export interface ImportRowError {
  line: number;
  column: string | null;
  message: string;
}

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  bankAccounts: number;
  errors: ImportRowError[];
}

export function invalidateParties(qc: QueryClient) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: ['list', '/parties'] }),
    qc.invalidateQueries({ queryKey: ['parties'] }),
  ]);
}

export function roleLabel(p: { customer: boolean; vendor: boolean }): 'both' | 'customer' | 'vendor' {
  return p.customer && p.vendor ? 'both' : p.customer ? 'customer' : 'vendor';
}
