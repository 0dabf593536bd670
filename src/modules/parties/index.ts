/**
 * Customers and vendors (parties): one record with role flags, contacts, addresses, payment terms, default
 * accounts, and bank accounts encrypted at rest. Other code imports only from here.
 */
import './permissions.ts';
import { companyWide, registerAttachable } from '../../platform/files/index.ts';

// Contracts, W-9 / W-8BEN forms, certificates of registration … on a customer or vendor.
registerAttachable('party', {
  label: 'customer or vendor',
  permissionRead: 'parties.read',
  canRead: companyWide,
  permissionWrite: 'parties.manage',
  exists: async (tx, companyId, id) =>
    (await tx.query('SELECT 1 FROM parties WHERE company_id = $1 AND id = $2', [companyId, id])).rowCount ===
    1,
  canDelete: async () => true,
});

export type { BankAccountInput, PartyInput, PartyPatch } from './contract.ts';
// The answer shape of a party, for modules whose answers embed one (a customer statement).
export { Party as PartyContract } from './contract.ts';
export { PARTIES_PERMISSIONS } from './permissions.ts';
export { registerPartyRoutes } from './routes.ts';
export {
  addBankAccount,
  type BankAccountView,
  type BankDetails,
  checkBankAccount,
  findPartyByAccountNumber,
  findPartyByIban,
  listBankAccounts,
  paymentDetailsOf,
  reencryptBankAccounts,
  removeBankAccount,
  revealBankAccount,
} from './service/bank-accounts.ts';
export { EXPORT_COLUMNS, IMPORT_COLUMNS, importParties, type PartyImportReport } from './service/io.ts';
export {
  type Address,
  type ContactView,
  createParty,
  findParties,
  getParty,
  listParties,
  normaliseVat,
  type PartyListFilter,
  type PartySummary,
  type PartyView,
  updateParty,
} from './service/parties.ts';
export { partySearcher } from './service/search.ts';
