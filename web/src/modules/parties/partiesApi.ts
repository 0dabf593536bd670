import type { QueryClient } from '@tanstack/react-query';
import type { Schema } from '../../api/types';

/** Shapes of /api/v1/parties (src/modules/parties/contract.ts), generated from its contract. */
export type { Address, PartySummary } from '../../lib/records';

export type Party = Schema<'Party'>;
export type BankAccount = Schema<'PartyBankAccount'>;
export type BankDetails = Schema<'PartyBankDetails'>;
export type ImportReport = Schema<'PartyImportReport'>;
export type ImportRowError = ImportReport['errors'][number];
/** A contact as the party form edits it: a new one has no id yet (client-side form state). */
export type Contact = Omit<Schema<'PartyContact'>, 'id'> & { id?: string };

export function invalidateParties(qc: QueryClient) {
  return Promise.all([
    qc.invalidateQueries({ queryKey: ['list', '/parties'] }),
    qc.invalidateQueries({ queryKey: ['parties'] }),
  ]);
}

export function roleLabel(p: { customer: boolean; vendor: boolean }): 'both' | 'customer' | 'vendor' {
  return p.customer && p.vendor ? 'both' : p.customer ? 'customer' : 'vendor';
}
