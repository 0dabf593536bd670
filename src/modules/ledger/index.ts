/**
 * The general ledger. `postEntries(tx, ctx, entries)` is the only way any module writes journal lines; other
 * code imports only from here.
 */
import './permissions.ts';

export { LEDGER_PERMISSIONS } from './permissions.ts';
export { registerAccountRoutes } from './routes/accounts.ts';
export { registerEntryRoutes } from './routes/entries.ts';
export { registerReportRoutes } from './routes/reports.ts';
export {
  type AccountRow,
  type AccountType,
  createAccount,
  ensureAccountPath,
  findAccount,
  getAccount,
  listAccounts,
  updateAccount,
} from './service/accounts.ts';
export {
  deleteDraft,
  getEntry,
  listEntries,
  postDraft,
  returnToDraft,
  reverseEntry,
  saveDraft,
  submitDraft,
} from './service/entries.ts';
export { createFiscalYear, ensureFiscalYears, listFiscalYears, setPeriodLock } from './service/periods.ts';
export {
  type EntryInput,
  type LineInput,
  type PostedEntry,
  postEntries,
  prepareEntries,
  writePosted,
} from './service/posting.ts';
export { listRates, setRates } from './service/rates.ts';
export {
  accountRegister,
  balanceSheet,
  balancesBetween,
  incomeStatement,
  trialBalance,
} from './service/reports.ts';
export { verifyLedger } from './service/verify.ts';
