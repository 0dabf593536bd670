import type { ServiceContext } from '../../../platform/context.ts';
import type { Tx } from '../../../platform/db/index.ts';
import type { BankAccount } from './accounts.ts';
import {
  acceptReconciliations,
  autoMatch,
  type CandidateItem,
  candidatesFor,
  manualMatch,
  type StoredItem,
  undoReconciliation,
} from './reconcile.ts';
import type { StatementLineView } from './statements.ts';

/**
 * What reconciliation needs from other modules, given by the composition root (src/compose.ts)
 * from the flow src/flows/record-to-report/reconcile.ts (the module never imports a flow): the open items of sales, purchasing, payments and the ledger, the parties behind IBANs, and the
 * receipts and payments that accepting a document match records through the payments module.
 */
export interface ReconcileHooks {
  candidates(tx: Tx, companyId: string, account: BankAccount): Promise<CandidateItem[]>;
  partiesByIban(tx: Tx, companyId: string, ibans: readonly string[]): Promise<Map<string, string[]>>;
  settle(
    tx: Tx,
    ctx: ServiceContext,
    account: BankAccount,
    lines: readonly StatementLineView[],
    items: readonly StoredItem[],
  ): Promise<{ paymentIds: string[] }>;
  unsettle(
    tx: Tx,
    ctx: ServiceContext,
    paymentIds: readonly string[],
    date: string,
    reason: string,
  ): Promise<void>;
}

type Bound<F> = F extends (h: ReconcileHooks, ...rest: infer A) => infer R ? (...rest: A) => R : never;

/** Reconciliation with its ports bound: what routes, the CLI, the demo and the tests call. */
export interface Reconciliation {
  autoMatch: Bound<typeof autoMatch>;
  acceptReconciliations: Bound<typeof acceptReconciliations>;
  undoReconciliation: Bound<typeof undoReconciliation>;
  manualMatch: Bound<typeof manualMatch>;
  candidatesFor: Bound<typeof candidatesFor>;
}

export function reconciliation(h: ReconcileHooks): Reconciliation {
  return {
    autoMatch: (...a) => autoMatch(h, ...a),
    acceptReconciliations: (...a) => acceptReconciliations(h, ...a),
    undoReconciliation: (...a) => undoReconciliation(h, ...a),
    manualMatch: (...a) => manualMatch(h, ...a),
    candidatesFor: (...a) => candidatesFor(h, ...a),
  };
}
