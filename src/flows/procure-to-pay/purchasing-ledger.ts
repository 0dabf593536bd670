import { formatMoney } from '../../kernel/money.ts';
import { type EntryInput, type LineInput, postEntries } from '../../modules/ledger/index.ts';
import {
  approveBill,
  BILL_APPROVAL_ACTION,
  type BillPoster,
  type BillPostingDoc,
  getBill,
  returnBillToDraft,
} from '../../modules/purchasing/index.ts';
import { registerApprovalReturn } from '../../modules/work/index.ts';
import {
  describeEach,
  registerApprovalAction,
  registerApprovalExecutor,
  registerSubjectDescriber,
} from '../../platform/approvals/index.ts';

/**
 * Purchasing → ledger: posting an approved bill writes Dr expense/asset per account (net) + Dr input tax per
 * tax account / Cr accounts payable (total), in the bill's currency; a reverse-charge bill also self-assesses:
 * Dr input tax / Cr output tax for the same amount. Runs inside postBill's transaction. And purchasing ⇄
 * supervision: bills held by a `purchasing.bill.post` policy become approved when the last approval lands, or
 * return to draft with the reason. The composition root (src/compose.ts) gives `postBillEntry` to purchasing
 * as its `post` port and calls `installBillApproval`.
 */
export function billEntry(doc: BillPostingDoc): EntryInput {
  const amount = (v: bigint) => formatMoney({ amount: v, currency: doc.currency });
  const c = { currency: doc.currency };
  const lines: LineInput[] = [
    ...doc.expense.map((e) => ({ account: e.accountId, amount: amount(e.amountMinor), ...c })),
    ...doc.inputTax.map((t) => ({ account: t.accountId, amount: amount(t.amountMinor), ...c })),
    {
      account: doc.payableAccountId,
      amount: amount(-doc.totalMinor),
      partner: doc.vendorId,
      memo: doc.vendorName,
      ...c,
    },
  ];
  if (doc.selfAssessed) {
    lines.push(
      {
        account: doc.selfAssessed.inputAccountId,
        amount: amount(doc.selfAssessed.amountMinor),
        memo: 'reverse charge',
        ...c,
      },
      {
        account: doc.selfAssessed.outputAccountId,
        amount: amount(-doc.selfAssessed.amountMinor),
        memo: 'reverse charge',
        ...c,
      },
    );
  }
  return {
    date: doc.date,
    description: `Bill ${doc.number} — ${doc.vendorName}`.slice(0, 500),
    reference: doc.number,
    lines: lines.filter((l) => l.amount !== amount(0n)),
    source: { type: 'purchasing_bill', id: doc.id },
  };
}

/** The purchasing module's `post` port. */
export const postBillEntry: BillPoster = async (tx, ctx, doc) => {
  const [posted] = await postEntries(tx, ctx, [billEntry(doc)]);
  if (!posted) throw new Error('The ledger returned no entry for the bill.');
  return posted.id;
};

/** Bills held by a `purchasing.bill.post` policy: approved when the last approval lands, else back to draft. */
export function installBillApproval(): void {
  registerApprovalAction(BILL_APPROVAL_ACTION, 'Approve a vendor bill for posting');
  registerApprovalExecutor(BILL_APPROVAL_ACTION, async (tx, ctx, subject) => {
    await approveBill(tx, ctx, subject.entityId);
  });
  registerApprovalReturn(BILL_APPROVAL_ACTION, async (tx, ctx, subject, outcome) => {
    await returnBillToDraft(tx, ctx, subject.entityId, `${outcome.status}: ${outcome.reason}`);
  });
  // What the approver sees: vendor, their invoice number, the total and the due date.
  registerSubjectDescriber('purchasing_bill', {
    permission: 'purchasing.read',
    describe: (sql, companyId, ids) =>
      describeEach(ids, async (id) => {
        const b = await getBill(sql, companyId, id);
        return {
          kind: 'purchasing_bill',
          title: b.vendorName,
          number: b.vendorInvoiceNumber,
          party: b.vendorName,
          date: b.issueDate,
          dueDate: b.dueDate,
          total: { amount: b.total, currency: b.currency },
          lines: [],
        };
      }),
  });
}
