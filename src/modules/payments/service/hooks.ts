import type { ApprovalContext } from '../../../platform/approvals/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import type { Tx } from '../../../platform/db/index.ts';
import type { PaymentView } from './payments.ts';
import type { OpenItem } from './plan.ts';
import type { RunView } from './runs.ts';

/**
 * What the payments routes and CLI need from the flows (src/flows/payments.ts, payment-run.ts), which span
 * sales, purchasing, banking, parties and the ledger. The flows install themselves here on import, the same
 * way sales gets its ledger poster; the module never imports a flow.
 */
export interface PaymentFlows {
  recordPayment(tx: Tx, ctx: ServiceContext, input: never): Promise<PaymentView>;
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
  proposeRun(tx: Tx, ctx: ServiceContext, input: never): Promise<RunView>;
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

let flows: PaymentFlows | null = null;

export function setPaymentFlows(f: PaymentFlows): void {
  flows = f;
}

export function paymentFlows(): PaymentFlows {
  if (!flows) throw new Error('The payment flows are not installed: import src/flows/payments-install.ts.');
  return flows;
}
