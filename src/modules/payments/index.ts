/**
 * Payments: customer receipts, vendor payments, refunds, applications of customer credit, their allocations
 * to invoices and bills, and payment runs with their bank files. The cross-module steps (ledger posting,
 * settling documents, bank details) live in the flows (src/flows/order-to-cash/payments.ts,
 * src/flows/procure-to-pay/payment-run.ts); the composition root passes them to the routes as `PaymentFlows`.
 * Other code imports only from here.
 */
import './permissions.ts';

export { PAYMENTS_PERMISSIONS } from './permissions.ts';
export { registerPaymentRoutes } from './routes.ts';
export {
  type AllocationView,
  allocationIdsOf,
  creditBalances,
  getPayment,
  getSettings,
  insertPayment,
  listPayments,
  lockPartyCredit,
  markVoided,
  newPaymentIds,
  openPayments,
  type PaymentFilter,
  type PaymentSettings,
  type PaymentView,
  partyCredit,
  saveSettings,
} from './service/payments.ts';
export {
  type AllocationInput,
  type OpenItem,
  PAYMENT_KINDS,
  type PaymentKind,
  type PaymentPlan,
  type PlannedLine,
  planPayment,
} from './service/plan.ts';
export type { PaymentFlows, ProposeRunInput, RecordPaymentInput, SettingsText } from './service/ports.ts';
export {
  type BankFileFormat,
  backToDraft,
  cancelRun,
  documentsInOpenRuns,
  getRun,
  insertRun,
  listRuns,
  markPending,
  markReleased,
  type NewRunItem,
  type RunItemView,
  type RunStatus,
  type RunView,
  readRunFile,
  saveRunFile,
  setItemPayment,
  updateRunItem,
} from './service/runs.ts';
