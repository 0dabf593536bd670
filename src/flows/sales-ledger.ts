import { formatMoney } from '../kernel/money.ts';
import { type EntryInput, type LineInput, postEntries } from '../modules/ledger/index.ts';
import { type PostingDoc, setSalesPoster } from '../modules/sales/index.ts';

/**
 * Sales → ledger: issuing an invoice posts Dr receivable (total) / Cr revenue per account (net) / Cr output tax
 * per tax account (tax), in the document currency at the rate fixed at issue; a credit note posts the
 * opposite. Runs inside the issuing transaction, so a failed posting leaves no number taken. Importing this
 * file (server, CLI, worker, tests) installs it.
 */
export function salesEntry(doc: PostingDoc): EntryInput {
  const sign = doc.kind === 'invoice' ? 1n : -1n;
  const amount = (v: bigint) => formatMoney({ amount: v * sign, currency: doc.currency });
  const common = { currency: doc.currency, ...(doc.rate ? { rate: doc.rate } : {}) };
  const lines: LineInput[] = [
    {
      account: doc.receivableAccountId,
      amount: amount(doc.totalMinor),
      partner: doc.partyId,
      memo: doc.buyerName,
      ...common,
    },
    ...doc.revenue.map((r) => ({ account: r.accountId, amount: amount(-r.amountMinor), ...common })),
    ...doc.tax.map((t) => ({ account: t.accountId, amount: amount(-t.amountMinor), ...common })),
  ];
  return {
    date: doc.issueDate,
    description:
      `${doc.kind === 'invoice' ? 'Invoice' : 'Credit note'} ${doc.number} — ${doc.buyerName}`.slice(0, 500),
    reference: doc.number,
    lines,
    source: { type: doc.kind === 'invoice' ? 'sales_invoice' : 'sales_credit_note', id: doc.id },
  };
}

setSalesPoster(async (tx, ctx, docs) => {
  const posted = await postEntries(tx, ctx, docs.map(salesEntry), docs.length > 1 ? 'batch' : 'each');
  return posted.map((p) => p.id);
});
