/**
 * The general ledger. `postEntries(tx, ctx, entries)` is the only way any module writes journal lines; other
 * code imports only from here.
 */
import './permissions.ts';
import './service/recurring-job.ts';
import { companyWide, registerAttachable } from '../../platform/files/index.ts';

// Receipts, invoices and contracts behind an entry. Once the entry is posted its attachments stay: they can
// still be added, never removed (posted facts are immutable).
registerAttachable('ledger_entry', {
  label: 'journal entry',
  permissionRead: 'ledger.read',
  canRead: companyWide,
  permissionWrite: 'ledger.entries.draft',
  exists: async (tx, companyId, id) =>
    (await tx.query('SELECT 1 FROM ledger_entries WHERE company_id = $1 AND id = $2', [companyId, id]))
      .rowCount === 1,
  canDelete: async (tx, companyId, id) =>
    (
      await tx.query(
        `SELECT 1 FROM ledger_entries WHERE company_id = $1 AND id = $2 AND status <> 'posted' FOR SHARE`,
        [companyId, id],
      )
    ).rowCount === 1,
});

export { LEDGER_PERMISSIONS } from './permissions.ts';
export { registerAccountRoutes } from './routes/accounts.ts';
export { registerEntryRoutes } from './routes/entries.ts';
export { registerLedgerExtraRoutes } from './routes/extras.ts';
export { registerRecurringRoutes } from './routes/recurring.ts';
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
export { exemptDocumentSource } from './service/approval.ts';
export { exportBeancount } from './service/beancount-export.ts';
export { type CashFlowMethod, cashFlowStatement } from './service/cashflow.ts';
export { applyTemplate, importAccounts } from './service/chart.ts';
export { CHART_EXPORT_COLUMNS, chartForExport } from './service/chart-dimensions.ts';
export { closeFiscalYear, reopenFiscalYear } from './service/close.ts';
export { type Compare, comparativeIncomeStatement } from './service/comparative.ts';
export {
  type CsvImportResult,
  importEntriesCsv,
  importOpeningBalancesCsv,
  parseCsv,
  type RowError,
} from './service/csv-import.ts';
export {
  DIMENSIONS,
  type Dimension,
  type DimensionFilter,
  resolveDimensionFilter,
  setTrackedDimensions,
  trackedDimensions,
} from './service/dimensions.ts';
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
export { entrySubjects } from './service/entry-subjects.ts';
export { exportHledger } from './service/hledger-export.ts';
export {
  type ImportSummary,
  importJournal,
  readJournalFile,
  readJournalText,
} from './service/hledger-import.ts';
export { type Journal, JournalError, parseAmount, parseJournalText } from './service/hledger-parse.ts';
export { resolveJournal } from './service/hledger-resolve.ts';
export { type AccountInCurrency, accountBalancesIn, balanceKey, draftEntryCount } from './service/home.ts';
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
  createRecurring,
  deleteRecurring,
  getRecurring,
  listRecurring,
  occurrences,
  runRecurring,
  updateRecurring,
} from './service/recurring.ts';
export {
  accountBalanceIn,
  accountRegister,
  balanceSheet,
  balancesBetween,
  incomeStatement,
  trialBalance,
} from './service/reports.ts';
export { entrySearcher } from './service/search.ts';
export { readTable } from './service/table-file.ts';
export { verifyLedger } from './service/verify.ts';
export { CHART_TEMPLATES, type ChartTemplate, TEMPLATE_KEYS } from './templates/index.ts';
