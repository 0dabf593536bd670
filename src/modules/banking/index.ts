/**
 * Banking: the company's bank and cash accounts (each linked to a ledger account), imported statements (OFX,
 * CAMT.053, CSV with saved mappings) and reconciliation of statement lines with open invoices, bills, payments
 * and ledger lines. Work that needs sales, purchasing, payments or parties lives in
 * src/flows/record-to-report/reconcile.ts; the composition root (src/compose.ts) passes it to `reconciliation`
 * as its ports. Other code imports only from here.
 */
import './permissions.ts';

export type { BankAccountInput, BankAccountPatch } from './contract.ts';
export { BANKING_PERMISSIONS } from './permissions.ts';
export { IMPORT_PATH, registerBankAccountRoutes } from './routes/accounts.ts';
export { registerReconcileRoutes } from './routes/reconcile.ts';
export {
  type BankAccount,
  createBankAccount,
  defaultBankAccount,
  getBankAccount,
  listBankAccounts,
  updateBankAccount,
} from './service/accounts.ts';
export { type CsvMappingView, listCsvMappings, previewCsv, saveCsvMapping } from './service/mappings.ts';
export {
  describeItem,
  expectedBankAmount,
  type ItemKind,
  type MatchItem,
  type MatchLine,
  type MatchReason,
  type Proposal,
  proposeMatches,
} from './service/match.ts';
export {
  type CandidateItem,
  entryFromLine,
  listReconciliations,
  type ReconciliationView,
  rejectReconciliation,
  type StoredItem,
} from './service/reconcile.ts';
export { type ReconcileHooks, type Reconciliation, reconciliation } from './service/reconcile-ports.ts';
export { type ReconciliationReport, reconciliationReport } from './service/report.ts';
export {
  getStatement,
  type ImportResult,
  importStatement,
  listStatements,
  openLines,
  type StatementLineView,
  type StatementView,
  statementLines,
} from './service/statements.ts';
