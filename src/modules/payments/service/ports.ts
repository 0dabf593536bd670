import type { ApprovalContext } from '../../../platform/approvals/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import type { Tx } from '../../../platform/db/index.ts';
import type { PaymentView } from './payments.ts';
import type { OpenItem, PaymentKind } from './plan.ts';
import type { RunView } from './runs.ts';

/** A payment as the routes and the CLI give it to the flow (decimal strings, not yet planned). */
export interface RecordPaymentInput {
  kind: PaymentKind;
  partyId: string;
  /** The company bank account; none for a credit application. */
  bankAccountId?: string | null | undefined;
  date: string;
  currency: string;
  /** Decimal string in the currency. */
  amount: string;
  /** Units of base currency per unit of the payment currency, when they differ. */
  rate?: string | null | undefined;
  reference?: string | undefined;
  memo?: string | undefined;
  allocations: { documentId: string; amount: string; writeOff?: string | undefined }[];
  /**
   * A receipt or vendor payment that leaves money unallocated (customer credit, vendor advance) is refused
   * unless this says so: money must never land on credit silently.
   */
  allowUnallocated?: boolean | undefined;
}

export interface ProposeRunInput {
  bankAccountId: string;
  /** Bills due on or before this day. */
  dueBy: string;
  executionDate: string;
  partyId?: string | null | undefined;
  note?: string | undefined;
}

/**
 * What the payments routes and CLI need from the flows (src/flows/order-to-cash/payments.ts,
 * src/flows/procure-to-pay/payment-run.ts), which span sales, purchasing, banking, parties and the ledger.
 * The composition root (src/compose.ts) builds it and passes it to the routes and the CLI; the module never
 * imports a flow.
 */
export interface PaymentFlows {
  recordPayment(tx: Tx, ctx: ServiceContext, input: RecordPaymentInput): Promise<PaymentView>;
  voidPayment(
    tx: Tx,
    ctx: ServiceContext,
    id: string,
    input: { date: string; reason: string },
  ): Promise<PaymentView>;
  openItems(
    tx: Tx,
    companyId: string,
    side: 'receivables' | 'payables',
    f: { partyId?: string; currency?: string },
  ): Promise<OpenItem[]>;
  proposeRun(tx: Tx, ctx: ServiceContext, input: ProposeRunInput): Promise<RunView>;
  releaseRun(tx: Tx, ctx: ApprovalContext, runId: string): Promise<RunView>;
  /** Settings with accounts by code (checked against the ledger) and the limit as a decimal. */
  settings(tx: Tx, companyId: string): Promise<SettingsText>;
  saveSettings(tx: Tx, ctx: ServiceContext, input: SettingsText): Promise<SettingsText>;
  /** Active company bank accounts, for choosing where money moves (banking.listBankAccounts). */
  bankAccounts(tx: Tx, companyId: string): Promise<{ id: string; name: string; currency: string }[]>;
}

export interface SettingsText {
  writeOffAccount: string | null;
  writeOffLimit: string;
  customerCreditAccount: string | null;
  vendorCreditAccount: string | null;
}
