/**
 * The composition root: the one place that builds the modules whose work crosses module lines, giving each
 * its ports (typed functions from src/flows/) explicitly. The server (src/server.ts), the CLI (src/cli/main.ts),
 * `steward start` (server + worker) and the tests (test/support/compose.ts) all call `compose()`; nothing
 * installs itself by being imported. A module that needs a port declares it as a required field of its ports
 * type, so forgetting to wire it here is a type error, not a 500 at run time. A new flow is one line below.
 */

import { homeFigures } from './flows/home/figures.ts';
import type { HomeFiguresPort } from './flows/home/routes.ts';
import { seedCompany } from './flows/onboarding/seed-company.ts';
import { paymentFlows } from './flows/order-to-cash/payment-flows.ts';
import { registerDocumentSide } from './flows/order-to-cash/payments.ts';
import { receivablesSide } from './flows/order-to-cash/payments-sales.ts';
import { postSalesDocuments } from './flows/order-to-cash/sales-ledger.ts';
import { installRunApproval } from './flows/procure-to-pay/payment-run.ts';
import { payablesSide } from './flows/procure-to-pay/payments-purchasing.ts';
import { installBillApproval, postBillEntry } from './flows/procure-to-pay/purchasing-ledger.ts';
import { installLedgerApproval } from './flows/record-to-report/ledger-approval.ts';
import { reconcileHooks } from './flows/record-to-report/reconcile.ts';
import { SEARCHERS } from './flows/search/searchers.ts';
import { type Reconciliation, reconciliation } from './modules/banking/index.ts';
import { type CompanyCreation, companyCreation } from './modules/org/index.ts';
import type { PaymentFlows } from './modules/payments/index.ts';
import { type BillPosting, billPosting } from './modules/purchasing/index.ts';
import { type SalesIssuing, salesIssuing } from './modules/sales/index.ts';
import { approvalGate, policyCovers } from './modules/work/index.ts';
import { setApprovalGate } from './platform/approvals/index.ts';
import type { Searcher } from './platform/search/index.ts';

/** The composed services: what routes, CLI commands, the demo and tests call when work crosses modules. */
export interface Steward {
  /** Issuing invoices and credit notes, posting to the ledger (order to cash). */
  sales: SalesIssuing;
  /** Posting approved bills to the ledger (procure to pay). */
  purchasing: BillPosting;
  /** Bank reconciliation against open documents, payments and ledger lines (record to report). */
  banking: Reconciliation;
  /** Receipts, vendor payments, payment runs and payment settings. */
  payments: PaymentFlows;
  /** The home page's figures per role: cash, receivables, payables, the books, approvals, tasks, drafts. */
  home: HomeFiguresPort;
  /** Global search: each module's searcher, asked when the caller may read its kind. */
  search: readonly Searcher[];
  /** Company creation that leaves the company ready to invoice (chart, fiscal year, tax, settings). */
  companies: CompanyCreation;
}

/**
 * Wires the process: the approval gate and the executors of approved actions (a process-wide table in
 * src/platform/approvals, so the approval engine can run any action by name), the document sides payments
 * settle, and the module services with their ports. Safe to call more than once (each call registers the same
 * functions again).
 */
export function compose(): Steward {
  setApprovalGate(approvalGate, policyCovers);
  installLedgerApproval();
  installBillApproval();
  installRunApproval();
  registerDocumentSide('receivables', receivablesSide);
  registerDocumentSide('payables', payablesSide);
  return {
    sales: salesIssuing({ post: postSalesDocuments }),
    purchasing: billPosting({ post: postBillEntry }),
    banking: reconciliation(reconcileHooks),
    payments: paymentFlows,
    home: homeFigures,
    search: SEARCHERS,
    companies: companyCreation({ seed: seedCompany }),
  };
}
