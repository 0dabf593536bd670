/**
 * Receivables: aging of open receivables and payables, the cash forecast, customer statements (JSON, PDF,
 * e-mail) and dunning letters, over the open items of sales and purchasing. Reads other modules only through
 * their index.ts. Other code imports only from here.
 */
export {
  AgingQuery,
  AgingReport,
  CashForecast,
  CustomerStatement,
  DunningInput,
  DunningProposal,
  DunningSent,
} from './contract.ts';
export { RECEIVABLES_ACCESS, RECEIVABLES_PERMISSIONS } from './permissions.ts';
export { registerReceivablesRoutes } from './routes.ts';
export {
  type AgingReport as AgingReportView,
  agingCsv,
  agingReport,
  cashForecast,
  type Forecast,
  parseBoundaries,
  type Side,
} from './service/aging.ts';
export {
  customerStatement,
  type DunningLetter,
  type DunningLevel,
  dunningProposal,
  emailStatement,
  parseLevels,
  type Statement,
  sendDunning,
  statementPdf,
} from './service/statements.ts';
