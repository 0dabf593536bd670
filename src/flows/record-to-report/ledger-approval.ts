import { entrySubjects, exemptDocumentSource, postDraft, returnToDraft } from '../../modules/ledger/index.ts';
import { registerApprovalReturn } from '../../modules/work/index.ts';
import {
  registerApprovalAction,
  registerApprovalExecutor,
  registerSubjectDescriber,
} from '../../platform/approvals/index.ts';

/**
 * Ledger ⇄ supervision: journal entries held by an approval policy (`ledger.post`) are posted by the ledger's
 * own `postDraft` when the last approval lands (same transaction, `approvalRequestId` set, so the gate lets
 * exactly this entry through), and return to draft with the reason when rejected, withdrawn or expired.
 * The composition root (src/compose.ts) calls `installLedgerApproval` once per process.
 */
export function installLedgerApproval(): void {
  registerApprovalAction('ledger.post', 'Post a journal entry');
  registerApprovalAction('ledger.period.lock', 'Lock or unlock an accounting period');

  registerApprovalExecutor('ledger.post', async (tx, ctx, subject) => {
    await postDraft(tx, ctx, subject.entityId);
  });

  registerApprovalReturn('ledger.post', async (tx, ctx, subject, outcome) => {
    await returnToDraft(tx, ctx, subject.entityId, `${outcome.status}: ${outcome.reason}`.slice(0, 1000));
  });

  // What the approver sees: the entry's lines by account name with debit/credit and the total (who may read the ledger).
  registerSubjectDescriber('ledger_entry', { permission: 'ledger.read', describe: entrySubjects });

  // The entries of documents with their own workflow (issued invoices and credit notes, bills approved under
  // `purchasing.bill.post`, payments and payment runs under `banking.payment_run.release`) are not held by a
  // `ledger.post` policy: holding them would leave an issued invoice or a paid bill with its entry waiting.
  for (const source of ['sales_invoice', 'sales_credit_note', 'purchasing_bill', 'payment']) {
    exemptDocumentSource(source);
  }
}
